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
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotResponse;

@AwsEmulatorTest
class EbsSnapshotCollectorIT {

  @Test
  void collect_ownSnapshot_reportsVolumeSizeAndArnWithoutAccount(AwsEmulator aws) {
    Ec2Client ec2 = aws.client(Ec2Client.builder(), ACCOUNT);
    String volumeId = ec2.createVolume(r -> r.availabilityZone("us-east-1a").size(12).volumeType("gp3")).volumeId();
    CreateSnapshotResponse snapshot = ec2.createSnapshot(r -> r.volumeId(volumeId).description("nightly backup")
        .tagSpecifications(t -> t.resourceType("snapshot").tags(g -> g.key("Name").value("nightly"))));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.EBS_SNAPSHOT);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("ebs_snapshot", 1L);
    Resource collected = run.named("nightly");
    assertThat(collected.resourceId()).isEqualTo("arn:aws:ec2:us-east-1::snapshot/" + snapshot.snapshotId());
    assertThat(collected.state()).hasValue("completed");
    assertThat(collected.createdAt()).hasValue(snapshot.startTime());
    assertThat(collected.attributes())
        .containsEntry("size_gib", number(12))
        .containsEntry("volume_id", volumeId)
        .containsEntry("description", "nightly backup")
        .containsEntry("encrypted", false)
        .containsEntry("start_time", snapshot.startTime().toString())
        .containsEntry("progress", "100%")
        .doesNotContainKey("kms_key_id");
    assertThat(collected.unknownAttributes()).isEmpty();
  }
}
