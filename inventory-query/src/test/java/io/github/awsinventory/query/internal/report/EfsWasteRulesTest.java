package io.github.awsinventory.query.internal.report;

import static io.github.awsinventory.query.internal.report.EcsWasteRulesTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.query.report.CleanupCandidate;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The EFS cleanup rule. */
class EfsWasteRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  private static Resource.Builder fs(Object mountTargets) {
    return resource(ResourceType.EFS_FILE_SYSTEM, "fs-0abc").putAttributes("life_cycle_state", "available")
        .putAttributes("mount_target_count", mountTargets).putAttributes("size_bytes", 3L << 29)
        .putAttributes("creation_date", "2026-11-15T12:00:00Z");
  }

  private static WasteRule rule() {
    return WasteRules.of(ResourceType.EFS_FILE_SYSTEM).get(0);
  }

  @Test
  void unmountedFileSystem_withoutMountTargets_isWasteSinceItWasCreated() {
    assertThat(rule().reason()).isEqualTo(CleanupCandidate.Reason.UNMOUNTED_FILE_SYSTEM);
    assertThat(rule().evaluate(fs(0).build(), CostThresholds.defaults(), NOW)).hasValueSatisfying(w -> {
      assertThat(w.detail()).isEqualTo("no mount targets, 1.5 GiB stored");
      assertThat(w.ageDays()).isEqualTo(10L);
    });
  }

  @Test
  void unmountedFileSystem_mountedUnknownOrNotAvailable_isNotWaste() {
    Resource mounted = fs(2).build();
    Resource unknown = resource(ResourceType.EFS_FILE_SYSTEM, "fs-1").putAttributes("life_cycle_state", "available")
        .addUnknownAttributes("mount_target_count").build();
    Resource deleting = fs(0).putAttributes("life_cycle_state", "deleting").build();

    assertThat(rule().evaluate(mounted, CostThresholds.defaults(), NOW)).isEmpty();
    assertThat(rule().evaluate(unknown, CostThresholds.defaults(), NOW)).isEmpty();
    assertThat(rule().evaluate(deleting, CostThresholds.defaults(), NOW)).isEmpty();
  }
}
