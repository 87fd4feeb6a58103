package io.github.awsinventory.query.internal.report;

import static io.github.awsinventory.query.internal.report.ReportValues.day;
import static io.github.awsinventory.query.internal.report.ReportValues.daysBetween;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.model.types.Ec2Image;
import io.github.awsinventory.query.report.CleanupCandidate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An AMI created more than {@code stale_resource_days} ago ({@code creation_date}); its age is the days since it was
 * created. Its snapshots are billed as their own resources, so the saving is the AMI's own cost, unknown.
 */
final class OldImageRule implements WasteRule {

  @Override
  public CleanupCandidate.Reason reason() {
    return CleanupCandidate.Reason.OLD_IMAGE;
  }

  @Override
  public ResourceType type() {
    return ResourceType.EC2_IMAGE;
  }

  @Override
  public Optional<Waste> evaluate(Resource image, CostThresholds thresholds, Instant now) {
    return Ec2Image.CREATION_DATE.read(image)
        .filter(created -> daysBetween(created, now) > thresholds.staleResourceDays())
        .map(created -> new Waste("created " + day(created) + ", "
            + snapshots(Ec2Image.SNAPSHOT_IDS.read(image).map(List::size)), daysBetween(created, now)));
  }

  private static String snapshots(Optional<Integer> count) {
    return count.map(n -> n + (n == 1 ? " snapshot" : " snapshots")).orElse("? snapshots") + " kept";
  }
}
