package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.time.Instant;
import java.util.List;

/**
 * {@code nat_gateway}: A NAT gateway. Its attribute keys, through which collectors write and rules read, and its
 * {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class NatGateway {

  /** {@code vpc_id} (string): VPC id. */
  public static final AttributeKey<String> VPC_ID = AttributeKey.string("vpc_id", "VPC id");

  /** {@code subnet_id} (string): subnet id. */
  public static final AttributeKey<String> SUBNET_ID = AttributeKey.string("subnet_id", "subnet id");

  /** {@code connectivity_type} (string): {@code public} or {@code private}. */
  public static final AttributeKey<String> CONNECTIVITY_TYPE = AttributeKey.string("connectivity_type",
      "`public` or `private`");

  /** {@code public_ips} (list of strings): Elastic IP addresses of the gateway. */
  public static final AttributeKey<List<String>> PUBLIC_IPS = AttributeKey.stringList("public_ips",
      "Elastic IP addresses of the gateway");

  /** {@code private_ips} (list of strings): private addresses of the gateway. */
  public static final AttributeKey<List<String>> PRIVATE_IPS = AttributeKey.stringList("private_ips",
      "private addresses of the gateway");

  /** {@code create_time} (time): when the gateway was created. */
  public static final AttributeKey<Instant> CREATE_TIME = AttributeKey.time("create_time",
      "when the gateway was created");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.NAT_GATEWAY)
      .description("A NAT gateway")
      .service("ec2")
      .arnFormat("arn:<partition>:ec2:<region>:<account>:natgateway/<gateway id>")
      .attributes(VPC_ID, SUBNET_ID, CONNECTIVITY_TYPE, PUBLIC_IPS, PRIVATE_IPS, CREATE_TIME)
      .iamActions("ec2:DescribeNatGateways")
      .costModel("NAT gateway hours while pending or available (data processed is not priced)")
      .build();

  private NatGateway() {}
}
