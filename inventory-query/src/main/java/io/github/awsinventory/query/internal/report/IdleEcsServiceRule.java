package io.github.awsinventory.query.internal.report;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.model.types.EcsService;
import io.github.awsinventory.query.report.CleanupCandidate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code idle_ecs_service}: an {@code ACTIVE} ECS service whose {@code desired_count} is 0. Not judged when the
 * desired count or the status is unknown.
 */
final class IdleEcsServiceRule implements WasteRule {

  @Override
  public CleanupCandidate.Reason reason() {
    return CleanupCandidate.Reason.IDLE_ECS_SERVICE;
  }

  @Override
  public ResourceType type() {
    return ResourceType.ECS_SERVICE;
  }

  @Override
  public Optional<Waste> evaluate(Resource service, CostThresholds thresholds, Instant now) {
    if (!EcsService.STATUS.read(service).equals(Optional.of("ACTIVE"))) {
      return Optional.empty();
    }
    Optional<BigDecimal> desired = EcsService.DESIRED_COUNT.read(service);
    if (desired.isEmpty() || desired.get().signum() != 0) {
      return Optional.empty();
    }
    return Optional.of(new Waste("desired count 0, task definition "
        + EcsService.TASK_DEFINITION.read(service).orElse("?"), null));
  }
}
