package io.github.awsinventory.query.internal.report;

import static io.github.awsinventory.query.internal.report.EcsWasteRulesTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.query.report.CleanupCandidate;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The disabled CloudFront distribution cleanup rule. */
class DisabledDistributionRuleTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private final WasteRule rule = new DisabledDistributionRule();

  private static Resource distribution(boolean enabled) {
    return resource(ResourceType.CLOUDFRONT_DISTRIBUTION, "E2ABC").putAttributes("enabled", enabled)
        .putAttributes("last_modified_time", "2026-10-26T12:00:00Z").build();
  }

  @Test
  void disabledDistribution_isTheDistributionsRule() {
    assertThat(WasteRules.of(ResourceType.CLOUDFRONT_DISTRIBUTION)).singleElement()
        .isInstanceOf(DisabledDistributionRule.class);
    assertThat(rule.reason()).isEqualTo(CleanupCandidate.Reason.DISABLED_DISTRIBUTION);
    assertThat(rule.reason().id()).isEqualTo("disabled_distribution");
  }

  @Test
  void evaluate_whenDisabled_isWasteSinceItWasLastChanged() {
    assertThat(rule.evaluate(distribution(false), CostThresholds.defaults(), NOW)).hasValueSatisfying(w -> {
      assertThat(w.detail()).isEqualTo("disabled");
      assertThat(w.ageDays()).isEqualTo(30L);
    });
  }

  @Test
  void evaluate_whenEnabledOrUnknown_isNotWaste() {
    Resource unknown = resource(ResourceType.CLOUDFRONT_DISTRIBUTION, "E3DEF").addUnknownAttributes("enabled").build();

    assertThat(rule.evaluate(distribution(true), CostThresholds.defaults(), NOW)).isEmpty();
    assertThat(rule.evaluate(unknown, CostThresholds.defaults(), NOW)).isEmpty();
  }
}
