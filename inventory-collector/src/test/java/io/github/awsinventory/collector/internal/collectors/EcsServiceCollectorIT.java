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
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.AssignPublicIp;
import software.amazon.awssdk.services.ecs.model.LaunchType;

/** The emulator reports no {@code createdAt} for a service, so its creation time is not checked here. */
@AwsEmulatorTest
class EcsServiceCollectorIT {

  @Test
  void collect_servicesOfEveryCluster_reportsCountsNetworkAndTags(AwsEmulator aws) {
    Ec2Client ec2 = aws.client(Ec2Client.builder(), ACCOUNT);
    String vpc = ec2.createVpc(v -> v.cidrBlock("10.0.0.0/16")).vpc().vpcId();
    String subnet = ec2.createSubnet(s -> s.vpcId(vpc).cidrBlock("10.0.1.0/24")).subnet().subnetId();
    String group = ec2.createSecurityGroup(g -> g.vpcId(vpc).groupName("api").description("api")).groupId();
    EcsClient ecs = aws.client(EcsClient.builder(), ACCOUNT);
    String web = ecs.createCluster(c -> c.clusterName("web")).cluster().clusterArn();
    ecs.createCluster(c -> c.clusterName("batch"));
    String taskDefinition = ecs.registerTaskDefinition(t -> t.family("api").networkMode("awsvpc")
        .containerDefinitions(c -> c.name("api").image("nginx").memory(512))).taskDefinition().taskDefinitionArn();
    String api = ecs.createService(s -> s.cluster("web").serviceName("api").taskDefinition(taskDefinition)
        .desiredCount(2).launchType(LaunchType.FARGATE)
        .networkConfiguration(n -> n.awsvpcConfiguration(a -> a.subnets(subnet).securityGroups(group)
            .assignPublicIp(AssignPublicIp.ENABLED)))
        .tags(t -> t.key("team").value("platform"))).service().serviceArn();
    ecs.createService(s -> s.cluster("batch").serviceName("worker").taskDefinition(taskDefinition).desiredCount(0)
        .launchType(LaunchType.EC2));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.ECS_SERVICE);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("ecs_service", 2L);
    Resource collected = run.named("api");
    assertThat(collected.resourceId()).isEqualTo(api).startsWith("arn:aws:ecs:us-east-1:" + ACCOUNT + ":service/");
    assertThat(collected.tags()).isEqualTo(Map.of("team", "platform"));
    assertThat(collected.state()).contains("ACTIVE");
    assertThat(collected.unknownAttributes()).isEmpty();
    assertThat(collected.attributes())
        .containsEntry("cluster_arn", web)
        .containsEntry("service_status", "ACTIVE")
        .containsEntry("launch_type", "FARGATE")
        .containsEntry("desired_count", number(2))
        .containsEntry("task_definition", taskDefinition)
        .containsEntry("assign_public_ip", "ENABLED");
    Resource worker = run.named("worker");
    assertThat(worker.attributes())
        .containsEntry("launch_type", "EC2")
        .containsEntry("desired_count", number(0))
        .containsEntry("assign_public_ip", "DISABLED");
  }
}
