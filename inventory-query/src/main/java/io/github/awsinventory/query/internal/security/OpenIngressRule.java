package io.github.awsinventory.query.internal.security;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.NumberKey;
import io.github.awsinventory.model.types.SecurityGroup;
import io.github.awsinventory.model.types.SecurityGroup.IngressRule;
import io.github.awsinventory.query.security.Finding;
import io.github.awsinventory.query.security.Severity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * SG-001 to SG-004: a security group with an inbound rule from the whole internet ({@code 0.0.0.0/0},
 * {@code ::/0}, or any CIDR with prefix length 0).
 *
 * <p>A rule of protocol {@code -1}, or TCP or UDP over 0–65535, opens all ports and is reported by the
 * all-ports rule (SG-004) only, not also as SSH, RDP and every database port. A TCP rule over a range
 * opens a port when {@code from_port <= port <= to_port}; SG-001 to SG-003 report those. Other protocols
 * (UDP ranges, ICMP) open none of the specific ports. A group gets at most one finding per rule, listing
 * every offending inbound rule in its evidence.
 */
final class OpenIngressRule extends BuiltInRule {

  private static final int MAX_PORT = 65535;

  /** The ports this rule reports; empty for the all-ports rule. */
  private final Set<Integer> ports;
  private final String portNoun;

  private OpenIngressRule(String id, Severity severity, String title, String remediation, Set<Integer> ports,
      String portNoun) {
    super(id, severity, title, remediation, ResourceType.SECURITY_GROUP);
    this.ports = ports;
    this.portNoun = portNoun;
  }

  /** A rule reporting groups open to the internet on any of some TCP ports. */
  static OpenIngressRule onPorts(String id, Severity severity, String title, String remediation,
      String portNoun, Integer... ports) {
    return new OpenIngressRule(id, severity, title, remediation, new TreeSet<>(List.of(ports)), portNoun);
  }

  /** The rule reporting groups open to the internet on all ports. */
  static OpenIngressRule onAllPorts(String id, Severity severity, String title, String remediation) {
    return new OpenIngressRule(id, severity, title, remediation, Set.of(), "");
  }

  @Override
  public List<Finding> evaluate(Resource group, Instant asOf) {
    Reading read = new Reading(group);
    Optional<List<?>> ingress = read.entries(SecurityGroup.INGRESS_RULES);
    if (ingress.isEmpty()) {
      return unknown(group, read.undetermined());
    }
    List<Object> offending = new ArrayList<>();
    Set<String> sources = new LinkedHashSet<>();
    Set<Integer> exposed = new TreeSet<>();
    List<String> ranges = new ArrayList<>();
    for (int i = 0; i < ingress.get().size(); i++) {
      Object entry = ingress.get().get(i);
      if (!(entry instanceof Map<?, ?>)) {
        read.undetermined(SecurityGroup.INGRESS_RULES.name() + "[" + i + "]");
        continue;
      }
      Map<String, ?> rule = Reading.entry((Map<?, ?>) entry);
      List<String> world = worldSources(rule);
      if (world.isEmpty()) {
        continue;
      }
      Optional<Range> range = Range.of(rule);
      if (range.isEmpty()) {
        read.undetermined(SecurityGroup.INGRESS_RULES.name() + "[" + i + "]");
        continue;
      }
      boolean opens;
      Set<Integer> opened = Set.of();
      if (ports.isEmpty()) {
        opens = range.get().allPorts();
      } else {
        opened = range.get().allPorts() ? Set.of() : range.get().tcpPortsAmong(ports);
        opens = !opened.isEmpty();
      }
      if (opens) {
        offending.add(rule);
        sources.addAll(world);
        exposed.addAll(opened);
        ranges.add(range.get().toString());
      }
    }
    if (!offending.isEmpty()) {
      Finding.Builder finding = fail(group).putEvidence(SecurityGroup.INGRESS_RULES.name(), offending);
      String where;
      if (ports.isEmpty()) {
        where = "all ports";
      } else {
        finding.putEvidence("ports", exposed);
        where = portNoun + (exposed.size() == 1 ? " " : "s ")
            + exposed.stream().map(String::valueOf).collect(Collectors.joining(", "));
      }
      return List.of(finding.message(Labels.describe(group) + " allows " + String.join(", ", sources) + " on "
          + where + " (" + String.join(", ", ranges) + ")").build());
    }
    return read.complete() ? List.of() : unknown(group, read.undetermined());
  }

  /** The rule's sources that are the whole internet. */
  private static List<String> worldSources(Map<String, ?> rule) {
    List<String> world = new ArrayList<>();
    for (AttributeKey<List<String>> key : List.of(IngressRule.IPV4_RANGES, IngressRule.IPV6_RANGES)) {
      // Each CIDR on its own, so that one that cannot be read does not hide the others.
      Object cidrs = rule.get(key.name());
      if (cidrs instanceof List<?>) {
        for (Object cidr : (List<?>) cidrs) {
          if (cidr instanceof String && isWorld((String) cidr)) {
            world.add((String) cidr);
          }
        }
      }
    }
    return world;
  }

  /**
   * Whether a CIDR covers every address: its prefix length is 0 ({@code 0.0.0.0/0}, {@code ::/0}).
   *
   * @param cidr an IPv4 or IPv6 CIDR
   * @return true for the whole internet
   */
  static boolean isWorld(String cidr) {
    int slash = cidr.indexOf('/');
    return slash > 0 && cidr.substring(slash + 1).trim().equals("0");
  }

  /** An inbound rule's protocol and ports. */
  private static final class Range {
    private final String protocol;
    private final int from;
    private final int to;

    private Range(String protocol, int from, int to) {
      this.protocol = protocol;
      this.from = from;
      this.to = to;
    }

    /** The rule's range; empty when its protocol or ports cannot be read. */
    static Optional<Range> of(Map<String, ?> rule) {
      Optional<String> protocol = IngressRule.PROTOCOL.read(rule);
      if (protocol.isEmpty()) {
        return Optional.empty();
      }
      String name = normalize(protocol.get());
      if (name.equals("-1")) {
        return Optional.of(new Range(name, 0, MAX_PORT));
      }
      if (!name.equals("tcp") && !name.equals("udp")) {
        return Optional.of(new Range(name, -1, -1));
      }
      Optional<Integer> from = port(rule, IngressRule.FROM_PORT);
      Optional<Integer> to = port(rule, IngressRule.TO_PORT);
      if (from.isEmpty() || to.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Range(name, from.get(), to.get()));
    }

    private static String normalize(String protocol) {
      String name = protocol.trim().toLowerCase(Locale.ROOT);
      switch (name) {
        case "6":
          return "tcp";
        case "17":
          return "udp";
        default:
          return name;
      }
    }

    private static Optional<Integer> port(Map<String, ?> rule, NumberKey key) {
      Optional<BigDecimal> value = key.read(rule);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(value.get().intValueExact());
      } catch (ArithmeticException e) {
        return Optional.empty();
      }
    }

    boolean allPorts() {
      return protocol.equals("-1") || (protocol.equals("tcp") || protocol.equals("udp")) && from <= 0
          && to >= MAX_PORT;
    }

    Set<Integer> tcpPortsAmong(Set<Integer> candidates) {
      if (!protocol.equals("tcp")) {
        return Set.of();
      }
      return candidates.stream().filter(p -> from <= p && p <= to).collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public String toString() {
      return protocol.equals("-1") ? "all traffic" : protocol + " " + from + "-" + to;
    }
  }
}
