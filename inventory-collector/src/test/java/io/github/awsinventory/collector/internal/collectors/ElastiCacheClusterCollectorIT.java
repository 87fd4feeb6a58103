package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.collector.internal.collectors.CollectorRun.ACCOUNT;
import static io.github.awsinventory.collector.internal.collectors.CollectorRun.number;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.fault.FaultInjector;
import io.github.awsinventory.testkit.fault.FaultRule;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.elasticache.ElastiCacheClient;

/**
 * The emulator reports no at-rest encryption for a cluster of its own and creates no member clusters for a replication
 * group, so the members here are added to their group with CreateCacheCluster.
 */
@AwsEmulatorTest
class ElastiCacheClusterCollectorIT {

  @Test
  void collect_clusters_reportsNodesAndEncryption_takingWhatAMemberLacksFromItsGroup(AwsEmulator aws) {
    ElastiCacheClient elastiCache = aws.client(ElastiCacheClient.builder(), ACCOUNT);
    elastiCache.createCacheCluster(c -> c.cacheClusterId("solo").engine("redis").cacheNodeType("cache.t3.micro")
        .numCacheNodes(1).transitEncryptionEnabled(true).tags(t -> t.key("team").value("platform")));
    elastiCache.createReplicationGroup(g -> g.replicationGroupId("sessions").replicationGroupDescription("sessions")
        .engine("redis").cacheNodeType("cache.r6g.large").numCacheClusters(1).atRestEncryptionEnabled(true)
        .transitEncryptionEnabled(false));
    elastiCache.createCacheCluster(c -> c.cacheClusterId("sessions-001").replicationGroupId("sessions")
        .engine("redis").cacheNodeType("cache.r6g.large"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.ELASTICACHE_CLUSTER);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("elasticache_cluster", 2L);
    assertThat(run.report.detailErrors()).isEmpty();
    Resource solo = run.named("solo");
    assertThat(solo.resourceId()).isEqualTo("arn:aws:elasticache:us-east-1:" + ACCOUNT + ":cluster:solo");
    assertThat(solo.tags()).isEqualTo(Map.of("team", "platform"));
    assertThat(solo.state()).contains("available");
    assertThat(solo.createdAt()).isPresent();
    assertThat(solo.attributes())
        .containsEntry("engine", "redis")
        .containsEntry("cache_node_type", "cache.t3.micro")
        .containsEntry("num_cache_nodes", number(1))
        .containsEntry("transit_encryption_enabled", true)
        .containsEntry("cluster_status", "available")
        .containsEntry("creation_date", solo.createdAt().get().toString())
        .doesNotContainKeys("replication_group_id", "at_rest_encryption_enabled");
    Resource member = run.named("sessions-001");
    assertThat(member.unknownAttributes()).isEmpty();
    assertThat(member.attributes())
        .containsEntry("replication_group_id", "sessions")
        .containsEntry("at_rest_encryption_enabled", true)
        .containsEntry("transit_encryption_enabled", false);
  }

  @Test
  void collect_whenReplicationGroupsAreDenied_leavesTheMembersEncryptionUnknown(AwsEmulator aws) {
    String account = "333333333333";
    ElastiCacheClient elastiCache = aws.client(ElastiCacheClient.builder(), account);
    elastiCache.createReplicationGroup(g -> g.replicationGroupId("denied").replicationGroupDescription("denied")
        .engine("redis").cacheNodeType("cache.t3.small").numCacheClusters(1).atRestEncryptionEnabled(true));
    elastiCache.createCacheCluster(c -> c.cacheClusterId("denied-001").replicationGroupId("denied")
        .engine("redis").cacheNodeType("cache.t3.small"));
    FaultInjector faults = FaultInjector.withSeed(7);
    FaultRule denied = faults.add(FaultRule.accessDenied().service("elasticache")
        .operation("DescribeReplicationGroups"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.ELASTICACHE_CLUSTER, account,
        faults.wrap(aws.httpClient()));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(denied.injectedCount()).isEqualTo(1);
    Resource member = run.named("denied-001");
    assertThat(member.unknownAttributes()).containsExactlyInAnyOrder("at_rest_encryption_enabled",
        "transit_encryption_enabled");
    assertThat(member.attributes()).containsEntry("cache_node_type", "cache.t3.small")
        .doesNotContainKey("at_rest_encryption_enabled");
    assertThat(run.report.detailErrors()).hasSize(2).allSatisfy(e -> assertThat(e.toString())
        .contains("cluster:denied-001").contains("AccessDenied"));
  }
}
