package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.collector.internal.collectors.CollectorRun.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Image;

@AwsEmulatorTest
class Ec2ImageCollectorIT {

  @Test
  void collect_ownImages_reportsPublicStateCreationRootDeviceAndSnapshots(AwsEmulator aws) {
    Ec2Client ec2 = aws.client(Ec2Client.builder(), ACCOUNT);
    String baseId = ec2.registerImage(r -> r.name("base-2026").rootDeviceName("/dev/xvda")).imageId();
    ec2.createTags(r -> r.resources(baseId).tags(t -> t.key("team").value("platform")));
    String sharedId = ec2.registerImage(r -> r.name("shared-2026")).imageId();
    ec2.modifyImageAttribute(r -> r.imageId(sharedId).launchPermission(p -> p.add(g -> g.group("all"))));
    Instant before = Instant.now().minus(Duration.ofMinutes(5));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.EC2_IMAGE);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).as("only the account's own AMIs, not the public ones")
        .containsEntry("ec2_image", 2L);
    assertThat(run.report.detailErrors()).isEmpty();
    Image described = ec2.describeImages(r -> r.imageIds(baseId)).images().get(0);
    Resource base = run.named("base-2026");
    assertThat(base.resourceId()).isEqualTo("arn:aws:ec2:us-east-1::image/" + baseId);
    assertThat(base.state()).hasValue("available");
    assertThat(base.tags()).isEqualTo(Map.of("team", "platform"));
    assertThat(base.createdAt()).hasValueSatisfying(t -> assertThat(t).isAfter(before));
    assertThat(base.unknownAttributes()).isEmpty();
    assertThat(base.attributes())
        .containsEntry("image_id", baseId)
        .containsEntry("image_name", "base-2026")
        .containsEntry("is_public", false)
        .containsEntry("creation_date", base.createdAt().get().toString())
        .containsEntry("root_device_name", described.rootDeviceName())
        .containsEntry("root_device_type", described.rootDeviceTypeAsString())
        .containsEntry("snapshot_ids", List.of(described.blockDeviceMappings().get(0).ebs().snapshotId()));
    assertThat(run.named("shared-2026").attributes()).containsEntry("is_public", true);
  }
}
