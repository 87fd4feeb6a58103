package io.github.awsinventory.query.security;

import static io.github.awsinventory.query.security.Resources.AS_OF;
import static io.github.awsinventory.query.security.Resources.evaluate;
import static io.github.awsinventory.query.security.Resources.group;
import static io.github.awsinventory.query.security.Resources.ingress;
import static io.github.awsinventory.query.security.Resources.tcp;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SG-001 to SG-004: security groups open to the internet. */
class OpenIngressRulesTest {

  private static final List<String> SG_RULES = List.of("SG-001", "SG-002", "SG-003", "SG-004");

  /** The ids of the SG rules that fail the group. */
  private static List<String> failedRules(Resource group) {
    return SG_RULES.stream().flatMap(id -> Resources.rule(id).evaluate(group, AS_OF).stream())
        .filter(f -> f.status() == FindingStatus.FAIL).map(Finding::ruleId).collect(Collectors.toList());
  }

  @Test
  void sshFromAnywhere_failsSg001_withTheRuleAsEvidence() {
    Resource group = group("sg-1", List.of(tcp(22, 22, "0.0.0.0/0"), tcp(443, 443, "10.0.0.0/8")));

    List<Finding> findings = evaluate("SG-001", group);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
      assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
      assertThat(f.message()).isEqualTo("security group web (sg-1) allows 0.0.0.0/0 on port 22 (tcp 22-22)");
      assertThat(f.evidence()).containsOnlyKeys("ingress_rules", "ports");
      assertThat(f.evidence().get("ports")).isEqualTo(List.of(BigDecimal.valueOf(22)));
      Object ssh = ((List<?>) group.attributes().get("ingress_rules")).get(0);
      assertThat(f.evidence().get("ingress_rules")).isEqualTo(List.of(ssh));
    });
    assertThat(failedRules(group)).containsExactly("SG-001");
  }

  @Test
  void sshFromAnyIpv6Address_failsSg001() {
    Resource group = group("sg-1", List.of(ingress("tcp", 22, 22, List.of(), List.of("::/0"))));

    assertThat(evaluate("SG-001", group)).singleElement().extracting(Finding::message)
        .isEqualTo("security group web (sg-1) allows ::/0 on port 22 (tcp 22-22)");
  }

  @Test
  void rdpFromAnywhere_failsSg002Only() {
    Resource group = group("sg-1", List.of(tcp(3389, 3389, "0.0.0.0/0")));

    assertThat(failedRules(group)).containsExactly("SG-002");
    assertThat(evaluate("SG-002", group)).singleElement().extracting(Finding::message)
        .isEqualTo("security group web (sg-1) allows 0.0.0.0/0 on port 3389 (tcp 3389-3389)");
  }

  @Test
  void aRangeOverSeveralDatabasePorts_failsSg003_listingEveryPortItOpens() {
    Resource group = group("sg-1", List.of(tcp(5400, 6400, "0.0.0.0/0")));

    List<Finding> findings = evaluate("SG-003", group);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.HIGH);
      assertThat(f.message()).isEqualTo(
          "security group web (sg-1) allows 0.0.0.0/0 on database ports 5432, 5439, 6379 (tcp 5400-6400)");
      assertThat(f.evidence().get("ports")).isEqualTo(Stream.of(5432, 5439, 6379).map(BigDecimal::valueOf)
          .collect(Collectors.toList()));
    });
    assertThat(failedRules(group)).containsExactly("SG-003");
  }

  @Test
  void aWideRangeThatIsNotAllPorts_failsEachSpecificRule_andNotSg004() {
    Resource group = group("sg-1", List.of(tcp(1, 65535, "0.0.0.0/0")));

    assertThat(failedRules(group)).containsExactly("SG-001", "SG-002", "SG-003");
  }

  @ParameterizedTest(name = "{0} {1}-{2}")
  @CsvSource({"-1,,", "tcp,0,65535", "udp,0,65535", "6,0,65535"})
  void allPortsFromAnywhere_failsSg004Alone(String protocol, Integer from, Integer to) {
    Resource group = group("sg-1", List.of(ingress(protocol, from, to, List.of("0.0.0.0/0"), List.of("::/0"))));

    assertThat(failedRules(group)).containsExactly("SG-004");
    String range = protocol.equals("-1") ? "all traffic" : (protocol.equals("udp") ? "udp" : "tcp") + " 0-65535";
    assertThat(evaluate("SG-004", group)).singleElement().extracting(Finding::message)
        .isEqualTo("security group web (sg-1) allows 0.0.0.0/0, ::/0 on all ports (" + range + ")");
  }

  @Test
  void twoOffendingRules_giveOneFindingListingBoth() {
    Resource group = group("sg-1", List.of(tcp(22, 22, "0.0.0.0/0"),
        ingress("tcp", 20, 30, List.of(), List.of("::/0"))));

    List<Finding> findings = evaluate("SG-001", group);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.message()).isEqualTo("security group web (sg-1) allows 0.0.0.0/0, ::/0 on port 22 "
          + "(tcp 22-22, tcp 20-30)");
      assertThat((List<?>) f.evidence().get("ingress_rules")).hasSize(2);
    });
  }

  @ParameterizedTest(name = "tcp {0}-{1}")
  @CsvSource({"22,22,true", "21,22,true", "22,23,true", "0,22,true", "21,21,false", "23,23,false",
      "23,3000,false", "0,21,false"})
  void sg001_flagsARangeExactlyWhenItCoversPort22(int from, int to, boolean flagged) {
    Resource group = group("sg-1", List.of(tcp(from, to, "0.0.0.0/0")));

    assertThat(evaluate("SG-001", group)).hasSize(flagged ? 1 : 0);
  }

  @Test
  void rulesFromPrivateRangesOrOtherGroups_pass() {
    Map<String, Object> fromGroup = ingress("tcp", 22, 22, List.of(), List.of());
    fromGroup.put("source_groups", List.of("sg-2"));
    Resource group = group("sg-1", List.of(tcp(22, 22, "10.0.0.0/8"),
        ingress("-1", null, null, List.of("192.168.0.0/16"), List.of("2001:db8::/32")), fromGroup));

    assertThat(failedRules(group)).isEmpty();
    assertThat(SG_RULES.stream().flatMap(id -> evaluate(id, group).stream())).isEmpty();
  }

  @Test
  void udpOnPort22AndIcmpFromAnywhere_openNoSpecificPort() {
    Resource group = group("sg-1", List.of(ingress("udp", 22, 22, List.of("0.0.0.0/0"), List.of()),
        ingress("icmp", 8, -1, List.of("0.0.0.0/0"), List.of())));

    assertThat(SG_RULES.stream().flatMap(id -> evaluate(id, group).stream())).isEmpty();
  }

  @Test
  void aGroupWithoutIngressRules_passes() {
    assertThat(SG_RULES.stream().flatMap(id -> evaluate(id, group("sg-1", List.of())).stream())).isEmpty();
  }

  @Test
  void ingressRulesUnknownAtCollection_areUnknownForEveryRule() {
    Resource group = Resources.resource(ResourceType.SECURITY_GROUP, "sg-1").putAttributes("group_id", "sg-1")
        .addUnknownAttributes("ingress_rules").build();

    List<Finding> findings = SG_RULES.stream().flatMap(id -> evaluate(id, group).stream())
        .collect(Collectors.toList());

    assertThat(findings).extracting(Finding::ruleId).containsExactlyElementsOf(SG_RULES);
    assertThat(findings).allSatisfy(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.UNKNOWN);
      assertThat(f.message()).isEqualTo("security group sg-1: could not be determined: ingress_rules");
    });
  }

  @Test
  void anOpenTcpRuleWithoutPorts_isUnknown_unlessAnotherRuleFails() {
    Map<String, Object> noPorts = ingress("tcp", null, null, List.of("0.0.0.0/0"), List.of());

    List<Finding> alone = evaluate("SG-001", group("sg-1", List.of(noPorts)));
    List<Finding> withSsh = evaluate("SG-001", group("sg-1", List.of(noPorts, tcp(22, 22, "0.0.0.0/0"))));

    assertThat(alone).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.UNKNOWN);
      assertThat(f.evidence()).containsExactly(Map.entry(Finding.UNKNOWN_ATTRIBUTES, List.of("ingress_rules[0]")));
    });
    assertThat(withSsh).singleElement().extracting(Finding::status).isEqualTo(FindingStatus.FAIL);
  }
}
