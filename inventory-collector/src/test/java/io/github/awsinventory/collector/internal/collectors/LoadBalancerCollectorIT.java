package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.collector.internal.collectors.CollectorRun.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.fault.FaultInjector;
import io.github.awsinventory.testkit.fault.FaultRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;

@AwsEmulatorTest
class LoadBalancerCollectorIT {

  @Test
  void collect_applicationAndNetworkBalancers_reportsTypeSchemeAndTags(AwsEmulator aws) {
    Network network = network(aws, ACCOUNT);
    ElasticLoadBalancingV2Client elb = aws.client(ElasticLoadBalancingV2Client.builder(), ACCOUNT);
    LoadBalancer alb = elb.createLoadBalancer(r -> r.name("web").type("application").scheme("internet-facing")
        .subnets(network.subnets()).securityGroups(network.securityGroup())
        .tags(t -> t.key("Name").value("web-alb"), t -> t.key("team").value("storefront"))).loadBalancers().get(0);
    LoadBalancer nlb = elb.createLoadBalancer(r -> r.name("queue").type("network").scheme("internal")
        .subnets(network.subnets())).loadBalancers().get(0);

    CollectorRun run = CollectorRun.collect(aws, ResourceType.LOAD_BALANCER);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("load_balancer", 2L);
    Resource web = run.named("web-alb");
    assertThat(web.resourceId()).isEqualTo(alb.loadBalancerArn());
    assertThat(web.tags()).isEqualTo(Map.of("Name", "web-alb", "team", "storefront"));
    assertThat(web.state()).hasValue("active");
    assertThat(web.createdAt()).hasValue(alb.createdTime());
    assertThat(web.attributes())
        .containsEntry("lb_type", "application")
        .containsEntry("scheme", "internet-facing")
        .containsEntry("dns_name", alb.dnsName())
        .containsEntry("vpc_id", network.vpcId())
        .containsEntry("availability_zones", List.of("us-east-1a", "us-east-1b"))
        .containsEntry("security_groups", List.of(network.securityGroup()))
        .containsEntry("ip_address_type", "ipv4")
        .containsEntry("created_time", alb.createdTime().toString());
    Resource queue = run.named("queue");
    assertThat(queue.resourceId()).isEqualTo(nlb.loadBalancerArn());
    assertThat(queue.tags()).isEmpty();
    assertThat(queue.attributes()).containsEntry("lb_type", "network").containsEntry("scheme", "internal");
    assertThat(run.resources()).allSatisfy(r -> assertThat(r.unknownAttributes()).isEmpty());
  }

  @Test
  void collect_whenTagsAreDenied_keepsBalancerWithTagsUnknown(AwsEmulator aws) {
    String account = "333333333333";
    Network network = network(aws, account);
    aws.client(ElasticLoadBalancingV2Client.builder(), account).createLoadBalancer(r -> r.name("tagless")
        .subnets(network.subnets()).tags(t -> t.key("Name").value("hidden")));
    FaultInjector faults = FaultInjector.withSeed(7);
    faults.add(FaultRule.accessDenied().service("elasticloadbalancing").operation("DescribeTags"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.LOAD_BALANCER, account, faults.wrap(aws.httpClient()));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    Resource balancer = run.named("tagless");
    assertThat(balancer.unknownAttributes()).containsExactly("tags");
    assertThat(balancer.tags()).isEmpty();
    assertThat(balancer.attributes()).containsEntry("lb_type", "application");
    assertThat(run.report.detailErrors()).singleElement().asString()
        .contains(balancer.resourceId()).contains("tags").contains("AccessDenied");
  }

  private static Network network(AwsEmulator aws, String account) {
    Ec2Client ec2 = aws.client(Ec2Client.builder(), account);
    String vpcId = ec2.createVpc(r -> r.cidrBlock("10.40.0.0/16")).vpc().vpcId();
    String a = ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.40.1.0/24").availabilityZone("us-east-1a"))
        .subnet().subnetId();
    String b = ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.40.2.0/24").availabilityZone("us-east-1b"))
        .subnet().subnetId();
    String group = ec2.createSecurityGroup(r -> r.groupName("web").description("web").vpcId(vpcId)).groupId();
    return new Network(vpcId, List.of(a, b), group);
  }

  private record Network(String vpcId, List<String> subnets, String securityGroup) {}
}
