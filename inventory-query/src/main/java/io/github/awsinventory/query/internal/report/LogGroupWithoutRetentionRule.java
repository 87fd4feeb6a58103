package io.github.awsinventory.query.internal.report;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.model.types.CloudWatchLogGroup;
import io.github.awsinventory.query.report.CleanupCandidate;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code log_group_without_retention}: a CloudWatch Logs log group with {@code never_expires} true that stores
 * events ({@code stored_bytes} above 0). Its events are kept, and their storage billed, for ever; the saving is the
 * group's storage cost, which a retention period lowers rather than removes. An empty group is not listed (it costs
 * nothing yet; LOGS-001 still reports the missing retention), nor is one whose retention or stored bytes are
 * unknown. How long the group has had no retention is not known.
 */
final class LogGroupWithoutRetentionRule implements WasteRule {

  private static final BigDecimal BYTES_PER_GB = BigDecimal.valueOf(1L << 30);

  @Override
  public CleanupCandidate.Reason reason() {
    return CleanupCandidate.Reason.LOG_GROUP_WITHOUT_RETENTION;
  }

  @Override
  public ResourceType type() {
    return ResourceType.CLOUDWATCH_LOG_GROUP;
  }

  @Override
  public Optional<Waste> evaluate(Resource group, CostThresholds thresholds, Instant now) {
    if (!CloudWatchLogGroup.NEVER_EXPIRES.read(group).orElse(false)) {
      return Optional.empty();
    }
    return CloudWatchLogGroup.STORED_BYTES.read(group).filter(bytes -> bytes.signum() > 0)
        .map(bytes -> new Waste("never expires, " + bytes.divide(BYTES_PER_GB, MathContext.DECIMAL128)
            .setScale(3, RoundingMode.HALF_UP).toPlainString() + " GB stored", null));
  }
}
