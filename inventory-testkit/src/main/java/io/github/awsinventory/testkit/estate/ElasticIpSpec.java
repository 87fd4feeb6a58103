package io.github.awsinventory.testkit.estate;

import java.util.Objects;

/** An Elastic IP address (VPC domain), {@link Traits#UNASSOCIATED} unless associated with an instance. */
public final class ElasticIpSpec extends ResourceSpec<ElasticIpSpec> {

  String instanceId;

  ElasticIpSpec() {}

  /**
   * Associates the address with an instance of the same account and region ({@link Traits#ASSOCIATED}).
   *
   * @param instanceId the instance
   * @return this spec
   */
  public ElasticIpSpec associateWith(String instanceId) {
    this.instanceId = Objects.requireNonNull(instanceId, "instanceId");
    return this;
  }
}
