package io.github.awsinventory.query.security;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Resources and rules for the security tests. */
final class Resources {

  /** The report time of every test. */
  static final Instant AS_OF = Instant.parse("2026-11-25T12:00:00Z");

  static final String ACCOUNT = "111111111111";

  private Resources() {}

  /** A resource with the required fields, named after its short id, in {@link #ACCOUNT} and us-east-1. */
  static Resource.Builder resource(ResourceType type, String shortId) {
    return Resource.builder()
        .resourceId("arn:aws:test:us-east-1:" + ACCOUNT + ":" + type.name() + "/" + shortId)
        .resourceType(type)
        .accountId(ACCOUNT)
        .accountName("engineering")
        .region("us-east-1")
        .name(shortId)
        .department("platform")
        .firstSeen(AS_OF.minusSeconds(86_400))
        .lastSeen(AS_OF);
  }

  /** The built-in rule with an id. */
  static SecurityRule rule(String id) {
    return SecurityRules.builtIn().stream().filter(r -> r.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no built-in rule " + id));
  }

  /** Evaluates a built-in rule as of {@link #AS_OF}. */
  static List<Finding> evaluate(String ruleId, Resource resource) {
    return rule(ruleId).evaluate(resource, AS_OF);
  }

  /** An ingress rule as the security group collector writes it. */
  static Map<String, Object> ingress(String protocol, Integer from, Integer to, List<String> ipv4, List<String> ipv6) {
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("protocol", protocol);
    if (from != null) {
      rule.put("from_port", from);
    }
    if (to != null) {
      rule.put("to_port", to);
    }
    rule.put("ipv4_ranges", ipv4);
    rule.put("ipv6_ranges", ipv6);
    rule.put("source_groups", List.of());
    rule.put("prefix_lists", List.of());
    return rule;
  }

  /** A TCP ingress rule from IPv4 CIDRs. */
  static Map<String, Object> tcp(int from, int to, String... ipv4) {
    return ingress("tcp", from, to, List.of(ipv4), List.of());
  }

  /** A security group with ingress rules. */
  static Resource group(String groupId, List<Map<String, Object>> ingress) {
    return resource(ResourceType.SECURITY_GROUP, groupId).name("web").putAttributes("group_id", groupId)
        .putAttributes("ingress_rules", ingress).build();
  }
}
