package io.github.awsinventory.query.internal.report;

import static io.github.awsinventory.query.internal.report.WasteRuleResources.NOW;
import static io.github.awsinventory.query.internal.report.WasteRuleResources.THRESHOLDS;
import static io.github.awsinventory.query.internal.report.WasteRuleResources.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.query.report.CleanupCandidate;
import org.junit.jupiter.api.Test;

class IdleClassicLoadBalancerRuleTest {

  private final IdleClassicLoadBalancerRule rule = new IdleClassicLoadBalancerRule();

  @Test
  void evaluate_loadBalancerWithoutInstances_isWasteOfUnknownAge() {
    Resource balancer = resource(ResourceType.ELB_CLASSIC_LOAD_BALANCER, "old-web")
        .putAttributes("registered_instance_count", 0).putAttributes("scheme", "internet-facing").build();

    assertThat(rule.evaluate(balancer, THRESHOLDS, NOW)).hasValueSatisfying(waste -> {
      assertThat(waste.detail()).isEqualTo("no registered instances (internet-facing)");
      assertThat(waste.ageDays()).isNull();
    });
    assertThat(rule.reason()).isEqualTo(CleanupCandidate.Reason.IDLE_CLASSIC_LOAD_BALANCER);
    assertThat(WasteRules.of(ResourceType.ELB_CLASSIC_LOAD_BALANCER)).hasAtLeastOneElementOfType(rule.getClass());
  }

  @Test
  void evaluate_loadBalancerWithInstances_isNotWaste() {
    Resource balancer = resource(ResourceType.ELB_CLASSIC_LOAD_BALANCER, "web")
        .putAttributes("registered_instance_count", 3).build();

    assertThat(rule.evaluate(balancer, THRESHOLDS, NOW)).isEmpty();
  }

  @Test
  void evaluate_loadBalancerWithUnknownInstances_isNotJudged() {
    Resource balancer = resource(ResourceType.ELB_CLASSIC_LOAD_BALANCER, "web").build();

    assertThat(rule.evaluate(balancer, THRESHOLDS, NOW)).isEmpty();
  }
}
