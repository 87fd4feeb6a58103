package io.github.awsinventory.testkit.internal;

import io.github.awsinventory.testkit.estate.Traits;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.Ipv6Range;

/**
 * Derives the {@code open_*} and {@code restricted} traits of a security group from its ingress rules;
 * see {@link Traits} for what each means.
 */
public final class SecurityGroupRules {

  private static final String ANY_IPV4 = "0.0.0.0/0";
  private static final String ANY_IPV6 = "::/0";

  private SecurityGroupRules() {}

  /**
   * The traits of a group's ingress rules.
   *
   * @param ingress the rules, as DescribeSecurityGroups reports them
   * @return open traits, or {@link Traits#RESTRICTED} when there are rules and none is open to the world;
   *     empty without rules
   */
  public static Set<String> traits(List<IpPermission> ingress) {
    Set<String> traits = new TreeSet<>();
    boolean open = false;
    for (IpPermission rule : ingress) {
      boolean fromAnyIpv4 = rule.ipRanges().stream().map(IpRange::cidrIp).anyMatch(ANY_IPV4::equals);
      boolean fromAnyIpv6 = rule.ipv6Ranges().stream().map(Ipv6Range::cidrIpv6).anyMatch(ANY_IPV6::equals);
      if (!fromAnyIpv4 && !fromAnyIpv6) {
        continue;
      }
      open = true;
      if (allPorts(rule)) {
        traits.add(Traits.OPEN_ALL);
        continue;
      }
      if (covers(rule, 22)) {
        if (fromAnyIpv4) {
          traits.add(Traits.OPEN_SSH);
        }
        if (fromAnyIpv6) {
          traits.add(Traits.OPEN_SSH_IPV6);
        }
      }
      if (covers(rule, 3389)) {
        traits.add(Traits.OPEN_RDP);
      }
      if (covers(rule, 3306) || covers(rule, 5432)) {
        traits.add(Traits.OPEN_DB);
      }
    }
    if (!open && !ingress.isEmpty()) {
      traits.add(Traits.RESTRICTED);
    }
    return traits;
  }

  private static boolean allPorts(IpPermission rule) {
    return "-1".equals(rule.ipProtocol())
        || (tcp(rule) && rule.fromPort() != null && rule.fromPort() <= 0 && rule.toPort() != null
            && rule.toPort() >= 65535);
  }

  private static boolean covers(IpPermission rule, int port) {
    return tcp(rule) && rule.fromPort() != null && rule.toPort() != null
        && rule.fromPort() <= port && port <= rule.toPort();
  }

  private static boolean tcp(IpPermission rule) {
    return "tcp".equals(rule.ipProtocol()) || "6".equals(rule.ipProtocol());
  }
}
