package io.github.awsinventory.testkit.estate;

import java.util.Objects;

/**
 * An EC2 instance: by default a running {@code t3.micro} from {@code ami-12345678} that requires IMDSv2,
 * with an encrypted 8 GiB gp3 root volume. The root volume is recorded as an {@code ebs_volume} of its own
 * (traits {@link Traits#ROOT} and {@link Traits#ATTACHED}).
 */
public final class InstanceSpec extends ResourceSpec<InstanceSpec> {

  String instanceType = "t3.micro";
  String imageId = "ami-12345678";
  boolean allowImdsV1;
  boolean stopped;
  String rootVolumeType = "gp3";
  int rootVolumeSizeGib = 8;
  boolean rootVolumeEncrypted = true;

  InstanceSpec() {}

  /**
   * The instance type; a made-up one is accepted by moto (add {@link Traits#UNKNOWN_PRICE}).
   *
   * @param instanceType e.g. {@code m5.large}
   * @return this spec
   */
  public InstanceSpec instanceType(String instanceType) {
    this.instanceType = Objects.requireNonNull(instanceType, "instanceType");
    return this;
  }

  /**
   * The image; the emulator accepts any id.
   *
   * @param imageId e.g. {@code ami-12345678}
   * @return this spec
   */
  public InstanceSpec imageId(String imageId) {
    this.imageId = Objects.requireNonNull(imageId, "imageId");
    return this;
  }

  /**
   * Whether the metadata service also accepts IMDSv1 ({@code HttpTokens=optional}, trait
   * {@link Traits#IMDSV1}) instead of requiring IMDSv2 ({@link Traits#IMDSV2}, the default).
   *
   * @param allow true to allow IMDSv1
   * @return this spec
   */
  public InstanceSpec allowImdsV1(boolean allow) {
    this.allowImdsV1 = allow;
    return this;
  }

  /**
   * Whether to stop the instance after launching it ({@link Traits#STOPPED}).
   *
   * @param stopped true to stop it
   * @return this spec
   */
  public InstanceSpec stopped(boolean stopped) {
    this.stopped = stopped;
    return this;
  }

  /**
   * The root volume.
   *
   * @param volumeType e.g. {@code gp3} (the default) or {@code gp2}
   * @param sizeGib its size, at least 1
   * @param encrypted whether it is encrypted (the default)
   * @return this spec
   */
  public InstanceSpec rootVolume(String volumeType, int sizeGib, boolean encrypted) {
    if (sizeGib < 1) {
      throw new IllegalArgumentException("rootVolume sizeGib must be >= 1 (was " + sizeGib + ")");
    }
    this.rootVolumeType = Objects.requireNonNull(volumeType, "volumeType");
    this.rootVolumeSizeGib = sizeGib;
    this.rootVolumeEncrypted = encrypted;
    return this;
  }
}
