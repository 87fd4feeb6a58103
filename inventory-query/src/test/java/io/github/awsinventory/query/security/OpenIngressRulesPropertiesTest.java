package io.github.awsinventory.query.security;

import static io.github.awsinventory.query.security.Resources.AS_OF;
import static io.github.awsinventory.query.security.Resources.group;
import static io.github.awsinventory.query.security.Resources.ingress;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of SG-001 to SG-004 over ports, ranges and CIDRs. */
class OpenIngressRulesPropertiesTest {

  private static final Map<Integer, String> RULE_OF_PORT = Map.ofEntries(
      Map.entry(22, "SG-001"), Map.entry(3389, "SG-002"), Map.entry(1433, "SG-003"), Map.entry(1521, "SG-003"),
      Map.entry(3306, "SG-003"), Map.entry(5432, "SG-003"), Map.entry(5439, "SG-003"), Map.entry(6379, "SG-003"),
      Map.entry(9042, "SG-003"), Map.entry(9200, "SG-003"), Map.entry(11211, "SG-003"),
      Map.entry(27017, "SG-003"));

  private static List<Finding> findings(Resource group) {
    return SecurityRules.builtIn().stream().filter(r -> r.id().startsWith("SG-"))
        .flatMap(r -> r.evaluate(group, AS_OF).stream()).collect(Collectors.toList());
  }

  @Property
  void aPortInsideACoveringRangeFromTheInternet_isAlwaysFlaggedByItsRule(
      @ForAll("watchedPorts") int port, @ForAll @IntRange(min = 0, max = 30000) int below,
      @ForAll @IntRange(min = 0, max = 30000) int above, @ForAll("worldCidrs") String source) {
    int from = Math.max(0, port - below);
    int to = Math.min(65535, port + above);
    Assume.that(from > 0 || to < 65535);
    boolean ipv6 = source.contains(":");
    Resource group = group("sg-1", List.of(ingress("tcp", from, to, ipv6 ? List.of() : List.of(source),
        ipv6 ? List.of(source) : List.of())));

    List<Finding> findings = findings(group);

    assertThat(findings).extracting(Finding::ruleId).contains(RULE_OF_PORT.get(port)).doesNotContain("SG-004");
    assertThat(findings).allSatisfy(f -> assertThat(f.status()).isEqualTo(FindingStatus.FAIL));
  }

  @Property
  void aRuleFromANonWorldCidr_isNeverFlagged(@ForAll("nonWorldCidrs") String source,
      @ForAll @IntRange(min = 0, max = 65535) int from, @ForAll @IntRange(min = 0, max = 65535) int length,
      @ForAll("protocols") String protocol) {
    int to = Math.min(65535, from + length);
    boolean ipv6 = source.contains(":");
    Resource group = group("sg-1", List.of(ingress(protocol, protocol.equals("-1") ? null : from,
        protocol.equals("-1") ? null : to, ipv6 ? List.of() : List.of(source), ipv6 ? List.of(source) : List.of())));

    assertThat(findings(group)).isEmpty();
  }

  @Property
  void allTrafficFromTheInternet_isFlaggedAsAllPortsOnly(@ForAll("worldCidrs") String source) {
    boolean ipv6 = source.contains(":");
    Resource group = group("sg-1", List.of(ingress("-1", null, null, ipv6 ? List.of() : List.of(source),
        ipv6 ? List.of(source) : List.of())));

    assertThat(findings(group)).extracting(Finding::ruleId).containsExactly("SG-004");
  }

  @Provide
  Arbitrary<Integer> watchedPorts() {
    return Arbitraries.of(RULE_OF_PORT.keySet());
  }

  @Provide
  Arbitrary<String> worldCidrs() {
    return Arbitraries.of("0.0.0.0/0", "::/0");
  }

  @Provide
  Arbitrary<String> protocols() {
    return Arbitraries.of("tcp", "udp", "-1", "6", "17", "icmp");
  }

  @Provide
  Arbitrary<String> nonWorldCidrs() {
    Arbitrary<String> ipv4 = Combinators.combine(Arbitraries.integers().between(0, 255).list().ofSize(4),
        Arbitraries.integers().between(1, 32))
        .as((octets, prefix) -> octets.stream().map(String::valueOf).collect(Collectors.joining(".")) + "/" + prefix);
    Arbitrary<String> ipv6 = Combinators.combine(Arbitraries.integers().between(0, 0xffff).list().ofSize(8),
        Arbitraries.integers().between(1, 128))
        .as((groups, prefix) -> groups.stream().map(Integer::toHexString).collect(Collectors.joining(":")) + "/"
            + prefix);
    return Arbitraries.oneOf(ipv4, ipv6);
  }
}
