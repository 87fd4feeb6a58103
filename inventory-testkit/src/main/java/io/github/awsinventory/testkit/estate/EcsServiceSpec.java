package io.github.awsinventory.testkit.estate;

/**
 * A Fargate ECS service of one task in the site's first default subnet, in a cluster of the site (required), with a
 * task definition made for it. The name is the service name.
 */
public final class EcsServiceSpec extends ResourceSpec<EcsServiceSpec> {

  String cluster;
  boolean publicIp;

  EcsServiceSpec() {}

  /**
   * Sets the cluster name.
   *
   * @param cluster the value
   * @return this spec
   */
  public EcsServiceSpec cluster(String cluster) {
    this.cluster = java.util.Objects.requireNonNull(cluster, "cluster");
    return this;
  }

  /**
   * Sets whether its tasks get public IPs ({@link Traits#PUBLIC_ENDPOINT}).
   *
   * @param publicIp the setting
   * @return this spec
   */
  public EcsServiceSpec assignPublicIp(boolean publicIp) {
    this.publicIp = publicIp;
    return this;
  }
}
