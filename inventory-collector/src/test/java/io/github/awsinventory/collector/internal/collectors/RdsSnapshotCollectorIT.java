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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.rds.RdsClient;

@AwsEmulatorTest
class RdsSnapshotCollectorIT {

  @Test
  void collect_snapshots_reportsTypeEngineSizeEncryptionAndWhoMayRestore(AwsEmulator aws) {
    RdsClient rds = aws.client(RdsClient.builder(), ACCOUNT);
    database(rds, "orders", true);
    database(rds, "legacy", false);
    rds.createDBSnapshot(r -> r.dbInstanceIdentifier("orders").dbSnapshotIdentifier("orders-public")
        .tags(t -> t.key("team").value("orders")));
    rds.modifyDBSnapshotAttribute(r -> r.dbSnapshotIdentifier("orders-public").attributeName("restore")
        .valuesToAdd("all", "222222222222"));
    rds.createDBSnapshot(r -> r.dbInstanceIdentifier("legacy").dbSnapshotIdentifier("legacy-shared"));
    rds.modifyDBSnapshotAttribute(r -> r.dbSnapshotIdentifier("legacy-shared").attributeName("restore")
        .valuesToAdd("555555555555", "222222222222"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.RDS_SNAPSHOT);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.detailErrors()).isEmpty();
    Resource open = run.named("orders-public");
    assertThat(open.resourceId()).isEqualTo("arn:aws:rds:us-east-1:" + ACCOUNT + ":snapshot:orders-public");
    assertThat(open.state()).hasValue("available");
    assertThat(open.tags()).isEqualTo(Map.of("team", "orders"));
    assertThat(open.createdAt()).isPresent();
    assertThat(open.unknownAttributes()).isEmpty();
    assertThat(open.attributes())
        .containsEntry("snapshot_type", "manual")
        .containsEntry("db_instance_identifier", "orders")
        .containsEntry("engine", "postgres")
        .containsEntry("allocated_storage_gib", number(20))
        .containsEntry("encrypted", true)
        .containsEntry("is_public", true)
        .containsEntry("shared_with_accounts", List.of("222222222222"))
        .containsEntry("snapshot_create_time", open.createdAt().get().toString())
        .containsKeys("engine_version", "kms_key_id");
    assertThat(run.named("legacy-shared").attributes())
        .containsEntry("encrypted", false)
        .containsEntry("is_public", false)
        .containsEntry("shared_with_accounts", List.of("222222222222", "555555555555"))
        .doesNotContainKey("kms_key_id");
    List<Resource> automated = run.resources().stream()
        .filter(r -> "automated".equals(r.attributes().get("snapshot_type"))).toList();
    assertThat(automated).as("the emulator takes one automated snapshot per new instance").hasSize(2)
        .allSatisfy(r -> assertThat(r.attributes()).containsEntry("is_public", false)
            .containsEntry("shared_with_accounts", List.of()));
    assertThat(run.report.resourcesByType()).containsEntry("rds_snapshot", 4L);
  }

  @Test
  void collect_whenAttributesAreDenied_keepsManualSnapshotsWithSharingUnknown(AwsEmulator aws) {
    String account = "333333333333";
    RdsClient rds = aws.client(RdsClient.builder(), account);
    database(rds, "billing", true);
    rds.createDBSnapshot(r -> r.dbInstanceIdentifier("billing").dbSnapshotIdentifier("billing-manual"));
    FaultInjector faults = FaultInjector.withSeed(7);
    FaultRule denied = faults.add(FaultRule.accessDenied().service("rds").operation("DescribeDBSnapshotAttributes"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.RDS_SNAPSHOT, account, faults.wrap(aws.httpClient()));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(denied.injectedCount()).as("automated snapshots need no call").isEqualTo(1);
    Resource manual = run.named("billing-manual");
    assertThat(manual.unknownAttributes()).containsExactlyInAnyOrder("is_public", "shared_with_accounts");
    assertThat(manual.attributes()).doesNotContainKeys("is_public", "shared_with_accounts")
        .containsEntry("encrypted", true);
    assertThat(run.report.detailErrors()).singleElement().asString().contains(manual.resourceId())
        .contains("is_public").contains("AccessDenied");
  }

  private static void database(RdsClient rds, String name, boolean encrypted) {
    rds.createDBInstance(r -> r.dbInstanceIdentifier(name).engine("postgres").dbInstanceClass("db.t3.micro")
        .allocatedStorage(20).masterUsername("admin_user").masterUserPassword("not-a-secret-1")
        .storageEncrypted(encrypted));
  }
}
