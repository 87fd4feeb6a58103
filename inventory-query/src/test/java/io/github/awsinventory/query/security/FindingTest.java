package io.github.awsinventory.query.security;

import static io.github.awsinventory.query.security.Resources.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.query.QueryException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingTest {

  private final SecurityRule rule = Resources.rule("EBS-001");
  private final Resource volume = resource(ResourceType.EBS_VOLUME, "vol-1").name("data").build();

  @Test
  void fail_fillsInTheRuleAndTheResource() {
    Finding finding = Finding.fail(rule, volume).message("EBS volume data (vol-1) is not encrypted").build();

    assertThat(finding.ruleId()).isEqualTo("EBS-001");
    assertThat(finding.title()).isEqualTo(rule.title());
    assertThat(finding.severity()).isEqualTo(Severity.HIGH);
    assertThat(finding.remediation()).isEqualTo(rule.remediation());
    assertThat(finding.status()).isEqualTo(FindingStatus.FAIL);
    assertThat(finding.resourceId()).isEqualTo(volume.resourceId());
    assertThat(finding.resourceType()).isEqualTo(ResourceType.EBS_VOLUME);
    assertThat(finding.accountId()).isEqualTo(volume.accountId());
    assertThat(finding.accountName()).isEqualTo("engineering");
    assertThat(finding.region()).isEqualTo("us-east-1");
    assertThat(finding.name()).isEqualTo("data");
    assertThat(finding.department()).isEqualTo("platform");
    assertThat(finding.evidence()).isEmpty();
  }

  @Test
  void evidence_isNormalizedToJsonLikeValues_inTheOrderGiven() {
    List<Object> ports = new ArrayList<>(List.of(22, 3389L));
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("z", Severity.LOW);
    nested.put("a", 1.5);

    Finding finding = Finding.fail(rule, volume).message("m")
        .putEvidence("ports", ports)
        .putEvidence("seen", Instant.parse("2026-11-25T00:00:00Z"))
        .putEvidence("since", LocalDate.of(2024, 10, 14))
        .putEvidence("nested", nested)
        .putEvidence("flag", true)
        .build();
    ports.add(80);

    assertThat(finding.evidence()).containsExactly(
        Map.entry("ports", List.of(BigDecimal.valueOf(22), BigDecimal.valueOf(3389))),
        Map.entry("seen", "2026-11-25T00:00:00Z"),
        Map.entry("since", "2024-10-14"),
        Map.entry("nested", Map.of("z", "LOW", "a", new BigDecimal("1.5"))),
        Map.entry("flag", true));
    assertThat(List.copyOf(((Map<?, ?>) finding.evidence().get("nested")).keySet())).isEqualTo(List.of("z", "a"));
    assertThatThrownBy(() -> ((List<?>) finding.evidence().get("ports")).remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void evidence_withoutAJsonForm_isRejectedNamingThePath() {
    assertThatThrownBy(() -> Finding.fail(rule, volume).message("m").putEvidence("x", List.of(new Object())).build())
        .isInstanceOf(QueryException.class)
        .hasMessageContaining("EBS-001 finding for " + volume.resourceId())
        .hasMessageContaining("evidence.x[0] has type java.lang.Object; use a string, boolean, number, list or map");
  }

  @Test
  void aBlankMessage_isRejectedNamingTheRuleAndResource() {
    assertThatThrownBy(() -> Finding.fail(rule, volume).message(" ").build())
        .isInstanceOf(QueryException.class)
        .hasMessage("message of a EBS-001 finding must not be blank for " + volume.resourceId()
            + "; name the problem and its values");
  }

  @Test
  void unknown_namesTheAttributesInEvidenceAndMessage() {
    Finding finding = Finding.unknown(rule, volume, "encrypted", "kms_key_id");

    assertThat(finding.status()).isEqualTo(FindingStatus.UNKNOWN);
    assertThat(finding.evidence()).containsExactly(Map.entry("unknown_attributes", List.of("encrypted", "kms_key_id")));
    assertThat(finding.message()).isEqualTo("EBS volume data (vol-1): could not be determined: encrypted, kms_key_id");
  }

  @Test
  void unknown_withoutAttributes_isRejected() {
    assertThatThrownBy(() -> Finding.unknown(rule, volume))
        .isInstanceOf(QueryException.class)
        .hasMessageContaining("must name at least one attribute");
  }

  @Test
  void aCustomTypeIsNamedByItsTypeName() {
    Resource widget = resource(ResourceType.of("acme_widget"), "orders").build();

    assertThat(Finding.unknown(rule, widget, "policy").message()).isEqualTo("acme widget orders: could not be "
        + "determined: policy");
  }
}
