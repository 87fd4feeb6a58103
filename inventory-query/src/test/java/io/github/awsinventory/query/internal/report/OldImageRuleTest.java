package io.github.awsinventory.query.internal.report;

import static io.github.awsinventory.query.internal.report.WasteRuleResources.NOW;
import static io.github.awsinventory.query.internal.report.WasteRuleResources.THRESHOLDS;
import static io.github.awsinventory.query.internal.report.WasteRuleResources.daysAgo;
import static io.github.awsinventory.query.internal.report.WasteRuleResources.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.query.report.CleanupCandidate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OldImageRuleTest {

  private final OldImageRule rule = new OldImageRule();

  @Test
  void evaluate_imageOlderThanStaleDays_isWasteAgedFromItsCreation() {
    Resource image = resource(ResourceType.EC2_IMAGE, "ami-1").putAttributes("creation_date", daysAgo(120))
        .putAttributes("snapshot_ids", List.of("snap-1", "snap-2")).build();

    assertThat(rule.evaluate(image, THRESHOLDS, NOW)).hasValueSatisfying(waste -> {
      assertThat(waste.detail()).isEqualTo("created 2026-07-28, 2 snapshots kept");
      assertThat(waste.ageDays()).isEqualTo(120L);
    });
    assertThat(rule.reason()).isEqualTo(CleanupCandidate.Reason.OLD_IMAGE);
    assertThat(WasteRules.of(ResourceType.EC2_IMAGE)).hasAtLeastOneElementOfType(OldImageRule.class);
  }

  @Test
  void evaluate_recentImage_isNotWaste() {
    Resource image = resource(ResourceType.EC2_IMAGE, "ami-1").putAttributes("creation_date", daysAgo(90))
        .putAttributes("snapshot_ids", List.of("snap-1")).build();

    assertThat(rule.evaluate(image, THRESHOLDS, NOW)).isEmpty();
  }

  @Test
  void evaluate_imageWithoutCreationDate_isNotJudged() {
    Resource image = resource(ResourceType.EC2_IMAGE, "ami-1").addUnknownAttributes("creation_date").build();

    assertThat(rule.evaluate(image, THRESHOLDS, NOW)).isEmpty();
  }
}
