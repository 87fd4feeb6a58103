package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.collector.internal.collectors.CollectorRun.ACCOUNT;
import static io.github.awsinventory.collector.internal.collectors.CollectorRun.number;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.redshift.RedshiftClient;

@AwsEmulatorTest
class RedshiftClusterCollectorIT {

  @Test
  void collect_clusters_reportsNodesEncryptionAndPublicAccess(AwsEmulator aws) {
    RedshiftClient redshift = aws.client(RedshiftClient.builder(), ACCOUNT);
    redshift.createCluster(c -> c.clusterIdentifier("warehouse").nodeType("ra3.xlplus").numberOfNodes(2)
        .clusterType("multi-node").masterUsername("admin").masterUserPassword("Passw0rd!x").encrypted(true)
        .publiclyAccessible(false).tags(t -> t.key("team").value("data")));
    redshift.createCluster(c -> c.clusterIdentifier("open").nodeType("dc2.large").clusterType("single-node")
        .masterUsername("admin").masterUserPassword("Passw0rd!x").encrypted(false).publiclyAccessible(true));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.REDSHIFT_CLUSTER);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("redshift_cluster", 2L);
    Resource warehouse = run.named("warehouse");
    assertThat(warehouse.resourceId()).isEqualTo("arn:aws:redshift:us-east-1:" + ACCOUNT + ":cluster:warehouse");
    assertThat(warehouse.tags()).isEqualTo(Map.of("team", "data"));
    assertThat(warehouse.state()).contains("available");
    assertThat(warehouse.createdAt()).isPresent();
    assertThat(warehouse.unknownAttributes()).isEmpty();
    assertThat(warehouse.attributes())
        .containsEntry("node_type", "ra3.xlplus")
        .containsEntry("number_of_nodes", number(2))
        .containsEntry("encrypted", true)
        .containsEntry("publicly_accessible", false)
        .containsEntry("cluster_status", "available")
        .containsEntry("creation_date", warehouse.createdAt().get().toString());
    assertThat(run.named("open").attributes())
        .containsEntry("number_of_nodes", number(1))
        .containsEntry("encrypted", false)
        .containsEntry("publicly_accessible", true);
  }
}
