package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.model.types.SecurityGroup.DESCRIPTION;
import static io.github.awsinventory.model.types.SecurityGroup.DESCRIPTOR;
import static io.github.awsinventory.model.types.SecurityGroup.EGRESS_RULE_COUNT;
import static io.github.awsinventory.model.types.SecurityGroup.GROUP_ID;
import static io.github.awsinventory.model.types.SecurityGroup.GROUP_NAME;
import static io.github.awsinventory.model.types.SecurityGroup.INGRESS_RULES;
import static io.github.awsinventory.model.types.SecurityGroup.IngressRule;
import static io.github.awsinventory.model.types.SecurityGroup.VPC_ID;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
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
public final class SecurityGroupCollector implements ItemCollector<SecurityGroup> {

  @Override
  public TypeDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<DetailStep<SecurityGroup>> details() {
    return List.of();
  }

  private static final String ALL_TRAFFIC = "-1";

  @Override
  public void list(CollectionContext context, ListedItems<SecurityGroup> items) {
    Ec2Client ec2 = context.client(Ec2Client.class);
    for (SecurityGroup group : ec2.describeSecurityGroupsPaginator(r -> r.maxResults(1000)).securityGroups()) {
      resource(context, items, group);
    }
  }

  private static Resource.Builder resource(CollectionContext context, ListedItems<SecurityGroup> items,
      SecurityGroup group) {
    Map<String, String> tags = Attributes.tags(group.tags(), Tag::key, Tag::value);
    String arn = group.securityGroupArn() != null && !group.securityGroupArn().isEmpty() ? group.securityGroupArn()
        : context.arn("ec2", "security-group/" + group.groupId());
    Resource.Builder r = items.add(group, arn, Attributes.name(tags, group.groupName() != null
        && !group.groupName().isEmpty() ? group.groupName() : group.groupId())).tags(tags);
    GROUP_ID.put(r, group.groupId());
    GROUP_NAME.put(r, group.groupName());
    DESCRIPTION.put(r, group.description());
    VPC_ID.put(r, group.vpcId());
    INGRESS_RULES.put(r, group.ipPermissions().stream().map(SecurityGroupCollector::rule)
        .collect(Collectors.toList()));
    EGRESS_RULE_COUNT.put(r, group.ipPermissionsEgress().stream()
        .mapToInt(SecurityGroupCollector::sources).sum());
    return r;
  }

  private static Map<String, Object> rule(IpPermission permission) {
    Map<String, Object> rule = new LinkedHashMap<>();
    IngressRule.PROTOCOL.put(rule, permission.ipProtocol());
    if (!ALL_TRAFFIC.equals(permission.ipProtocol())) {
      IngressRule.FROM_PORT.put(rule, permission.fromPort());
      IngressRule.TO_PORT.put(rule, permission.toPort());
    }
    IngressRule.IPV4_RANGES.put(rule, values(permission.ipRanges(), IpRange::cidrIp));
    IngressRule.IPV6_RANGES.put(rule, values(permission.ipv6Ranges(), Ipv6Range::cidrIpv6));
    IngressRule.SOURCE_GROUPS.put(rule, values(permission.userIdGroupPairs(), UserIdGroupPair::groupId));
    IngressRule.PREFIX_LISTS.put(rule, values(permission.prefixListIds(), PrefixListId::prefixListId));
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
