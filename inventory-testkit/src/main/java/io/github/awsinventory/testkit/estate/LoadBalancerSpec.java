package io.github.awsinventory.testkit.estate;

/**
 * An application load balancer in two subnets of the default VPC; internet-facing unless made internal.
 * The name (required) is at most 32 letters, digits and hyphens.
 */
public final class LoadBalancerSpec extends ResourceSpec<LoadBalancerSpec> {

  boolean internal;

  LoadBalancerSpec() {}

  /**
   * Whether the load balancer is internal ({@link Traits#INTERNAL}) rather than internet-facing
   * ({@link Traits#INTERNET_FACING}, the default).
   *
   * @param internal true for internal
   * @return this spec
   */
  public LoadBalancerSpec internal(boolean internal) {
    this.internal = internal;
    return this;
  }
}
