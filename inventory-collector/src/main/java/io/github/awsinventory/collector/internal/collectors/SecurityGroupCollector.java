package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.ResourceCollector;
import io.github.awsinventory.collector.spi.ResourceSink;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.Ipv6Range;
import software.amazon.awssdk.services.ec2.model.PrefixListId;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.UserIdGroupPair;

/** {@code security_group}: DescribeSecurityGroups, 1000 per page. */
public final class SecurityGroupCollector implements ResourceCollector {

  private static final String ALL_TRAFFIC = "-1";

  @Override
  public ResourceType type() {
    return ResourceType.SECURITY_GROUP;
  }

  @Override
  public String service() {
    return "ec2";
  }

  @Override
  public List<String> iamActions() {
    return List.of("ec2:DescribeSecurityGroups");
  }

  @Override
  public void collect(CollectionContext context, ResourceSink sink) {
    Ec2Client ec2 = context.client(Ec2Client.class);
    for (SecurityGroup group : ec2.describeSecurityGroupsPaginator(r -> r.maxResults(1000)).securityGroups()) {
      sink.accept(resource(context, group));
    }
  }

  private static Resource.Builder resource(CollectionContext context, SecurityGroup group) {
    Map<String, String> tags = Attributes.tags(group.tags(), Tag::key, Tag::value);
    String arn = group.securityGroupArn() != null && !group.securityGroupArn().isEmpty() ? group.securityGroupArn()
        : context.arn("ec2", "security-group/" + group.groupId());
    Resource.Builder r = context.newResource(arn, Attributes.name(tags, group.groupName() != null
        && !group.groupName().isEmpty() ? group.groupName() : group.groupId())).tags(tags);
    Attributes.put(r, "group_id", group.groupId());
    Attributes.put(r, "group_name", group.groupName());
    Attributes.put(r, "description", group.description());
    Attributes.put(r, "vpc_id", group.vpcId());
    Attributes.put(r, "ingress_rules", group.ipPermissions().stream().map(SecurityGroupCollector::rule)
        .collect(Collectors.toList()));
    Attributes.put(r, "egress_rule_count", group.ipPermissionsEgress().stream()
        .mapToInt(SecurityGroupCollector::sources).sum());
    return r;
  }

  private static Map<String, Object> rule(IpPermission permission) {
    Map<String, Object> rule = new LinkedHashMap<>();
    Attributes.put(rule, "protocol", permission.ipProtocol());
    if (!ALL_TRAFFIC.equals(permission.ipProtocol())) {
      Attributes.put(rule, "from_port", permission.fromPort());
      Attributes.put(rule, "to_port", permission.toPort());
    }
    rule.put("ipv4_ranges", values(permission.ipRanges(), IpRange::cidrIp));
    rule.put("ipv6_ranges", values(permission.ipv6Ranges(), Ipv6Range::cidrIpv6));
    rule.put("source_groups", values(permission.userIdGroupPairs(), UserIdGroupPair::groupId));
    rule.put("prefix_lists", values(permission.prefixListIds(), PrefixListId::prefixListId));
    return rule;
  }

  private static <T> List<String> values(List<T> items, Function<T, String> value) {
    return items.stream().map(value).filter(Objects::nonNull).collect(Collectors.toList());
  }

  /** How many rules a permission stands for, as AWS counts them: one per CIDR, source group or prefix list. */
  private static int sources(IpPermission permission) {
    return permission.ipRanges().size() + permission.ipv6Ranges().size() + permission.userIdGroupPairs().size()
        + permission.prefixListIds().size();
  }
}
