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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.RRType;
import software.amazon.awssdk.services.route53.model.TagResourceType;

@AwsEmulatorTest
class Route53HostedZoneCollectorIT {

  @Test
  void collect_zones_reportsPrivacyRecordsCommentTagsQueryLoggingAndDnssec(AwsEmulator aws) {
    Route53Client route53 = aws.client(Route53Client.builder(), ACCOUNT);
    String shop = zone(route53, "shop.example.com", "storefront");
    route53.changeTagsForResource(t -> t.resourceType(TagResourceType.HOSTEDZONE).resourceId(shop)
        .addTags(tag -> tag.key("team").value("web")));
    route53.changeResourceRecordSets(c -> c.hostedZoneId(shop).changeBatch(b -> b.changes(change -> change
        .action(ChangeAction.CREATE).resourceRecordSet(s -> s.name("www.shop.example.com").type(RRType.A).ttl(300L)
            .resourceRecords(v -> v.value("192.0.2.10"))))));
    String group = "/aws/route53/shop.example.com";
    aws.client(CloudWatchLogsClient.builder(), ACCOUNT).createLogGroup(g -> g.logGroupName(group));
    route53.createQueryLoggingConfig(q -> q.hostedZoneId(shop)
        .cloudWatchLogsLogGroupArn("arn:aws:logs:us-east-1:" + ACCOUNT + ":log-group:" + group + ":*"));
    String parked = zone(route53, "parked.example.org", null);
    String vpc = aws.client(Ec2Client.builder(), ACCOUNT).createVpc(v -> v.cidrBlock("10.20.0.0/16")).vpc().vpcId();
    String internal = route53.createHostedZone(z -> z.name("internal.example").callerReference(UUID.randomUUID()
        .toString()).hostedZoneConfig(c -> c.privateZone(true)).vpc(v -> v.vpcId(vpc).vpcRegion("us-east-1")))
        .hostedZone().id();

    CollectorRun run = CollectorRun.collect(aws, ResourceType.ROUTE53_HOSTED_ZONE);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("route53_hosted_zone", 3L);
    assertThat(run.report.detailErrors()).isEmpty();
    Resource logged = run.resources().stream().filter(r -> r.resourceId().endsWith(shop)).findFirst().orElseThrow();
    assertThat(logged.resourceId()).isEqualTo("arn:aws:route53:::hostedzone/" + shop);
    assertThat(logged.region()).isEqualTo("global");
    assertThat(logged.name()).isEqualTo("shop.example.com.");
    assertThat(logged.tags()).isEqualTo(Map.of("team", "web"));
    assertThat(logged.unknownAttributes()).isEmpty();
    assertThat(logged.attributes())
        .containsEntry("zone_id", shop)
        .containsEntry("domain_name", "shop.example.com.")
        .containsEntry("private_zone", false)
        .containsEntry("record_count", number(3))
        .containsEntry("comment", "storefront")
        .containsEntry("query_logging", true)
        .containsEntry("dnssec_status", "NOT_SIGNING"); // the emulator signs no zone
    assertThat(logged.estimatedMonthlyCost()).hasValueSatisfying(cost -> assertThat(cost).isEqualByComparingTo("0.50"));
    Resource empty = run.named("parked.example.org.");
    assertThat(empty.attributes())
        .containsEntry("record_count", number(2))
        .containsEntry("query_logging", false)
        .doesNotContainKey("comment");
    Resource privateZone = run.named("internal.example.");
    assertThat(privateZone.resourceId()).isEqualTo("arn:aws:route53:::hostedzone/" + internal);
    assertThat(privateZone.attributes())
        .containsEntry("private_zone", true)
        .containsEntry("query_logging", false)
        .doesNotContainKey("dnssec_status");
  }

  @Test
  void collect_whenTheDetailCallsAreDenied_keepsTheZoneWithTagsLoggingAndDnssecUnknown(AwsEmulator aws) {
    String account = "333333333333";
    String id = zone(aws.client(Route53Client.builder(), account), "denied.example.net", "locked");
    FaultInjector faults = FaultInjector.withSeed(7);
    FaultRule tags = faults.add(FaultRule.accessDenied().service("route53")
        .operation("POST /2013-04-01/tags/hostedzone"));
    FaultRule logging = faults.add(FaultRule.accessDenied().service("route53")
        .operation("GET /2013-04-01/queryloggingconfig"));
    FaultRule dnssec = faults.add(FaultRule.accessDenied().service("route53")
        .operation("GET /2013-04-01/hostedzone/" + id + "/dnssec"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.ROUTE53_HOSTED_ZONE, account,
        faults.wrap(aws.httpClient()));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(tags.injectedCount()).isEqualTo(1);
    assertThat(logging.injectedCount()).isEqualTo(1);
    assertThat(dnssec.injectedCount()).isEqualTo(1);
    Resource zone = run.named("denied.example.net.");
    assertThat(zone.unknownAttributes()).containsExactlyInAnyOrder("tags", "query_logging", "dnssec_status");
    assertThat(zone.attributes()).containsEntry("comment", "locked").containsEntry("private_zone", false)
        .doesNotContainKeys("query_logging", "dnssec_status");
    assertThat(run.report.detailErrors()).hasSize(3).allSatisfy(error -> assertThat(error).asString()
        .contains("hostedzone/" + id).contains("AccessDenied"));
  }

  private static String zone(Route53Client route53, String name, String comment) {
    return route53.createHostedZone(z -> z.name(name).callerReference(UUID.randomUUID().toString())
        .hostedZoneConfig(c -> c.comment(comment))).hostedZone().id();
  }
}
