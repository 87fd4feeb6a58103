package io.github.awsinventory.testkit.estate;

/** A subnet of a VPC of the site (required), with a CIDR block (required). The name is its {@code Name} tag. */
public final class SubnetSpec extends ResourceSpec<SubnetSpec> {

  String vpcId;
  String cidr;
  boolean mapPublicIp;

  SubnetSpec() {}

  /**
   * Sets the VPC id, {@code vpc-...}.
   *
   * @param vpcId the value
   * @return this spec
   */
  public SubnetSpec vpc(String vpcId) {
    this.vpcId = java.util.Objects.requireNonNull(vpcId, "vpcId");
    return this;
  }

  /**
   * Sets the IPv4 CIDR block, within the VPC's.
   *
   * @param cidr the value
   * @return this spec
   */
  public SubnetSpec cidrBlock(String cidr) {
    this.cidr = java.util.Objects.requireNonNull(cidr, "cidr");
    return this;
  }

  /**
   * Sets whether instances launched in it get a public IP ({@link Traits#AUTO_PUBLIC_IP}).
   *
   * @param mapPublicIp the setting
   * @return this spec
   */
  public SubnetSpec mapPublicIpOnLaunch(boolean mapPublicIp) {
    this.mapPublicIp = mapPublicIp;
    return this;
  }
}
