package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;

/**
 * {@code vpc}: A VPC. Its attribute keys, through which collectors write and rules read, and its
 * {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class Vpc {

  /** {@code vpc_id} (string): VPC id. */
  public static final AttributeKey<String> VPC_ID = AttributeKey.string("vpc_id", "VPC id");

  /** {@code cidr_block} (string): the VPC's primary IPv4 CIDR block. */
  public static final AttributeKey<String> CIDR_BLOCK = AttributeKey.string("cidr_block",
      "the primary IPv4 CIDR block, such as `10.0.0.0/16`");

  /** {@code is_default} (boolean): whether this is the region's default VPC. */
  public static final AttributeKey<Boolean> IS_DEFAULT = AttributeKey.bool("is_default",
      "whether this is the region's default VPC");

  /** {@code instance_tenancy} (string): {@code default}, {@code dedicated} or {@code host}. */
  public static final AttributeKey<String> INSTANCE_TENANCY = AttributeKey.string("instance_tenancy",
      "`default`, `dedicated` or `host`");

  /** {@code flow_logs_enabled} (boolean): whether at least one flow log of the VPC is active. */
  public static final AttributeKey<Boolean> FLOW_LOGS_ENABLED = AttributeKey.bool("flow_logs_enabled",
      "whether at least one flow log of the VPC itself (not of one of its subnets or network interfaces) is "
      + "`ACTIVE`");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.VPC)
      .description("A VPC")
      .service("ec2")
      .arnFormat("arn:<partition>:ec2:<region>:<account>:vpc/<vpc id>")
      .attributes(VPC_ID, CIDR_BLOCK, IS_DEFAULT, INSTANCE_TENANCY, FLOW_LOGS_ENABLED)
      .iamActions("ec2:DescribeVpcs", "ec2:DescribeFlowLogs")
      .costModel("free: no charge for a VPC itself (what runs in it is priced on its own)")
      .build();

  private Vpc() {}
}
