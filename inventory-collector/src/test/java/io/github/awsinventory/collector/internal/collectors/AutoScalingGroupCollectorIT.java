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
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.ec2.Ec2Client;

@AwsEmulatorTest
class AutoScalingGroupCollectorIT {

  @Test
  void collect_groups_reportsCapacityInstancesLaunchSetupHealthCheckZonesAndTags(AwsEmulator aws) {
    String image = aws.client(Ec2Client.builder(), ACCOUNT).registerImage(r -> r.name("web-base")).imageId();
    aws.client(Ec2Client.builder(), ACCOUNT).createLaunchTemplate(r -> r.launchTemplateName("web")
        .launchTemplateData(d -> d.imageId(image).instanceType("t3.micro")));
    AutoScalingClient autoscaling = aws.client(AutoScalingClient.builder(), ACCOUNT);
    autoscaling.createAutoScalingGroup(r -> r.autoScalingGroupName("web")
        .launchTemplate(t -> t.launchTemplateName("web").version("$Latest")).minSize(1).maxSize(4).desiredCapacity(2)
        .availabilityZones("us-east-1a", "us-east-1b")
        .tags(t -> t.key("team").value("storefront").propagateAtLaunch(true)));
    autoscaling.createLaunchConfiguration(r -> r.launchConfigurationName("legacy").imageId(image)
        .instanceType("t2.micro"));
    autoscaling.createAutoScalingGroup(r -> r.autoScalingGroupName("batch").launchConfigurationName("legacy")
        .minSize(0).maxSize(2).desiredCapacity(0).availabilityZones("us-east-1c"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.AUTOSCALING_GROUP);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("autoscaling_group", 2L);
    assertThat(run.report.detailErrors()).isEmpty();
    Resource web = run.named("web");
    assertThat(web.resourceId()).startsWith("arn:aws:autoscaling:us-east-1:" + ACCOUNT + ":autoScalingGroup:")
        .endsWith(":autoScalingGroupName/web");
    assertThat(web.state()).isEmpty();
    assertThat(web.tags()).isEqualTo(Map.of("team", "storefront"));
    assertThat(web.createdAt()).isPresent();
    assertThat(web.unknownAttributes()).isEmpty();
    assertThat(web.attributes())
        .containsEntry("min_size", number(1))
        .containsEntry("max_size", number(4))
        .containsEntry("desired_capacity", number(2))
        .containsEntry("instance_count", number(2))
        .containsEntry("launch_template", "web")
        .containsEntry("launch_template_version", "$Latest")
        .containsEntry("health_check_type", "EC2")
        .containsEntry("availability_zones", List.of("us-east-1a", "us-east-1b"))
        .containsEntry("created_time", web.createdAt().get().toString())
        .doesNotContainKey("launch_configuration");
    assertThat(run.named("batch").attributes())
        .containsEntry("desired_capacity", number(0))
        .containsEntry("instance_count", number(0))
        .containsEntry("launch_configuration", "legacy")
        .doesNotContainKeys("launch_template", "launch_template_version");
  }
}
