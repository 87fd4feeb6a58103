package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.collector.internal.collectors.CollectorRun.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.AllocateAddressResponse;
import software.amazon.awssdk.services.ec2.model.DomainType;
import software.amazon.awssdk.services.ec2.model.NatGateway;

@AwsEmulatorTest
class NatGatewayCollectorIT {

  @Test
  void collect_gateway_reportsNetworkAndAddresses(AwsEmulator aws) {
    Ec2Client ec2 = aws.client(Ec2Client.builder(), ACCOUNT);
    String vpcId = ec2.createVpc(r -> r.cidrBlock("10.30.0.0/16")).vpc().vpcId();
    String subnetId = ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.30.1.0/24").availabilityZone("us-east-1a"))
        .subnet().subnetId();
    AllocateAddressResponse address = ec2.allocateAddress(r -> r.domain(DomainType.VPC));
    NatGateway gateway = ec2.createNatGateway(r -> r.subnetId(subnetId).allocationId(address.allocationId())
        .tagSpecifications(t -> t.resourceType("natgateway").tags(g -> g.key("Name").value("egress"))))
        .natGateway();

    CollectorRun run = CollectorRun.collect(aws, ResourceType.NAT_GATEWAY);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("nat_gateway", 1L);
    Resource collected = run.named("egress");
    assertThat(collected.resourceId())
        .isEqualTo("arn:aws:ec2:us-east-1:" + ACCOUNT + ":natgateway/" + gateway.natGatewayId());
    assertThat(collected.state()).hasValue("available");
    assertThat(collected.createdAt()).isPresent();
    assertThat(collected.attributes())
        .containsEntry("vpc_id", vpcId)
        .containsEntry("subnet_id", subnetId)
        .containsEntry("public_ips", List.of(address.publicIp()))
        .containsEntry("create_time", collected.createdAt().get().toString())
        .hasEntrySatisfying("private_ips", ips -> assertThat((List<?>) ips).hasSize(1));
  }
}
