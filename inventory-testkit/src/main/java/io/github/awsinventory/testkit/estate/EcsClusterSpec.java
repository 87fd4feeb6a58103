package io.github.awsinventory.testkit.estate;

/** An ECS cluster, without Container Insights unless asked. The name is the cluster name. */
public final class EcsClusterSpec extends ResourceSpec<EcsClusterSpec> {

  boolean containerInsights;

  EcsClusterSpec() {}

  /**
   * Sets whether Container Insights is on ({@link Traits#CONTAINER_INSIGHTS}).
   *
   * @param containerInsights the setting
   * @return this spec
   */
  public EcsClusterSpec containerInsights(boolean containerInsights) {
    this.containerInsights = containerInsights;
    return this;
  }
}
