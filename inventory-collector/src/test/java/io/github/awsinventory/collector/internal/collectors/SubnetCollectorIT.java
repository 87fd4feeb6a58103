package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.collector.internal.collectors.CollectorRun.ACCOUNT;
import static io.github.awsinventory.collector.internal.collectors.CollectorRun.number;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ResourceType;

@AwsEmulatorTest
class SubnetCollectorIT {

  @Test
  void collect_subnets_reportsVpcZoneCidrPublicIpsAndFreeAddresses(AwsEmulator aws) {
    Ec2Client ec2 = aws.client(Ec2Client.builder(), ACCOUNT);
    String vpcId = ec2.createVpc(r -> r.cidrBlock("10.60.0.0/16")).vpc().vpcId();
    String publicId = ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.60.1.0/24").availabilityZone("us-east-1a")
        .tagSpecifications(t -> t.resourceType(ResourceType.SUBNET).tags(n -> n.key("Name").value("public-a"))))
        .subnet().subnetId();
    ec2.modifySubnetAttribute(r -> r.subnetId(publicId).mapPublicIpOnLaunch(v -> v.value(true)));
    String privateId = ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.60.2.0/28").availabilityZone("us-east-1b")
        .tagSpecifications(t -> t.resourceType(ResourceType.SUBNET).tags(n -> n.key("Name").value("private-b"))))
        .subnet().subnetId();

    CollectorRun run = CollectorRun.collect(aws, io.github.awsinventory.model.ResourceType.SUBNET);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.detailErrors()).isEmpty();
    Resource exposed = run.named("public-a");
    assertThat(exposed.resourceId()).isEqualTo("arn:aws:ec2:us-east-1:" + ACCOUNT + ":subnet/" + publicId);
    assertThat(exposed.state()).hasValue("available");
    assertThat(exposed.tags()).isEqualTo(Map.of("Name", "public-a"));
    assertThat(exposed.unknownAttributes()).isEmpty();
    assertThat(exposed.attributes())
        .containsEntry("subnet_id", publicId)
        .containsEntry("vpc_id", vpcId)
        .containsEntry("availability_zone", "us-east-1a")
        .containsEntry("cidr_block", "10.60.1.0/24")
        .containsEntry("map_public_ip_on_launch", true)
        .containsEntry("available_ip_address_count", number(251))
        .containsEntry("default_for_az", false);
    assertThat(run.named("private-b").attributes())
        .containsEntry("subnet_id", privateId)
        .containsEntry("map_public_ip_on_launch", false)
        .containsEntry("available_ip_address_count", number(11));
    List<Resource> defaults = run.resources().stream()
        .filter(r -> Boolean.TRUE.equals(r.attributes().get("default_for_az"))).collect(Collectors.toList());
    assertThat(defaults).as("the default VPC's subnets, one per zone").isNotEmpty().allSatisfy(r -> assertThat(
        r.attributes()).containsEntry("map_public_ip_on_launch", true).doesNotContainEntry("vpc_id", vpcId));
    assertThat(run.report.resourcesByType()).containsEntry("subnet", defaults.size() + 2L);
  }
}
