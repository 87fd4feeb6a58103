package io.github.awsinventory.testkit.estate;

/** An AMI the account registers (without snapshots), private unless made public. The name is the AMI name. */
public final class ImageSpec extends ResourceSpec<ImageSpec> {

  boolean isPublic;

  ImageSpec() {}

  /**
   * Sets whether every account may launch it ({@link Traits#PUBLIC}).
   *
   * @param isPublic the setting
   * @return this spec
   */
  public ImageSpec launchableByEveryone(boolean isPublic) {
    this.isPublic = isPublic;
    return this;
  }
}
