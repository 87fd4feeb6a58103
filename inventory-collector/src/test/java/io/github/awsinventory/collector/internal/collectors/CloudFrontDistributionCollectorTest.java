package io.github.awsinventory.collector.internal.collectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudfront.model.CacheBehavior;
import software.amazon.awssdk.services.cloudfront.model.CacheBehaviors;
import software.amazon.awssdk.services.cloudfront.model.DefaultCacheBehavior;
import software.amazon.awssdk.services.cloudfront.model.Origin;
import software.amazon.awssdk.services.cloudfront.model.Origins;
import software.amazon.awssdk.services.cloudfront.model.ViewerProtocolPolicy;

class CloudFrontDistributionCollectorTest {

  @Test
  void viewerProtocolPolicies_areTheDefaultBehavioursThenTheOrderedOnes() {
    CloudFrontDistributionCollector.Settings settings = new CloudFrontDistributionCollector.Settings(true, null,
        DefaultCacheBehavior.builder().viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS).build(),
        CacheBehaviors.builder().quantity(2).items(
            CacheBehavior.builder().pathPattern("/api/*").viewerProtocolPolicy(ViewerProtocolPolicy.HTTPS_ONLY).build(),
            CacheBehavior.builder().pathPattern("/legacy/*").viewerProtocolPolicy(ViewerProtocolPolicy.ALLOW_ALL)
                .build()).build(),
        null, "", null, "PriceClass_100");

    assertThat(CloudFrontDistributionCollector.viewerProtocolPolicies(settings))
        .containsExactly("redirect-to-https", "https-only", "allow-all");
  }

  @Test
  void originProtocolPolicies_listOnlyTheCustomOrigins() {
    Origins origins = Origins.builder().quantity(3).items(
        Origin.builder().id("s3").domainName("assets.s3.amazonaws.com").s3OriginConfig(s -> s.originAccessIdentity(""))
            .build(),
        Origin.builder().id("api").domainName("api.example.com")
            .customOriginConfig(c -> c.originProtocolPolicy("http-only")).build(),
        Origin.builder().id("web").domainName("web.example.com")
            .customOriginConfig(c -> c.originProtocolPolicy("https-only")).build()).build();

    assertThat(CloudFrontDistributionCollector.originProtocolPolicies(origins))
        .containsExactly("http-only", "https-only");
    assertThat(CloudFrontDistributionCollector.originProtocolPolicies(null)).isEqualTo(List.of());
  }
}
