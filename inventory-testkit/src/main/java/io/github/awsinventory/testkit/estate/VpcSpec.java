package io.github.awsinventory.testkit.estate;

/**
 * A VPC with a CIDR block (required) and, if asked, a flow log delivered to CloudWatch Logs. The name is its {@code
 * Name} tag.
 */
public final class VpcSpec extends ResourceSpec<VpcSpec> {

  String cidr;
  boolean flowLogs;

  VpcSpec() {}

  /**
   * Sets the IPv4 CIDR block, e.g. {@code 10.1.0.0/16}.
   *
   * @param cidr the value
   * @return this spec
   */
  public VpcSpec cidrBlock(String cidr) {
    this.cidr = java.util.Objects.requireNonNull(cidr, "cidr");
    return this;
  }

  /**
   * Sets whether the VPC gets an active flow log ({@link Traits#FLOW_LOGS}).
   *
   * @param flowLogs the setting
   * @return this spec
   */
  public VpcSpec flowLogs(boolean flowLogs) {
    this.flowLogs = flowLogs;
    return this;
  }
}
