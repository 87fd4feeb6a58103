package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.NumberKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;

/**
 * {@code subnet}: A VPC subnet. Its attribute keys, through which collectors write and rules read, and its
 * {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class Subnet {

  /** {@code subnet_id} (string): subnet id. */
  public static final AttributeKey<String> SUBNET_ID = AttributeKey.string("subnet_id", "subnet id");

  /** {@code vpc_id} (string): the VPC the subnet belongs to. */
  public static final AttributeKey<String> VPC_ID = AttributeKey.string("vpc_id", "the VPC the subnet belongs to");

  /** {@code availability_zone} (string): the subnet's Availability Zone, such as {@code us-east-1a}. */
  public static final AttributeKey<String> AVAILABILITY_ZONE = AttributeKey.string("availability_zone",
      "the subnet's Availability Zone, such as `us-east-1a`");

  /** {@code cidr_block} (string): the subnet's IPv4 CIDR block. */
  public static final AttributeKey<String> CIDR_BLOCK = AttributeKey.string("cidr_block",
      "the subnet's IPv4 CIDR block, such as `10.0.1.0/24`");

  /**
   * {@code map_public_ip_on_launch} (boolean): whether instances launched in the subnet get a public IPv4 address
   * by default.
   */
  public static final AttributeKey<Boolean> MAP_PUBLIC_IP_ON_LAUNCH = AttributeKey.bool("map_public_ip_on_launch",
      "whether network interfaces created in the subnet get a public IPv4 address by default (`MapPublicIpOnLaunch`)");

  /** {@code available_ip_address_count} (number): the unused private IPv4 addresses of the subnet. */
  public static final NumberKey AVAILABLE_IP_ADDRESS_COUNT = AttributeKey.number("available_ip_address_count",
      "the subnet's unused private IPv4 addresses");

  /** {@code default_for_az} (boolean): whether this is the default subnet of its Availability Zone. */
  public static final AttributeKey<Boolean> DEFAULT_FOR_AZ = AttributeKey.bool("default_for_az",
      "whether this is the default subnet of its Availability Zone (a subnet of the default VPC)");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.SUBNET)
      .description("A VPC subnet")
      .service("ec2")
      .arnFormat("arn:<partition>:ec2:<region>:<account>:subnet/<subnet id>")
      .attributes(SUBNET_ID, VPC_ID, AVAILABILITY_ZONE, CIDR_BLOCK, MAP_PUBLIC_IP_ON_LAUNCH, AVAILABLE_IP_ADDRESS_COUNT,
          DEFAULT_FOR_AZ)
      .iamActions("ec2:DescribeSubnets")
      .costModel("free: no charge for a subnet itself")
      .build();

  private Subnet() {}
}
