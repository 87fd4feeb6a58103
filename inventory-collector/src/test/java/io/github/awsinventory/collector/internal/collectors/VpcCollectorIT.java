package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.collector.internal.collectors.CollectorRun.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.fault.FaultInjector;
import io.github.awsinventory.testkit.fault.FaultRule;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.FlowLogsResourceType;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tenancy;
import software.amazon.awssdk.services.ec2.model.TrafficType;

@AwsEmulatorTest
class VpcCollectorIT {

  @Test
  void collect_vpcs_reportsDefaultCidrTenancyAndWhetherFlowLogsAreOn(AwsEmulator aws) {
    Ec2Client ec2 = aws.client(Ec2Client.builder(), ACCOUNT);
    String logged = vpc(ec2, "10.30.0.0/16", "logged", Tenancy.DEFAULT);
    String dark = vpc(ec2, "10.40.0.0/16", "dark", Tenancy.DEDICATED);
    ec2.createFlowLogs(r -> r.resourceType(FlowLogsResourceType.VPC).resourceIds(logged)
        .trafficType(TrafficType.REJECT).logDestinationType("cloud-watch-logs").logGroupName("vpc-flow-logs")
        .deliverLogsPermissionArn("arn:aws:iam::" + ACCOUNT + ":role/flow-logs"));
    String subnet = ec2.createSubnet(r -> r.vpcId(dark).cidrBlock("10.40.1.0/24")).subnet().subnetId();
    ec2.createFlowLogs(r -> r.resourceType(FlowLogsResourceType.SUBNET).resourceIds(subnet)
        .trafficType(TrafficType.ALL).logDestinationType("cloud-watch-logs").logGroupName("subnet-flow-logs")
        .deliverLogsPermissionArn("arn:aws:iam::" + ACCOUNT + ":role/flow-logs"));

    CollectorRun run = CollectorRun.collect(aws, io.github.awsinventory.model.ResourceType.VPC);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("vpc", 3L);
    assertThat(run.report.detailErrors()).isEmpty();
    Resource withLogs = run.named("logged");
    assertThat(withLogs.resourceId()).isEqualTo("arn:aws:ec2:us-east-1:" + ACCOUNT + ":vpc/" + logged);
    assertThat(withLogs.state()).hasValue("available");
    assertThat(withLogs.tags()).isEqualTo(Map.of("Name", "logged", "team", "network"));
    assertThat(withLogs.unknownAttributes()).isEmpty();
    assertThat(withLogs.attributes())
        .containsEntry("vpc_id", logged)
        .containsEntry("cidr_block", "10.30.0.0/16")
        .containsEntry("is_default", false)
        .containsEntry("instance_tenancy", "default")
        .containsEntry("flow_logs_enabled", true);
    assertThat(run.named("dark").attributes())
        .as("a subnet's flow log is not the VPC's")
        .containsEntry("flow_logs_enabled", false)
        .containsEntry("instance_tenancy", "dedicated");
    Resource byDefault = run.resources().stream().filter(r -> Boolean.TRUE.equals(r.attributes().get("is_default")))
        .findFirst().orElseThrow();
    assertThat(byDefault.name()).startsWith("vpc-").isEqualTo(byDefault.attributes().get("vpc_id"));
    assertThat(byDefault.attributes()).containsEntry("flow_logs_enabled", false);
  }

  @Test
  void collect_whenFlowLogsAreDenied_keepsEveryVpcWithFlowLogsUnknown(AwsEmulator aws) {
    String account = "333333333333";
    vpc(aws.client(Ec2Client.builder(), account), "10.50.0.0/16", "denied", Tenancy.DEFAULT);
    FaultInjector faults = FaultInjector.withSeed(7);
    FaultRule denied = faults.add(FaultRule.accessDenied().service("ec2").operation("DescribeFlowLogs"));

    CollectorRun run = CollectorRun.collect(aws, io.github.awsinventory.model.ResourceType.VPC, account,
        faults.wrap(aws.httpClient()));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(denied.injectedCount()).as("one call for the scope, not one per VPC").isEqualTo(1);
    assertThat(run.resources()).hasSize(2).allSatisfy(vpc -> {
      assertThat(vpc.unknownAttributes()).containsExactly("flow_logs_enabled");
      assertThat(vpc.attributes()).doesNotContainKey("flow_logs_enabled").containsKey("cidr_block");
    });
    assertThat(run.named("denied").attributes()).containsEntry("cidr_block", "10.50.0.0/16");
    assertThat(run.report.detailErrors()).hasSize(2)
        .allSatisfy(e -> assertThat(e).asString().contains("flow_logs_enabled").contains("UnauthorizedOperation"));
  }

  private static String vpc(Ec2Client ec2, String cidr, String name, Tenancy tenancy) {
    return ec2.createVpc(r -> r.cidrBlock(cidr).instanceTenancy(tenancy).tagSpecifications(t -> t
        .resourceType(ResourceType.VPC).tags(n -> n.key("Name").value(name), n -> n.key("team").value("network"))))
        .vpc().vpcId();
  }
}
