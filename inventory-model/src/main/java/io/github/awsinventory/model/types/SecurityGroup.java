package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.NumberKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.util.List;
import java.util.Map;

/**
 * {@code security_group}: A VPC security group. Its attribute keys, through which collectors write and rules read,
 * and its {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class SecurityGroup {

  /** {@code group_id} (string): security group id, e.g. sg-0abc. */
  public static final AttributeKey<String> GROUP_ID = AttributeKey.string("group_id",
      "security group id, e.g. sg-0abc");

  /** {@code group_name} (string): security group name. */
  public static final AttributeKey<String> GROUP_NAME = AttributeKey.string("group_name", "security group name");

  /** {@code description} (string): the description given at creation. */
  public static final AttributeKey<String> DESCRIPTION = AttributeKey.string("description",
      "the description given at creation");

  /** {@code vpc_id} (string): VPC id. */
  public static final AttributeKey<String> VPC_ID = AttributeKey.string("vpc_id", "VPC id");

  /** {@code ingress_rules} (list of maps): one per inbound permission, see below. */
  public static final AttributeKey<List<Map<String, Object>>> INGRESS_RULES = AttributeKey.mapList("ingress_rules",
      "one per inbound permission, see below",
      IngressRule.PROTOCOL,
      IngressRule.FROM_PORT,
      IngressRule.TO_PORT,
      IngressRule.IPV4_RANGES,
      IngressRule.IPV6_RANGES,
      IngressRule.SOURCE_GROUPS,
      IngressRule.PREFIX_LISTS);

  /**
   * {@code egress_rule_count} (number): outbound rules as AWS counts them: one per IPv4 CIDR, IPv6 CIDR, source group
   * or prefix list.
   */
  public static final NumberKey EGRESS_RULE_COUNT = AttributeKey.number("egress_rule_count",
      "outbound rules as AWS counts them: one per IPv4 CIDR, IPv6 CIDR, source group or prefix list");

  /** The entries of each {@link #INGRESS_RULES} item. */
  public static final class IngressRule {
    /**
     * {@code protocol} (string): {@code tcp}, {@code udp}, {@code icmp}, {@code icmpv6}, a protocol number, or {@code
     * -1} for all traffic.
     */
    public static final AttributeKey<String> PROTOCOL = AttributeKey.string("protocol",
        "`tcp`, `udp`, `icmp`, `icmpv6`, a protocol number, or `-1` for all traffic");

    /** {@code from_port} (number): first port (ICMP type for ICMP); absent for all traffic. */
    public static final NumberKey FROM_PORT = AttributeKey.number("from_port",
        "first port (ICMP type for ICMP); absent for all traffic");

    /** {@code to_port} (number): last port (ICMP code for ICMP); absent for all traffic. */
    public static final NumberKey TO_PORT = AttributeKey.number("to_port",
        "last port (ICMP code for ICMP); absent for all traffic");

    /** {@code ipv4_ranges} (list of strings): source CIDRs, e.g. {@code 0.0.0.0/0}. */
    public static final AttributeKey<List<String>> IPV4_RANGES = AttributeKey.stringList("ipv4_ranges",
        "source CIDRs, e.g. `0.0.0.0/0`");

    /** {@code ipv6_ranges} (list of strings): source IPv6 CIDRs, e.g. {@code ::/0}. */
    public static final AttributeKey<List<String>> IPV6_RANGES = AttributeKey.stringList("ipv6_ranges",
        "source IPv6 CIDRs, e.g. `::/0`");

    /** {@code source_groups} (list of strings): source security group ids. */
    public static final AttributeKey<List<String>> SOURCE_GROUPS = AttributeKey.stringList("source_groups",
        "source security group ids");

    /** {@code prefix_lists} (list of strings): source prefix list ids. */
    public static final AttributeKey<List<String>> PREFIX_LISTS = AttributeKey.stringList("prefix_lists",
        "source prefix list ids");

    private IngressRule() {}
  }

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.SECURITY_GROUP)
      .description("A VPC security group")
      .service("ec2")
      .arnFormat("arn:<partition>:ec2:<region>:<account>:security-group/<group id>")
      .attributes(GROUP_ID, GROUP_NAME, DESCRIPTION, VPC_ID, INGRESS_RULES, EGRESS_RULE_COUNT)
      .iamActions("ec2:DescribeSecurityGroups")
      .costModel("free: no charge for security groups")
      .build();

  private SecurityGroup() {}
}
