package io.github.awsinventory.testkit.estate;

/**
 * An ECR repository without images ({@link Traits#EMPTY}), not scanning on push unless asked. The name is the
 * repository name.
 */
public final class EcrRepositorySpec extends ResourceSpec<EcrRepositorySpec> {

  boolean scanOnPush;

  EcrRepositorySpec() {}

  /**
   * Sets whether images are scanned on push ({@link Traits#SCAN_ON_PUSH}).
   *
   * @param scanOnPush the setting
   * @return this spec
   */
  public EcrRepositorySpec scanOnPush(boolean scanOnPush) {
    this.scanOnPush = scanOnPush;
    return this;
  }
}
