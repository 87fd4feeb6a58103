package io.github.awsinventory.query.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.query.report.CleanupCandidate;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IamWasteRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private static final CostThresholds THRESHOLDS = CostThresholds.builder().idleResourceDays(30).build();

  private static Resource.Builder role(boolean serviceLinked) {
    return Resource.builder().resourceId("arn:aws:iam::111111111111:role/deployer").resourceType(ResourceType.IAM_ROLE)
        .accountId("111111111111").accountName("engineering").region("global").name("deployer")
        .firstSeen(NOW.minus(Duration.ofDays(400))).lastSeen(NOW)
        .putAttributes("service_linked", serviceLinked)
        .putAttributes("creation_date", NOW.minus(Duration.ofDays(200)).toString());
  }

  private static WasteRule unused() {
    return WasteRules.of(ResourceType.IAM_ROLE).stream()
        .filter(r -> r.reason() == CleanupCandidate.Reason.UNUSED_IAM_ROLE).findFirst().orElseThrow();
  }

  @Test
  void unusedRole_lastUsedBeforeTheIdleDays_isWasteAgedFromItsLastUse() {
    Resource role = role(false).putAttributes("role_last_used", NOW.minus(Duration.ofDays(45)).toString())
        .putAttributes("role_last_used_region", "eu-west-1").build();

    assertThat(unused().evaluate(role, THRESHOLDS, NOW)).hasValueSatisfying(w -> {
      assertThat(w.detail()).isEqualTo("last used 2026-10-11 in eu-west-1");
      assertThat(w.ageDays()).isEqualTo(45L);
    });
  }

  @Test
  void unusedRole_neverUsedAndOld_isWasteAgedFromItsCreation() {
    assertThat(unused().evaluate(role(false).build(), THRESHOLDS, NOW)).hasValueSatisfying(w -> {
      assertThat(w.detail()).isEqualTo("never used, created 2026-05-09");
      assertThat(w.ageDays()).isEqualTo(200L);
    });
  }

  @Test
  void unusedRole_recentlyUsed_serviceLinked_orWithItsLastUseUnknown_isNotWaste() {
    Resource recent = role(false).putAttributes("role_last_used", NOW.minus(Duration.ofDays(3)).toString()).build();
    Resource linked = role(true).build();
    Resource unknown = role(false).addUnknownAttributes("role_last_used").build();

    assertThat(unused().evaluate(recent, THRESHOLDS, NOW)).isEmpty();
    assertThat(unused().evaluate(linked, THRESHOLDS, NOW)).isEmpty();
    assertThat(unused().evaluate(unknown, THRESHOLDS, NOW)).isEmpty();
  }

  private static Resource.Builder policy(long attachments, long boundaries) {
    return Resource.builder().resourceId("arn:aws:iam::111111111111:policy/deploy").resourceType(
        ResourceType.IAM_POLICY).accountId("111111111111").accountName("engineering").region("global")
        .name("deploy").firstSeen(NOW.minus(Duration.ofDays(400))).lastSeen(NOW)
        .putAttributes("attachment_count", attachments).putAttributes("permissions_boundary_usage_count", boundaries)
        .putAttributes("update_date", NOW.minus(Duration.ofDays(10)).toString());
  }

  private static WasteRule unattached() {
    return WasteRules.of(ResourceType.IAM_POLICY).stream()
        .filter(r -> r.reason() == CleanupCandidate.Reason.UNATTACHED_IAM_POLICY).findFirst().orElseThrow();
  }

  @Test
  void unattachedPolicy_attachedToNothing_isWasteAgedFromItsLastUpdate() {
    assertThat(unattached().evaluate(policy(0, 0).build(), THRESHOLDS, NOW)).hasValueSatisfying(w -> {
      assertThat(w.detail()).isEqualTo("attached to nothing, last updated 2026-11-15");
      assertThat(w.ageDays()).isEqualTo(10L);
    });
  }

  @Test
  void unattachedPolicy_attachedOrABoundaryOrWithItsCountUnknown_isNotWaste() {
    Resource unknown = Resource.builder().resourceId("arn:aws:iam::111111111111:policy/deploy")
        .resourceType(ResourceType.IAM_POLICY).accountId("111111111111").accountName("engineering").region("global")
        .name("deploy").firstSeen(NOW).lastSeen(NOW).addUnknownAttributes("attachment_count").build();

    assertThat(unattached().evaluate(policy(2, 0).build(), THRESHOLDS, NOW)).isEmpty();
    assertThat(unattached().evaluate(policy(0, 1).build(), THRESHOLDS, NOW)).isEmpty();
    assertThat(unattached().evaluate(unknown, THRESHOLDS, NOW)).isEmpty();
  }
}
