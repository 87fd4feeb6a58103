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
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateVolumeResponse;

@AwsEmulatorTest
class EbsVolumeCollectorIT {

  private static final String KEY = "arn:aws:kms:us-east-1:111111111111:key/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";

  @Test
  void collect_volumes_reportsEncryptionSizeAndAttachments(AwsEmulator aws) {
    Ec2Client ec2 = aws.client(Ec2Client.builder(), ACCOUNT);
    String instanceId = ec2.runInstances(r -> r.imageId("ami-12345678").instanceType("t3.micro").minCount(1)
        .maxCount(1).placement(p -> p.availabilityZone("us-east-1a"))).instances().get(0).instanceId();
    CreateVolumeResponse plain = ec2.createVolume(r -> r.availabilityZone("us-east-1a").size(10).volumeType("gp3")
        .tagSpecifications(t -> t.resourceType("volume").tags(g -> g.key("Name").value("plain-data"))));
    CreateVolumeResponse secret = ec2.createVolume(r -> r.availabilityZone("us-east-1a").size(20).volumeType("io1")
        .iops(300).encrypted(true).kmsKeyId(KEY));
    ec2.attachVolume(r -> r.volumeId(plain.volumeId()).instanceId(instanceId).device("/dev/sdf"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.EBS_VOLUME);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("ebs_volume", 3L);
    Resource unencrypted = run.named("plain-data");
    assertThat(unencrypted.resourceId())
        .isEqualTo("arn:aws:ec2:us-east-1:" + ACCOUNT + ":volume/" + plain.volumeId());
    assertThat(unencrypted.state()).hasValue("in-use");
    assertThat(unencrypted.tags()).containsExactly(Map.entry("Name", "plain-data"));
    assertThat(unencrypted.createdAt()).isPresent();
    assertThat(unencrypted.attributes())
        .containsEntry("volume_type", "gp3")
        .containsEntry("size_gib", number(10))
        .containsEntry("encrypted", false)
        .containsEntry("attached", true)
        .containsEntry("availability_zone", "us-east-1a")
        .containsEntry("attachments", List.of(Map.of("instance_id", instanceId, "device", "/dev/sdf",
            "state", "attached")))
        .doesNotContainKey("kms_key_id");
    Resource encrypted = run.named(secret.volumeId());
    assertThat(encrypted.state()).hasValue("available");
    assertThat(encrypted.attributes())
        .containsEntry("volume_type", "io1")
        .containsEntry("size_gib", number(20))
        .containsEntry("iops", number(300))
        .containsEntry("encrypted", true)
        .containsEntry("kms_key_id", KEY)
        .containsEntry("attached", false)
        .containsEntry("attachments", List.of());
    assertThat(run.resources()).allSatisfy(r -> assertThat(r.unknownAttributes()).isEmpty());
  }
}
