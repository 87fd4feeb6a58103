package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.collector.internal.collectors.CollectorRun.ACCOUNT;
import static io.github.awsinventory.collector.internal.collectors.CollectorRun.number;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.fault.FaultInjector;
import io.github.awsinventory.testkit.fault.FaultRule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.elasticloadbalancing.ElasticLoadBalancingClient;
import software.amazon.awssdk.services.elasticloadbalancing.model.Listener;
import software.amazon.awssdk.services.iam.IamClient;

@AwsEmulatorTest
class ElbClassicLoadBalancerCollectorIT {

  @Test
  void collect_classicLoadBalancers_reportsSchemeListenersInstancesCrossZoneAndTags(AwsEmulator aws) {
    ElasticLoadBalancingClient elb = aws.client(ElasticLoadBalancingClient.builder(), ACCOUNT);
    elb.createLoadBalancer(r -> r.loadBalancerName("shop").availabilityZones("us-east-1a")
        .listeners(listener("HTTP", 80, "HTTP", 8080), listener("TCP", 8443, "TCP", 8443))
        .tags(t -> t.key("team").value("storefront")));
    String certificate = aws.client(IamClient.builder(), ACCOUNT).uploadServerCertificate(r -> r
        .serverCertificateName("ledger").certificateBody("test-certificate").privateKey("test-key"))
        .serverCertificateMetadata().arn();
    elb.createLoadBalancer(r -> r.loadBalancerName("ledger").scheme("internal").availabilityZones("us-east-1b")
        .listeners(listener("HTTPS", 443, "HTTP", 8080).toBuilder().sslCertificateId(certificate).build()));
    Ec2Client ec2 = aws.client(Ec2Client.builder(), ACCOUNT);
    String image = ec2.registerImage(r -> r.name("shop-base")).imageId();
    String instance = ec2.runInstances(r -> r.imageId(image).minCount(1).maxCount(1)).instances().get(0)
        .instanceId();
    elb.registerInstancesWithLoadBalancer(r -> r.loadBalancerName("shop").instances(i -> i.instanceId(instance)));
    elb.modifyLoadBalancerAttributes(r -> r.loadBalancerName("shop")
        .loadBalancerAttributes(a -> a.crossZoneLoadBalancing(c -> c.enabled(true))));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.ELB_CLASSIC_LOAD_BALANCER);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("elb_classic_load_balancer", 2L);
    assertThat(run.report.detailErrors()).isEmpty();
    Resource shop = run.named("shop");
    assertThat(shop.resourceId()).isEqualTo("arn:aws:elasticloadbalancing:us-east-1:" + ACCOUNT + ":loadbalancer/shop");
    assertThat(shop.state()).isEmpty();
    assertThat(shop.tags()).isEqualTo(Map.of("team", "storefront"));
    assertThat(shop.createdAt()).isPresent();
    assertThat(shop.unknownAttributes()).isEmpty();
    assertThat(shop.attributes())
        .containsEntry("scheme", "internet-facing")
        .containsEntry("availability_zones", List.of("us-east-1a"))
        .containsEntry("listeners", List.of(
            Map.of("protocol", "HTTP", "load_balancer_port", number(80), "instance_protocol", "HTTP",
                "instance_port", number(8080)),
            Map.of("protocol", "TCP", "load_balancer_port", number(8443), "instance_protocol", "TCP",
                "instance_port", number(8443))))
        .containsEntry("listener_protocols", List.of("HTTP", "TCP"))
        .containsEntry("registered_instance_count", number(1))
        .containsEntry("cross_zone_load_balancing", true)
        .containsEntry("created_time", shop.createdAt().get().toString())
        .containsKeys("dns_name", "vpc_id");
    assertThat(shop.estimatedMonthlyCost()).contains(new BigDecimal("18.25"));
    Resource ledger = run.named("ledger");
    assertThat(ledger.tags()).isEmpty();
    assertThat(ledger.attributes())
        .containsEntry("scheme", "internal")
        .containsEntry("listener_protocols", List.of("HTTPS"))
        .containsEntry("registered_instance_count", number(0))
        .containsEntry("cross_zone_load_balancing", false);
  }

  @Test
  void collect_whenAttributesAreDenied_keepsTheLoadBalancerWithCrossZoneUnknown(AwsEmulator aws) {
    String account = "333333333333";
    aws.client(ElasticLoadBalancingClient.builder(), account).createLoadBalancer(r -> r.loadBalancerName("denied")
        .availabilityZones("us-east-1a").listeners(listener("HTTP", 80, "HTTP", 80)));
    FaultInjector faults = FaultInjector.withSeed(7);
    FaultRule denied = faults.add(FaultRule.accessDenied().service("elasticloadbalancing")
        .operation("DescribeLoadBalancerAttributes"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.ELB_CLASSIC_LOAD_BALANCER, account,
        faults.wrap(aws.httpClient()));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(denied.injectedCount()).isEqualTo(1);
    Resource balancer = run.named("denied");
    assertThat(balancer.unknownAttributes()).containsExactly("cross_zone_load_balancing");
    assertThat(balancer.attributes()).doesNotContainKey("cross_zone_load_balancing")
        .containsEntry("listener_protocols", List.of("HTTP"));
    assertThat(run.report.detailErrors()).singleElement().asString()
        .contains(balancer.resourceId()).contains("cross_zone_load_balancing");
  }

  private static Listener listener(String protocol, int port, String instanceProtocol, int instancePort) {
    return Listener.builder().protocol(protocol).loadBalancerPort(port).instanceProtocol(instanceProtocol)
        .instancePort(instancePort).build();
  }
}
