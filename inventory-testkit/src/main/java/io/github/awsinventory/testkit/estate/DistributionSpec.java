package io.github.awsinventory.testkit.estate;

/**
 * A CloudFront distribution of one custom origin, {@code <name>.origin.example.com}. By default it lets viewers use
 * HTTP, reaches its origin over HTTP, uses the default certificate and has neither a web ACL nor logging ({@link
 * Traits#ALLOWS_HTTP}); a secure one forces HTTPS to viewers and origin, requires TLS 1.2 (2021), is behind a web
 * ACL and logs ({@link Traits#HTTPS_ONLY}). The name is its comment.
 */
public final class DistributionSpec extends ResourceSpec<DistributionSpec> {

  boolean secure;
  boolean disabled;

  DistributionSpec() {}

  /**
   * Sets whether the distribution is secure as described above.
   *
   * @param secure the setting
   * @return this spec
   */
  public DistributionSpec secure(boolean secure) {
    this.secure = secure;
    return this;
  }

  /**
   * Sets whether the distribution is disabled ({@link Traits#DISABLED}).
   *
   * @param disabled the setting
   * @return this spec
   */
  public DistributionSpec disabled(boolean disabled) {
    this.disabled = disabled;
    return this;
  }
}
