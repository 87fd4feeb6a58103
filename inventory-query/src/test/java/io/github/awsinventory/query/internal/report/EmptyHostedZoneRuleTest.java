package io.github.awsinventory.query.internal.report;

import static io.github.awsinventory.query.internal.report.EcsWasteRulesTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.query.report.CleanupCandidate;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The empty hosted zone cleanup rule. */
class EmptyHostedZoneRuleTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private final WasteRule rule = new EmptyHostedZoneRule();

  private static Resource zone(Object records) {
    return resource(ResourceType.ROUTE53_HOSTED_ZONE, "Z0123").putAttributes("record_count", records).build();
  }

  @Test
  void emptyHostedZone_isTheHostedZonesRule() {
    assertThat(WasteRules.of(ResourceType.ROUTE53_HOSTED_ZONE)).singleElement()
        .isInstanceOf(EmptyHostedZoneRule.class);
    assertThat(rule.reason()).isEqualTo(CleanupCandidate.Reason.EMPTY_HOSTED_ZONE);
    assertThat(rule.reason().id()).isEqualTo("empty_hosted_zone");
  }

  @Test
  void evaluate_withOnlyTheSoaAndNsRecords_isWasteWithoutAnAge() {
    assertThat(rule.evaluate(zone(2), CostThresholds.defaults(), NOW)).hasValueSatisfying(w -> {
      assertThat(w.detail()).isEqualTo("only the SOA and NS records (record_count 2)");
      assertThat(w.ageDays()).isNull();
    });
  }

  @Test
  void evaluate_withARecordOfItsOwnOrAnUnknownCount_isNotWaste() {
    Resource unknown = resource(ResourceType.ROUTE53_HOSTED_ZONE, "Z0456").addUnknownAttributes("record_count")
        .build();

    assertThat(rule.evaluate(zone(3), CostThresholds.defaults(), NOW)).isEmpty();
    assertThat(rule.evaluate(unknown, CostThresholds.defaults(), NOW)).isEmpty();
  }
}
