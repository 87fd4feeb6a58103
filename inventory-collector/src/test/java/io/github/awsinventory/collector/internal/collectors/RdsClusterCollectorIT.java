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
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DBCluster;

@AwsEmulatorTest
class RdsClusterCollectorIT {

  @Test
  void collect_auroraCluster_reportsEngineProtectionAndMembers(AwsEmulator aws) {
    RdsClient rds = aws.client(RdsClient.builder(), ACCOUNT);
    DBCluster created = rds.createDBCluster(r -> r.dbClusterIdentifier("ledger").engine("aurora-mysql")
        .masterUsername("admin").masterUserPassword("password123").storageEncrypted(true).deletionProtection(true)
        .backupRetentionPeriod(7).tags(t -> t.key("team").value("finance"))).dbCluster();
    rds.createDBInstance(r -> r.dbInstanceIdentifier("ledger-1").dbInstanceClass("db.r5.large")
        .engine("aurora-mysql").dbClusterIdentifier("ledger"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.RDS_CLUSTER);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("rds_cluster", 1L);
    Resource cluster = run.named("ledger");
    assertThat(cluster.resourceId()).isEqualTo("arn:aws:rds:us-east-1:" + ACCOUNT + ":cluster:ledger");
    assertThat(cluster.state()).hasValue("available");
    assertThat(cluster.createdAt()).hasValue(created.clusterCreateTime());
    assertThat(cluster.tags()).containsEntry("team", "finance");
    assertThat(cluster.attributes())
        .containsEntry("engine", "aurora-mysql")
        .containsEntry("engine_mode", "provisioned")
        .containsEntry("storage_encrypted", true)
        .containsEntry("deletion_protection", true)
        .containsEntry("backup_retention_days", number(7))
        .containsEntry("multi_az", false)
        .containsEntry("members", number(1))
        .containsEntry("member_ids", List.of("ledger-1"))
        .containsKeys("engine_version", "kms_key_id", "allocated_storage_gib", "storage_type");
    assertThat(cluster.unknownAttributes()).isEmpty();
  }
}
