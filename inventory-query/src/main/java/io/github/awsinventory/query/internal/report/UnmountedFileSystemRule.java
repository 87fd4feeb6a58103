package io.github.awsinventory.query.internal.report;

import static io.github.awsinventory.query.internal.report.ReportValues.daysBetween;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.model.types.EfsFileSystem;
import io.github.awsinventory.query.report.CleanupCandidate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code unmounted_file_system}: an {@code available} EFS file system without mount targets, which nothing in a VPC
 * can mount. Not judged when the mount target count or the state is unknown. Its age is the days since it was
 * created.
 */
final class UnmountedFileSystemRule implements WasteRule {

  private static final BigDecimal BYTES_PER_GIB = BigDecimal.valueOf(1L << 30);

  @Override
  public CleanupCandidate.Reason reason() {
    return CleanupCandidate.Reason.UNMOUNTED_FILE_SYSTEM;
  }

  @Override
  public ResourceType type() {
    return ResourceType.EFS_FILE_SYSTEM;
  }

  @Override
  public Optional<Waste> evaluate(Resource fs, CostThresholds thresholds, Instant now) {
    if (!EfsFileSystem.LIFE_CYCLE_STATE.read(fs).equals(Optional.of("available"))) {
      return Optional.empty();
    }
    Optional<BigDecimal> mountTargets = EfsFileSystem.MOUNT_TARGET_COUNT.read(fs);
    if (mountTargets.isEmpty() || mountTargets.get().signum() != 0) {
      return Optional.empty();
    }
    String size = EfsFileSystem.SIZE_BYTES.read(fs)
        .map(b -> b.divide(BYTES_PER_GIB, 1, RoundingMode.HALF_UP).toPlainString()).orElse("?");
    Long age = EfsFileSystem.CREATION_DATE.read(fs).map(t -> daysBetween(t, now)).orElse(null);
    return Optional.of(new Waste("no mount targets, " + size + " GiB stored", age));
  }
}
