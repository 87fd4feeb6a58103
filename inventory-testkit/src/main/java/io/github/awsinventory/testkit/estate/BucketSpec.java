package io.github.awsinventory.testkit.estate;

/**
 * An S3 bucket in the site's region: by default with a full public access block and default encryption
 * (SSE-S3), without versioning. The name (required) must be unique across all accounts of the emulator, as
 * in AWS: include the account id.
 */
public final class BucketSpec extends ResourceSpec<BucketSpec> {

  boolean blockPublicAccess = true;
  boolean defaultEncryption = true;
  boolean versioning;

  BucketSpec() {}

  /**
   * Whether to put a public access block with all four settings ({@link Traits#PUBLIC_ACCESS_BLOCK}, the
   * default) or none at all ({@link Traits#NO_PUBLIC_ACCESS_BLOCK}).
   *
   * @param block false for no block
   * @return this spec
   */
  public BucketSpec blockPublicAccess(boolean block) {
    this.blockPublicAccess = block;
    return this;
  }

  /**
   * Whether to configure default encryption ({@link Traits#DEFAULT_ENCRYPTION}, the default) or not
   * ({@link Traits#NO_DEFAULT_ENCRYPTION}).
   *
   * @param encryption false for none
   * @return this spec
   */
  public BucketSpec defaultEncryption(boolean encryption) {
    this.defaultEncryption = encryption;
    return this;
  }

  /**
   * Whether to enable versioning ({@link Traits#VERSIONED}).
   *
   * @param versioning true to enable it
   * @return this spec
   */
  public BucketSpec versioning(boolean versioning) {
    this.versioning = versioning;
    return this;
  }
}
