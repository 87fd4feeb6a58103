package io.github.awsinventory.testkit.estate;

/**
 * A classic load balancer with one HTTP listener and no instances ({@link Traits#EMPTY}), internet-facing unless
 * internal. The name is its name.
 */
public final class ClassicLoadBalancerSpec extends ResourceSpec<ClassicLoadBalancerSpec> {

  boolean internal;

  ClassicLoadBalancerSpec() {}

  /**
   * Sets whether the load balancer is internal ({@link Traits#INTERNAL}).
   *
   * @param internal the setting
   * @return this spec
   */
  public ClassicLoadBalancerSpec internal(boolean internal) {
    this.internal = internal;
    return this;
  }
}
