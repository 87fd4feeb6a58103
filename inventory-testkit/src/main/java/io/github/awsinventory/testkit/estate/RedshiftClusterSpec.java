package io.github.awsinventory.testkit.estate;

/**
 * A single-node {@code dc2.large} Redshift cluster, private and encrypted unless asked otherwise. The name is the
 * cluster identifier.
 */
public final class RedshiftClusterSpec extends ResourceSpec<RedshiftClusterSpec> {

  boolean isPublic;
  boolean encrypted = true;

  RedshiftClusterSpec() {}

  /**
   * Sets whether it is publicly accessible ({@link Traits#PUBLIC}).
   *
   * @param isPublic the setting
   * @return this spec
   */
  public RedshiftClusterSpec publiclyAccessible(boolean isPublic) {
    this.isPublic = isPublic;
    return this;
  }

  /**
   * Sets whether it is encrypted.
   *
   * @param encrypted the setting
   * @return this spec
   */
  public RedshiftClusterSpec encrypted(boolean encrypted) {
    this.encrypted = encrypted;
    return this;
  }
}
