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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.CacheBehavior;
import software.amazon.awssdk.services.cloudfront.model.DistributionConfig;
import software.amazon.awssdk.services.cloudfront.model.Origin;
import software.amazon.awssdk.services.cloudfront.model.ViewerProtocolPolicy;

@AwsEmulatorTest
class CloudFrontDistributionCollectorIT {

  private static final String WEB_ACL = "arn:aws:wafv2:us-east-1:" + ACCOUNT + ":global/webacl/edge/1";

  @Test
  void collect_distributions_reportsBehavioursCertificateWafLoggingOriginsAndTags(AwsEmulator aws) {
    CloudFrontClient cloudfront = aws.client(CloudFrontClient.builder(), ACCOUNT);
    String shop = cloudfront.createDistributionWithTags(d -> d.distributionConfigWithTags(c -> c
        .distributionConfig(shop())
        .tags(t -> t.items(tag -> tag.key("team").value("web"))))).distribution().id();
    String parked = cloudfront.createDistribution(d -> d.distributionConfig(parked())).distribution().id();

    CollectorRun run = CollectorRun.collect(aws, ResourceType.CLOUDFRONT_DISTRIBUTION);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("cloudfront_distribution", 2L);
    assertThat(run.report.detailErrors()).isEmpty();
    Resource web = run.named("shop.example.com");
    assertThat(web.resourceId()).isEqualTo("arn:aws:cloudfront::" + ACCOUNT + ":distribution/" + shop);
    assertThat(web.region()).isEqualTo("global");
    assertThat(web.tags()).isEqualTo(Map.of("team", "web"));
    assertThat(web.state()).isPresent();
    assertThat(web.unknownAttributes()).isEmpty();
    assertThat(web.attributes())
        .containsEntry("distribution_id", shop)
        .containsEntry("enabled", true)
        .containsEntry("aliases", List.of("shop.example.com"))
        .containsEntry("viewer_protocol_policies", List.of("allow-all", "https-only"))
        .containsEntry("default_certificate", false)
        .containsEntry("minimum_protocol_version", "TLSv1.2_2021")
        .containsEntry("waf_enabled", true)
        .containsEntry("web_acl_id", WEB_ACL)
        .containsEntry("logging_enabled", true)
        .containsEntry("origin_protocol_policies", List.of("http-only"))
        .containsEntry("default_root_object", "index.html")
        .containsEntry("price_class", "PriceClass_100")
        .containsKeys("domain_name", "last_modified_time");
    assertThat(web.estimatedMonthlyCost()).isEmpty();
    assertThat(web.costBasis()).hasValue("unknown: billed by requests and data transfer out");
    Resource disabled = run.resources().stream().filter(r -> r.resourceId().endsWith("/" + parked)).findFirst()
        .orElseThrow();
    assertThat(disabled.name()).endsWith(".cloudfront.net");
    assertThat(disabled.attributes())
        .containsEntry("enabled", false)
        .containsEntry("viewer_protocol_policies", List.of("redirect-to-https"))
        .containsEntry("waf_enabled", false)
        .containsEntry("logging_enabled", false)
        .containsEntry("origin_protocol_policies", List.of())
        .containsEntry("default_certificate", true)
        .doesNotContainKeys("web_acl_id", "default_root_object");
  }

  @Test
  void collect_whenTheConfigAndTagsAreDenied_keepsTheDistributionWithThemUnknown(AwsEmulator aws) {
    String account = "333333333333";
    String id = aws.client(CloudFrontClient.builder(), account).createDistribution(d -> d
        .distributionConfig(parked())).distribution().id();
    FaultInjector faults = FaultInjector.withSeed(7);
    FaultRule config = faults.add(FaultRule.accessDenied().service("cloudfront")
        .operation("GET /2020-05-31/distribution/" + id + "/config"));
    FaultRule tags = faults.add(FaultRule.accessDenied().service("cloudfront").operation("GET /2020-05-31/tagging"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.CLOUDFRONT_DISTRIBUTION, account,
        faults.wrap(aws.httpClient()));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(config.injectedCount()).isEqualTo(1);
    assertThat(tags.injectedCount()).isEqualTo(1);
    Resource distribution = run.resources().stream().filter(r -> r.resourceId().endsWith("/" + id)).findFirst()
        .orElseThrow();
    assertThat(distribution.unknownAttributes()).containsExactlyInAnyOrder("logging_enabled", "default_root_object",
        "tags");
    assertThat(distribution.attributes()).containsEntry("distribution_id", id).containsKey("domain_name")
        .doesNotContainKeys("logging_enabled", "default_root_object");
    assertThat(run.report.detailErrors()).hasSize(2).allSatisfy(error -> assertThat(error).asString()
        .contains("distribution/" + id).contains("AccessDenied"));
  }

  private static DistributionConfig shop() {
    return DistributionConfig.builder().callerReference(UUID.randomUUID().toString()).comment("storefront")
        .enabled(true)
        .aliases(a -> a.quantity(1).items("shop.example.com"))
        .origins(o -> o.quantity(1).items(Origin.builder().id("app").domainName("app.example.com")
            .customOriginConfig(c -> c.httpPort(80).httpsPort(443).originProtocolPolicy("http-only")).build()))
        .defaultCacheBehavior(b -> b.targetOriginId("app").viewerProtocolPolicy(ViewerProtocolPolicy.ALLOW_ALL)
            .forwardedValues(f -> f.queryString(false).cookies(k -> k.forward("none"))).minTTL(0L))
        .cacheBehaviors(c -> c.quantity(1).items(CacheBehavior.builder().pathPattern("/account/*")
            .targetOriginId("app").viewerProtocolPolicy(ViewerProtocolPolicy.HTTPS_ONLY)
            .forwardedValues(f -> f.queryString(true).cookies(k -> k.forward("all"))).minTTL(0L).build()))
        .viewerCertificate(v -> v.cloudFrontDefaultCertificate(false)
            .acmCertificateArn("arn:aws:acm:us-east-1:" + ACCOUNT + ":certificate/1234abcd-12ab-34cd-56ef-1234567890ab")
            .sslSupportMethod("sni-only").minimumProtocolVersion("TLSv1.2_2021"))
        .webACLId(WEB_ACL)
        .logging(l -> l.enabled(true).includeCookies(false).bucket("logs.s3.amazonaws.com").prefix("shop/"))
        .defaultRootObject("index.html")
        .priceClass("PriceClass_100")
        .build();
  }

  private static DistributionConfig parked() {
    return DistributionConfig.builder().callerReference(UUID.randomUUID().toString()).comment("parked")
        .enabled(false)
        .origins(o -> o.quantity(1).items(Origin.builder().id("assets").domainName("assets.s3.amazonaws.com")
            .s3OriginConfig(s -> s.originAccessIdentity("")).build()))
        .defaultCacheBehavior(b -> b.targetOriginId("assets")
            .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
            .forwardedValues(f -> f.queryString(false).cookies(k -> k.forward("none"))).minTTL(0L))
        .build();
  }
}
