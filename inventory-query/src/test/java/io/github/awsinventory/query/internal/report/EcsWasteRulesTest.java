package io.github.awsinventory.query.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.query.report.CleanupCandidate;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The ECS cleanup rules. */
class EcsWasteRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  static Resource.Builder resource(ResourceType type, String name) {
    return Resource.builder()
        .resourceId("arn:aws:ecs:us-east-1:111111111111:" + type.name() + "/" + name)
        .resourceType(type)
        .accountId("111111111111")
        .accountName("engineering")
        .region("us-east-1")
        .name(name)
        .firstSeen(NOW.minusSeconds(86_400))
        .lastSeen(NOW);
  }

  private static Resource.Builder cluster(int services, int running, int pending, int instances) {
    return resource(ResourceType.ECS_CLUSTER, "web").putAttributes("cluster_status", "ACTIVE")
        .putAttributes("active_services_count", services).putAttributes("running_tasks_count", running)
        .putAttributes("pending_tasks_count", pending).putAttributes("registered_container_instances_count", instances);
  }

  private static boolean judgedWaste(Resource resource) {
    return WasteRules.of(resource.resourceType()).stream()
        .anyMatch(rule -> rule.evaluate(resource, CostThresholds.defaults(), NOW).isPresent());
  }

  @Test
  void emptyEcsCluster_withNothingInIt_isWaste() {
    WasteRule rule = WasteRules.of(ResourceType.ECS_CLUSTER).get(0);

    assertThat(rule.reason()).isEqualTo(CleanupCandidate.Reason.EMPTY_ECS_CLUSTER);
    assertThat(rule.evaluate(cluster(0, 0, 0, 0).build(), CostThresholds.defaults(), NOW)).hasValueSatisfying(w -> {
      assertThat(w.detail()).isEqualTo("no services, no running or pending tasks, no container instances");
      assertThat(w.ageDays()).isNull();
    });
  }

  @Test
  void emptyEcsCluster_withAServiceTaskOrInstance_isNotWaste() {
    assertThat(judgedWaste(cluster(1, 0, 0, 0).build())).isFalse();
    assertThat(judgedWaste(cluster(0, 2, 0, 0).build())).isFalse();
    assertThat(judgedWaste(cluster(0, 0, 1, 0).build())).isFalse();
    assertThat(judgedWaste(cluster(0, 0, 0, 3).build())).isFalse();
  }

  @Test
  void emptyEcsCluster_withACountUnknownOrNotActive_isNotJudged() {
    Resource unknown = resource(ResourceType.ECS_CLUSTER, "web").putAttributes("cluster_status", "ACTIVE")
        .putAttributes("active_services_count", 0).putAttributes("running_tasks_count", 0)
        .putAttributes("pending_tasks_count", 0).addUnknownAttributes("registered_container_instances_count").build();
    Resource inactive = cluster(0, 0, 0, 0).putAttributes("cluster_status", "INACTIVE").build();

    assertThat(judgedWaste(unknown)).isFalse();
    assertThat(judgedWaste(inactive)).isFalse();
  }

  @Test
  void idleEcsService_atZeroDesiredCount_isWaste() {
    Resource service = resource(ResourceType.ECS_SERVICE, "worker").putAttributes("service_status", "ACTIVE")
        .putAttributes("desired_count", 0).putAttributes("task_definition", "arn:aws:ecs:::task-definition/w:3")
        .build();
    WasteRule rule = WasteRules.of(ResourceType.ECS_SERVICE).get(0);

    assertThat(rule.reason()).isEqualTo(CleanupCandidate.Reason.IDLE_ECS_SERVICE);
    assertThat(rule.evaluate(service, CostThresholds.defaults(), NOW)).hasValueSatisfying(
        w -> assertThat(w.detail()).isEqualTo("desired count 0, task definition arn:aws:ecs:::task-definition/w:3"));
  }

  @Test
  void idleEcsService_runningTasksOrUnknownOrDraining_isNotWaste() {
    Resource running = resource(ResourceType.ECS_SERVICE, "api").putAttributes("service_status", "ACTIVE")
        .putAttributes("desired_count", 2).build();
    Resource unknown = resource(ResourceType.ECS_SERVICE, "api").putAttributes("service_status", "ACTIVE")
        .addUnknownAttributes("desired_count").build();
    Resource draining = resource(ResourceType.ECS_SERVICE, "api").putAttributes("service_status", "DRAINING")
        .putAttributes("desired_count", 0).build();

    assertThat(judgedWaste(running)).isFalse();
    assertThat(judgedWaste(unknown)).isFalse();
    assertThat(judgedWaste(draining)).isFalse();
  }
}
