package io.github.awsinventory.testkit.estate;

/**
 * A NAT gateway in the default VPC's subnet of the region's first availability zone. The estate allocates
 * an Elastic IP for it, recorded as an {@code elastic_ip} of its own ({@link Traits#ASSOCIATED}, attribute
 * {@code nat_gateway_id}) and named after the gateway with {@code -eip} appended.
 */
public final class NatGatewaySpec extends ResourceSpec<NatGatewaySpec> {

  NatGatewaySpec() {}
}
