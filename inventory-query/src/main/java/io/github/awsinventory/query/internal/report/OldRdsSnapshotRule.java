package io.github.awsinventory.query.internal.report;

import static io.github.awsinventory.query.internal.report.ReportValues.day;
import static io.github.awsinventory.query.internal.report.ReportValues.daysBetween;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.model.types.RdsSnapshot;
import io.github.awsinventory.query.report.CleanupCandidate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * A manual RDS DB snapshot taken more than {@code stale_resource_days} ago ({@code snapshot_create_time}); its age is
 * the days since it was taken. Automated snapshots expire with their retention period and are not judged. The saving
 * is the snapshot's estimated cost, unknown while RDS snapshots are not priced.
 */
final class OldRdsSnapshotRule implements WasteRule {

  private static final String MANUAL = "manual";

  @Override
  public CleanupCandidate.Reason reason() {
    return CleanupCandidate.Reason.OLD_RDS_SNAPSHOT;
  }

  @Override
  public ResourceType type() {
    return ResourceType.RDS_SNAPSHOT;
  }

  @Override
  public Optional<Waste> evaluate(Resource snapshot, CostThresholds thresholds, Instant now) {
    if (!RdsSnapshot.SNAPSHOT_TYPE.read(snapshot).equals(Optional.of(MANUAL))) {
      return Optional.empty();
    }
    return RdsSnapshot.SNAPSHOT_CREATE_TIME.read(snapshot)
        .filter(taken -> daysBetween(taken, now) > thresholds.staleResourceDays())
        .map(taken -> new Waste("manual, taken " + day(taken) + " of "
            + RdsSnapshot.DB_INSTANCE_IDENTIFIER.read(snapshot).orElse("?") + ", "
            + RdsSnapshot.ALLOCATED_STORAGE_GIB.read(snapshot).map(BigDecimal::toPlainString).orElse("?") + " GiB",
            daysBetween(taken, now)));
  }
}
