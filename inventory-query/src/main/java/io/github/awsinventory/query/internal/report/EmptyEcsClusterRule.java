package io.github.awsinventory.query.internal.report;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.NumberKey;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.model.types.EcsCluster;
import io.github.awsinventory.query.report.CleanupCandidate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code empty_ecs_cluster}: an {@code ACTIVE} ECS cluster with no active service, no running or pending task and no
 * registered container instance. Not judged when any of the four counts, or the status, is unknown.
 */
final class EmptyEcsClusterRule implements WasteRule {

  private static final List<NumberKey> COUNTS = List.of(EcsCluster.ACTIVE_SERVICES_COUNT,
      EcsCluster.RUNNING_TASKS_COUNT, EcsCluster.PENDING_TASKS_COUNT, EcsCluster.REGISTERED_CONTAINER_INSTANCES_COUNT);

  @Override
  public CleanupCandidate.Reason reason() {
    return CleanupCandidate.Reason.EMPTY_ECS_CLUSTER;
  }

  @Override
  public ResourceType type() {
    return ResourceType.ECS_CLUSTER;
  }

  @Override
  public Optional<Waste> evaluate(Resource cluster, CostThresholds thresholds, Instant now) {
    if (!EcsCluster.STATUS.read(cluster).equals(Optional.of("ACTIVE"))) {
      return Optional.empty();
    }
    for (NumberKey count : COUNTS) {
      Optional<BigDecimal> value = count.read(cluster);
      if (value.isEmpty() || value.get().signum() != 0) {
        return Optional.empty();
      }
    }
    return Optional.of(new Waste("no services, no running or pending tasks, no container instances", null));
  }
}
