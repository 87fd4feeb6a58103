package io.github.awsinventory.query.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.query.report.CleanupCandidate;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UnusedSnsTopicRuleTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  private final UnusedSnsTopicRule rule = new UnusedSnsTopicRule();

  @Test
  void isTheSnsTopicsRule() {
    assertThat(WasteRules.of(ResourceType.SNS_TOPIC)).singleElement().isInstanceOf(UnusedSnsTopicRule.class);
    assertThat(rule.reason()).isEqualTo(CleanupCandidate.Reason.UNUSED_SNS_TOPIC);
    assertThat(rule.reason().id()).isEqualTo("unused_sns_topic");
  }

  @Test
  void evaluate_aTopicWithoutSubscriptions_isWasteOfUnknownAge() {
    Resource topic = topic().putAttributes("subscriptions_confirmed", 0).putAttributes("subscriptions_pending", 0)
        .build();

    assertThat(rule.evaluate(topic, CostThresholds.defaults(), NOW)).hasValueSatisfying(waste -> {
      assertThat(waste.detail()).isEqualTo("no subscriptions, confirmed or pending");
      assertThat(waste.ageDays()).isNull();
    });
  }

  @Test
  void evaluate_aTopicWithAConfirmedOrAPendingSubscription_isNotWaste() {
    Resource confirmed = topic().putAttributes("subscriptions_confirmed", 1).putAttributes("subscriptions_pending", 0)
        .build();
    Resource pending = topic().putAttributes("subscriptions_confirmed", 0).putAttributes("subscriptions_pending", 2)
        .build();

    assertThat(rule.evaluate(confirmed, CostThresholds.defaults(), NOW)).isEmpty();
    assertThat(rule.evaluate(pending, CostThresholds.defaults(), NOW)).isEmpty();
  }

  @Test
  void evaluate_whenTheCountsAreUnknown_doesNotJudge() {
    Resource unknown = topic().addUnknownAttributes("subscriptions_confirmed", "subscriptions_pending").build();

    assertThat(rule.evaluate(unknown, CostThresholds.defaults(), NOW)).isEmpty();
  }

  private static Resource.Builder topic() {
    return Resource.builder().resourceId("arn:aws:sns:us-east-1:111111111111:alerts")
        .resourceType(ResourceType.SNS_TOPIC).accountId("111111111111").accountName("engineering")
        .region("us-east-1").name("alerts").firstSeen(NOW).lastSeen(NOW);
  }
}
