package io.github.awsinventory.query.internal.report;

import static io.github.awsinventory.query.internal.report.WasteRuleResources.NOW;
import static io.github.awsinventory.query.internal.report.WasteRuleResources.THRESHOLDS;
import static io.github.awsinventory.query.internal.report.WasteRuleResources.daysAgo;
import static io.github.awsinventory.query.internal.report.WasteRuleResources.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.query.report.CleanupCandidate;
import org.junit.jupiter.api.Test;

class OldRdsSnapshotRuleTest {

  private final OldRdsSnapshotRule rule = new OldRdsSnapshotRule();

  private static Resource snapshot(String type, long daysAgo) {
    return resource(ResourceType.RDS_SNAPSHOT, "orders-final").putAttributes("snapshot_type", type)
        .putAttributes("snapshot_create_time", daysAgo(daysAgo)).putAttributes("db_instance_identifier", "orders")
        .putAttributes("allocated_storage_gib", 100).build();
  }

  @Test
  void evaluate_manualSnapshotOlderThanStaleDays_isWasteAgedFromWhenItWasTaken() {
    assertThat(rule.evaluate(snapshot("manual", 120), THRESHOLDS, NOW)).hasValueSatisfying(waste -> {
      assertThat(waste.detail()).isEqualTo("manual, taken 2026-07-28 of orders, 100 GiB");
      assertThat(waste.ageDays()).isEqualTo(120L);
    });
    assertThat(rule.reason()).isEqualTo(CleanupCandidate.Reason.OLD_RDS_SNAPSHOT);
    assertThat(WasteRules.of(ResourceType.RDS_SNAPSHOT)).hasAtLeastOneElementOfType(rule.getClass());
  }

  @Test
  void evaluate_recentManualOrOldAutomatedSnapshot_isNotWaste() {
    assertThat(rule.evaluate(snapshot("manual", 90), THRESHOLDS, NOW)).isEmpty();
    assertThat(rule.evaluate(snapshot("automated", 400), THRESHOLDS, NOW)).isEmpty();
  }

  @Test
  void evaluate_snapshotOfUnknownTypeOrTime_isNotJudged() {
    Resource untyped = resource(ResourceType.RDS_SNAPSHOT, "s-1").putAttributes("snapshot_create_time", daysAgo(400))
        .build();
    Resource untimed = resource(ResourceType.RDS_SNAPSHOT, "s-2").putAttributes("snapshot_type", "manual").build();

    assertThat(rule.evaluate(untyped, THRESHOLDS, NOW)).isEmpty();
    assertThat(rule.evaluate(untimed, THRESHOLDS, NOW)).isEmpty();
  }
}
