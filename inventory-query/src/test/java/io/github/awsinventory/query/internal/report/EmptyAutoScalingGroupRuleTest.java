package io.github.awsinventory.query.internal.report;

import static io.github.awsinventory.query.internal.report.WasteRuleResources.NOW;
import static io.github.awsinventory.query.internal.report.WasteRuleResources.THRESHOLDS;
import static io.github.awsinventory.query.internal.report.WasteRuleResources.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.query.report.CleanupCandidate;
import org.junit.jupiter.api.Test;

class EmptyAutoScalingGroupRuleTest {

  private final EmptyAutoScalingGroupRule rule = new EmptyAutoScalingGroupRule();

  @Test
  void evaluate_groupAtZeroDesiredCapacity_isWasteOfUnknownAge() {
    Resource group = resource(ResourceType.AUTOSCALING_GROUP, "batch").putAttributes("desired_capacity", 0)
        .putAttributes("min_size", 0).putAttributes("max_size", 4).putAttributes("instance_count", 0)
        .createdAt(NOW.minusSeconds(400 * 86_400L)).build();

    assertThat(rule.evaluate(group, THRESHOLDS, NOW)).hasValueSatisfying(waste -> {
      assertThat(waste.detail()).isEqualTo("desired capacity 0 (min 0, max 4), 0 instances");
      assertThat(waste.ageDays()).as("the group's age is not how long it has been empty").isNull();
    });
    assertThat(rule.reason()).isEqualTo(CleanupCandidate.Reason.EMPTY_AUTOSCALING_GROUP);
    assertThat(WasteRules.of(ResourceType.AUTOSCALING_GROUP)).hasAtLeastOneElementOfType(rule.getClass());
  }

  @Test
  void evaluate_groupWithDesiredCapacity_isNotWaste() {
    Resource group = resource(ResourceType.AUTOSCALING_GROUP, "web").putAttributes("desired_capacity", 2)
        .putAttributes("instance_count", 2).build();

    assertThat(rule.evaluate(group, THRESHOLDS, NOW)).isEmpty();
  }

  @Test
  void evaluate_groupWithUnknownDesiredCapacity_isNotJudged() {
    Resource group = resource(ResourceType.AUTOSCALING_GROUP, "web").addUnknownAttributes("desired_capacity").build();

    assertThat(rule.evaluate(group, THRESHOLDS, NOW)).isEmpty();
  }
}
