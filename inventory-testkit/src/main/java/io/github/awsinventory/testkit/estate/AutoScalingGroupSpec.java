package io.github.awsinventory.testkit.estate;

/**
 * An Auto Scaling group of zero instances ({@link Traits#ZERO_CAPACITY}), from a launch template made for it with an
 * AMI of the site (required). The name is the group name.
 */
public final class AutoScalingGroupSpec extends ResourceSpec<AutoScalingGroupSpec> {

  String imageId;

  AutoScalingGroupSpec() {}

  /**
   * Sets the AMI id, {@code ami-...}.
   *
   * @param imageId the value
   * @return this spec
   */
  public AutoScalingGroupSpec image(String imageId) {
    this.imageId = java.util.Objects.requireNonNull(imageId, "imageId");
    return this;
  }
}
