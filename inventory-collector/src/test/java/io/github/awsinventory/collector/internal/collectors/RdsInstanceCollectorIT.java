package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.collector.internal.collectors.CollectorRun.ACCOUNT;
import static io.github.awsinventory.collector.internal.collectors.CollectorRun.number;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DBInstance;

@AwsEmulatorTest
class RdsInstanceCollectorIT {

  @Test
  void collect_publicUnencryptedMultiAzInstance_reportsItsExposure(AwsEmulator aws) {
    RdsClient rds = aws.client(RdsClient.builder(), ACCOUNT);
    DBInstance created = rds.createDBInstance(r -> r.dbInstanceIdentifier("orders-db").dbInstanceClass("db.t3.micro")
        .engine("postgres").engineVersion("15.4").allocatedStorage(20).masterUsername("admin")
        .masterUserPassword("password123").publiclyAccessible(true).multiAZ(true).storageEncrypted(false)
        .backupRetentionPeriod(3).tags(t -> t.key("Name").value("orders"), t -> t.key("team").value("checkout")))
        .dbInstance();

    CollectorRun run = CollectorRun.collect(aws, ResourceType.RDS_INSTANCE);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("rds_instance", 1L);
    Resource db = run.named("orders");
    assertThat(db.resourceId()).isEqualTo("arn:aws:rds:us-east-1:" + ACCOUNT + ":db:orders-db");
    assertThat(db.state()).hasValue("available");
    assertThat(db.createdAt()).hasValue(created.instanceCreateTime());
    assertThat(db.tags()).containsEntry("team", "checkout");
    assertThat(db.attributes())
        .containsEntry("engine", "postgres")
        .containsEntry("engine_version", "15.4")
        .containsEntry("instance_class", "db.t3.micro")
        .containsEntry("allocated_storage_gib", number(20))
        .containsEntry("multi_az", true)
        .containsEntry("publicly_accessible", true)
        .containsEntry("storage_encrypted", false)
        .containsEntry("backup_retention_days", number(3))
        .containsEntry("deletion_protection", false)
        .containsEntry("endpoint_address", created.endpoint().address())
        .containsKeys("storage_type", "availability_zone", "license_model")
        .doesNotContainKeys("kms_key_id", "db_cluster_identifier");
    assertThat(db.unknownAttributes()).isEmpty();
  }
}
