package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.collector.internal.collectors.CollectorRun.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.AllocateAddressResponse;
import software.amazon.awssdk.services.ec2.model.DomainType;

@AwsEmulatorTest
class ElasticIpCollectorIT {

  @Test
  void collect_associatedAndIdleAddresses_tellsThemApart(AwsEmulator aws) {
    Ec2Client ec2 = aws.client(Ec2Client.builder(), ACCOUNT);
    String instanceId = ec2.runInstances(r -> r.imageId("ami-12345678").instanceType("t3.micro").minCount(1)
        .maxCount(1)).instances().get(0).instanceId();
    AllocateAddressResponse used = ec2.allocateAddress(r -> r.domain(DomainType.VPC));
    AllocateAddressResponse idle = ec2.allocateAddress(r -> r.domain(DomainType.VPC));
    String associationId = ec2.associateAddress(r -> r.allocationId(used.allocationId()).instanceId(instanceId))
        .associationId();

    CollectorRun run = CollectorRun.collect(aws, ResourceType.ELASTIC_IP);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("elastic_ip", 2L);
    Resource associated = run.named(used.allocationId());
    assertThat(associated.resourceId())
        .isEqualTo("arn:aws:ec2:us-east-1:" + ACCOUNT + ":elastic-ip/" + used.allocationId());
    assertThat(associated.state()).hasValue("associated");
    assertThat(associated.attributes())
        .containsEntry("public_ip", used.publicIp())
        .containsEntry("allocation_id", used.allocationId())
        .containsEntry("associated", true)
        .containsEntry("association_id", associationId)
        .containsEntry("instance_id", instanceId)
        .containsEntry("domain", "vpc")
        .containsKeys("network_interface_id", "private_ip");
    Resource unassociated = run.named(idle.allocationId());
    assertThat(unassociated.state()).hasValue("unassociated");
    assertThat(unassociated.attributes())
        .containsEntry("public_ip", idle.publicIp())
        .containsEntry("associated", false)
        .doesNotContainKeys("association_id", "instance_id", "network_interface_id", "private_ip");
  }
}
