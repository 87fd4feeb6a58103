package io.github.awsinventory.testkit.estate;

import java.util.Objects;

/**
 * An EBS snapshot of a volume; it is encrypted when the volume is. Every snapshot carries
 * {@link Traits#SNAPSHOT}.
 */
public final class SnapshotSpec extends ResourceSpec<SnapshotSpec> {

  String volumeId;

  SnapshotSpec() {}

  /**
   * The volume to snapshot (required).
   *
   * @param volumeId a volume of the same account and region
   * @return this spec
   */
  public SnapshotSpec volume(String volumeId) {
    this.volumeId = Objects.requireNonNull(volumeId, "volumeId");
    return this;
  }
}
