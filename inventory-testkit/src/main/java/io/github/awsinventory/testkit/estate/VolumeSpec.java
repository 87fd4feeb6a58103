package io.github.awsinventory.testkit.estate;

import java.util.Objects;

/**
 * An EBS volume in the region's first availability zone: by default an unattached, encrypted 10 GiB gp3
 * volume. A gp3 volume is created with its baseline 3000 IOPS (unless {@link #iops(int)} says otherwise) and
 * 125 MiB/s stated, because AWS reports them for every gp3 volume.
 */
public final class VolumeSpec extends ResourceSpec<VolumeSpec> {

  int sizeGib = 10;
  String volumeType = "gp3";
  Integer iops;
  boolean encrypted = true;
  String attachTo;

  VolumeSpec() {}

  /**
   * The size.
   *
   * @param sizeGib at least 1
   * @return this spec
   */
  public VolumeSpec sizeGib(int sizeGib) {
    if (sizeGib < 1) {
      throw new IllegalArgumentException("sizeGib must be >= 1 (was " + sizeGib + ")");
    }
    this.sizeGib = sizeGib;
    return this;
  }

  /**
   * The volume type; {@code gp2} adds {@link Traits#GP2}.
   *
   * @param volumeType e.g. {@code gp3} (the default), {@code gp2}, {@code io1}
   * @return this spec
   */
  public VolumeSpec volumeType(String volumeType) {
    this.volumeType = Objects.requireNonNull(volumeType, "volumeType");
    return this;
  }

  /**
   * Provisioned IOPS (for {@code io1}, {@code io2} and {@code gp3}).
   *
   * @param iops the IOPS
   * @return this spec
   */
  public VolumeSpec iops(int iops) {
    this.iops = iops;
    return this;
  }

  /**
   * Whether the volume is encrypted (the default).
   *
   * @param encrypted false for an {@link Traits#UNENCRYPTED} volume
   * @return this spec
   */
  public VolumeSpec encrypted(boolean encrypted) {
    this.encrypted = encrypted;
    return this;
  }

  /**
   * Attaches the volume to an instance of the same account and region ({@link Traits#ATTACHED});
   * otherwise it stays {@link Traits#UNATTACHED}.
   *
   * @param instanceId the instance
   * @return this spec
   */
  public VolumeSpec attachTo(String instanceId) {
    this.attachTo = Objects.requireNonNull(instanceId, "instanceId");
    return this;
  }
}
