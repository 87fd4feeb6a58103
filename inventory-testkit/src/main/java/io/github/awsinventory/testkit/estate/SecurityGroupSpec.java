package io.github.awsinventory.testkit.estate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A security group in the default VPC, with TCP (or all-traffic) ingress rules from IPv4 or IPv6 CIDRs.
 * The {@code open_*} and {@link Traits#RESTRICTED} traits are derived from the rules the emulator reports:
 *
 * <pre>{@code
 * site.securityGroup(g -> g.name("bastion").ingress(22, "0.0.0.0/0").ingress(22, "::/0"));
 * // traits: open_ssh, open_ssh_ipv6
 * }</pre>
 */
public final class SecurityGroupSpec extends ResourceSpec<SecurityGroupSpec> {

  /** An ingress rule: protocol {@code tcp} or {@code -1}, a port range and one CIDR. */
  static final class Rule {
    final String protocol;
    final int fromPort;
    final int toPort;
    final String cidr;

    Rule(String protocol, int fromPort, int toPort, String cidr) {
      this.protocol = protocol;
      this.fromPort = fromPort;
      this.toPort = toPort;
      this.cidr = cidr;
    }

    boolean ipv6() {
      return cidr.contains(":");
    }
  }

  String description;
  final List<Rule> rules = new ArrayList<>();

  SecurityGroupSpec() {}

  /**
   * The group's description.
   *
   * @param description the description; defaults to one naming the group
   * @return this spec
   */
  public SecurityGroupSpec description(String description) {
    this.description = Objects.requireNonNull(description, "description");
    return this;
  }

  /**
   * Allows TCP on one port.
   *
   * @param port the port
   * @param cidr an IPv4 ({@code 0.0.0.0/0}) or IPv6 ({@code ::/0}) CIDR
   * @return this spec
   */
  public SecurityGroupSpec ingress(int port, String cidr) {
    return ingress(port, port, cidr);
  }

  /**
   * Allows TCP on a port range.
   *
   * @param fromPort the first port, 0–65535
   * @param toPort the last port, {@code fromPort}–65535
   * @param cidr an IPv4 or IPv6 CIDR
   * @return this spec
   */
  public SecurityGroupSpec ingress(int fromPort, int toPort, String cidr) {
    if (fromPort < 0 || toPort > 65535 || fromPort > toPort) {
      throw new IllegalArgumentException("ports must satisfy 0 <= fromPort <= toPort <= 65535 (was " + fromPort
          + "-" + toPort + ")");
    }
    rules.add(new Rule("tcp", fromPort, toPort, Objects.requireNonNull(cidr, "cidr")));
    return this;
  }

  /**
   * Allows all traffic (protocol {@code -1}).
   *
   * @param cidr an IPv4 or IPv6 CIDR
   * @return this spec
   */
  public SecurityGroupSpec ingressAllTraffic(String cidr) {
    rules.add(new Rule("-1", -1, -1, Objects.requireNonNull(cidr, "cidr")));
    return this;
  }
}
