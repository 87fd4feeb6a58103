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
import software.amazon.awssdk.services.ec2.model.IpPermission;

@AwsEmulatorTest
class SecurityGroupCollectorIT {

  @Test
  void collect_openGroup_listsEachIngressRuleWithItsSources(AwsEmulator aws) {
    Ec2Client ec2 = aws.client(Ec2Client.builder(), ACCOUNT);
    String vpcId = ec2.createVpc(r -> r.cidrBlock("10.20.0.0/16")).vpc().vpcId();
    String groupId = ec2.createSecurityGroup(r -> r.groupName("bastion").description("SSH from anywhere")
        .vpcId(vpcId)).groupId();
    ec2.authorizeSecurityGroupIngress(r -> r.groupId(groupId).ipPermissions(
        IpPermission.builder().ipProtocol("tcp").fromPort(22).toPort(22).ipRanges(i -> i.cidrIp("0.0.0.0/0")).build(),
        IpPermission.builder().ipProtocol("-1").ipv6Ranges(i -> i.cidrIpv6("::/0")).build(),
        IpPermission.builder().ipProtocol("tcp").fromPort(443).toPort(443)
            .userIdGroupPairs(g -> g.groupId(groupId)).build()));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.SECURITY_GROUP);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    // the default VPC's default group, the new VPC's default group, and ours
    assertThat(run.report.resourcesByType()).containsEntry("security_group", 3L);
    Resource group = run.named("bastion");
    assertThat(group.resourceId()).isEqualTo("arn:aws:ec2:us-east-1:" + ACCOUNT + ":security-group/" + groupId);
    assertThat(group.state()).isEmpty();
    assertThat(group.attributes())
        .containsEntry("group_id", groupId)
        .containsEntry("group_name", "bastion")
        .containsEntry("description", "SSH from anywhere")
        .containsEntry("vpc_id", vpcId)
        .containsEntry("egress_rule_count", number(1))
        .containsEntry("ingress_rules", List.of(
            Map.of("protocol", "tcp", "from_port", number(22), "to_port", number(22),
                "ipv4_ranges", List.of("0.0.0.0/0"), "ipv6_ranges", List.of(), "source_groups", List.of(),
                "prefix_lists", List.of()),
            Map.of("protocol", "-1", "ipv4_ranges", List.of(), "ipv6_ranges", List.of("::/0"),
                "source_groups", List.of(), "prefix_lists", List.of()),
            Map.of("protocol", "tcp", "from_port", number(443), "to_port", number(443),
                "ipv4_ranges", List.of(), "ipv6_ranges", List.of(), "source_groups", List.of(groupId),
                "prefix_lists", List.of())));
    assertThat(run.resources()).extracting(Resource::name).containsExactly("bastion", "default", "default");
  }
}
