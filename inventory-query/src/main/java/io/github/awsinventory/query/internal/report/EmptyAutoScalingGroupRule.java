package io.github.awsinventory.query.internal.report;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.model.types.AutoScalingGroup;
import io.github.awsinventory.query.report.CleanupCandidate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * An Auto Scaling group whose desired capacity is 0: it runs nothing and is left over, or is kept for occasional
 * use. How long it has been empty is not collected (the group's creation time is not when it was scaled in), so its
 * age is unknown; so is the saving, as groups are not priced.
 */
final class EmptyAutoScalingGroupRule implements WasteRule {

  @Override
  public CleanupCandidate.Reason reason() {
    return CleanupCandidate.Reason.EMPTY_AUTOSCALING_GROUP;
  }

  @Override
  public ResourceType type() {
    return ResourceType.AUTOSCALING_GROUP;
  }

  @Override
  public Optional<Waste> evaluate(Resource group, CostThresholds thresholds, Instant now) {
    return AutoScalingGroup.DESIRED_CAPACITY.read(group).filter(desired -> desired.signum() == 0)
        .map(desired -> new Waste("desired capacity 0 (min " + number(AutoScalingGroup.MIN_SIZE.read(group))
            + ", max " + number(AutoScalingGroup.MAX_SIZE.read(group)) + "), "
            + number(AutoScalingGroup.INSTANCE_COUNT.read(group)) + " instances", null));
  }

  private static String number(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toPlainString).orElse("?");
  }
}
