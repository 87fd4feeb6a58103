package io.github.awsinventory.testkit.estate;

/**
 * An EKS cluster in the site's default subnets, its endpoint private unless open to the internet. The name is the
 * cluster name.
 */
public final class EksClusterSpec extends ResourceSpec<EksClusterSpec> {

  boolean publicEndpoint;

  EksClusterSpec() {}

  /**
   * Sets whether its endpoint is public to {@code 0.0.0.0/0} ({@link Traits#PUBLIC_ENDPOINT}).
   *
   * @param publicEndpoint the setting
   * @return this spec
   */
  public EksClusterSpec publicEndpoint(boolean publicEndpoint) {
    this.publicEndpoint = publicEndpoint;
    return this;
  }
}
