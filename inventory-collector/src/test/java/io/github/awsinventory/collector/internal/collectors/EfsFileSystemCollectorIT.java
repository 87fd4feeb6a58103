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
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.efs.EfsClient;
import software.amazon.awssdk.services.efs.model.CreateFileSystemResponse;
import software.amazon.awssdk.services.efs.model.PerformanceMode;
import software.amazon.awssdk.services.efs.model.ThroughputMode;

@AwsEmulatorTest
class EfsFileSystemCollectorIT {

  @Test
  void collect_fileSystems_reportsEncryptionSizeModesAndMountTargets(AwsEmulator aws) {
    Ec2Client ec2 = aws.client(Ec2Client.builder(), ACCOUNT);
    String vpc = ec2.createVpc(v -> v.cidrBlock("10.0.0.0/16")).vpc().vpcId();
    String subnet = ec2.createSubnet(s -> s.vpcId(vpc).cidrBlock("10.0.1.0/24")).subnet().subnetId();
    EfsClient efs = aws.client(EfsClient.builder(), ACCOUNT);
    CreateFileSystemResponse shared = efs.createFileSystem(f -> f.creationToken("shared").encrypted(true)
        .performanceMode(PerformanceMode.GENERAL_PURPOSE).throughputMode(ThroughputMode.ELASTIC)
        .tags(t -> t.key("Name").value("shared"), t -> t.key("team").value("platform")));
    efs.createMountTarget(m -> m.fileSystemId(shared.fileSystemId()).subnetId(subnet));
    efs.createFileSystem(f -> f.creationToken("orphan").encrypted(false));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.EFS_FILE_SYSTEM);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("efs_file_system", 2L);
    Resource collected = run.named("shared");
    assertThat(collected.resourceId()).isEqualTo(shared.fileSystemArn())
        .isEqualTo("arn:aws:elasticfilesystem:us-east-1:" + ACCOUNT + ":file-system/" + shared.fileSystemId());
    assertThat(collected.tags()).isEqualTo(Map.of("Name", "shared", "team", "platform"));
    assertThat(collected.state()).contains("available");
    assertThat(collected.createdAt()).isPresent();
    assertThat(collected.unknownAttributes()).isEmpty();
    assertThat(collected.attributes())
        .containsEntry("encrypted", true)
        .containsEntry("performance_mode", "generalPurpose")
        .containsEntry("throughput_mode", "elastic")
        .containsEntry("mount_target_count", number(1))
        .containsEntry("size_bytes", number(0))
        .containsEntry("size_standard_bytes", number(0))
        .containsEntry("creation_date", collected.createdAt().get().toString())
        .doesNotContainKey("availability_zone_name");
    Resource orphan = run.resources().stream().filter(r -> !r.name().equals("shared")).findFirst().orElseThrow();
    assertThat(orphan.name()).startsWith("fs-");
    assertThat(orphan.attributes())
        .containsEntry("encrypted", false)
        .containsEntry("mount_target_count", number(0));
  }
}
