package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.collector.internal.collectors.CollectorRun.ACCOUNT;
import static io.github.awsinventory.collector.internal.collectors.CollectorRun.number;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.ClusterSettingName;

@AwsEmulatorTest
class EcsClusterCollectorIT {

  @Test
  void collect_clusters_reportsCountsContainerInsightsAndTags(AwsEmulator aws) {
    EcsClient ecs = aws.client(EcsClient.builder(), ACCOUNT);
    String arn = ecs.createCluster(c -> c.clusterName("web")
        .settings(s -> s.name(ClusterSettingName.CONTAINER_INSIGHTS).value("enabled"))
        .tags(t -> t.key("team").value("platform"))).cluster().clusterArn();
    ecs.createCluster(c -> c.clusterName("plain"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.ECS_CLUSTER);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("ecs_cluster", 2L);
    Resource web = run.named("web");
    assertThat(web.resourceId()).isEqualTo("arn:aws:ecs:us-east-1:" + ACCOUNT + ":cluster/web").isEqualTo(arn);
    assertThat(web.tags()).isEqualTo(Map.of("team", "platform"));
    assertThat(web.state()).contains("ACTIVE");
    assertThat(web.unknownAttributes()).isEmpty();
    assertThat(web.attributes())
        .containsEntry("cluster_status", "ACTIVE")
        .containsEntry("container_insights", "enabled")
        .containsEntry("active_services_count", number(0))
        .containsEntry("running_tasks_count", number(0))
        .containsEntry("pending_tasks_count", number(0))
        .containsEntry("registered_container_instances_count", number(0))
        .containsEntry("capacity_providers", List.of());
    assertThat(run.named("plain").attributes()).containsEntry("container_insights", "disabled");
    assertThat(run.named("plain").tags()).isEmpty();
  }
}
