package io.github.awsinventory.query.security;

import static io.github.awsinventory.query.security.Resources.evaluate;
import static io.github.awsinventory.query.security.Resources.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The CloudFront distribution rules. */
class CloudFrontRulesTest {

  /** A distribution that every rule passes. */
  private static Resource.Builder secure() {
    return resource(ResourceType.CLOUDFRONT_DISTRIBUTION, "E2ABC").name("shop.example.com")
        .putAttributes("viewer_protocol_policies", List.of("redirect-to-https", "https-only"))
        .putAttributes("waf_enabled", true)
        .putAttributes("web_acl_id", "arn:aws:wafv2:us-east-1:111111111111:global/webacl/edge/1")
        .putAttributes("logging_enabled", true)
        .putAttributes("origin_protocol_policies", List.of("https-only", "match-viewer"))
        .putAttributes("default_certificate", false)
        .putAttributes("minimum_protocol_version", "TLSv1.2_2021");
  }

  static Stream<Arguments> failing() {
    return Stream.of(
        Arguments.of("CLOUDFRONT-001", secure().putAttributes("viewer_protocol_policies",
            List.of("redirect-to-https", "allow-all")),
            Map.of("viewer_protocol_policies", List.of("redirect-to-https", "allow-all")),
            "has a cache behaviour that allows plain HTTP (viewer_protocol_policies [redirect-to-https, allow-all])",
            "FSBP CloudFront.3"),
        Arguments.of("CLOUDFRONT-002", secure().putAttributes("waf_enabled", false), Map.of("waf_enabled", false),
            "has no WAF web ACL (waf_enabled false)", "FSBP CloudFront.6"),
        Arguments.of("CLOUDFRONT-003", secure().putAttributes("logging_enabled", false),
            Map.of("logging_enabled", false), "does not log viewer requests (logging_enabled false)",
            "FSBP CloudFront.5"),
        Arguments.of("CLOUDFRONT-004", secure().putAttributes("origin_protocol_policies", List.of("http-only")),
            Map.of("origin_protocol_policies", List.of("http-only")),
            "reaches a custom origin over plain HTTP (origin_protocol_policies [http-only])", "FSBP CloudFront.9"),
        Arguments.of("CLOUDFRONT-005", secure().putAttributes("minimum_protocol_version", "TLSv1.1_2016"),
            Map.of("default_certificate", false, "minimum_protocol_version", "TLSv1.1_2016"),
            "accepts viewers on an outdated security policy (minimum_protocol_version TLSv1.1_2016)",
            "FSBP CloudFront.15"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failing")
  void evaluate_whenTheDistributionBreaksTheRule_failsWithEvidenceAndControl(String ruleId, Resource.Builder builder,
      Map<String, Object> evidence, String problem, String control) {
    List<Finding> findings = evaluate(ruleId, builder.build());

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
      assertThat(f.evidence()).containsExactlyInAnyOrderEntriesOf(evidence);
      assertThat(f.message()).isEqualTo("CloudFront distribution shop.example.com (E2ABC) " + problem);
      assertThat(f.controls()).extracting(Control::toString).containsExactly(control);
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failing")
  void evaluate_whenTheDistributionIsSecure_passes(String ruleId, Resource.Builder failing,
      Map<String, Object> evidence, String problem, String control) {
    assertThat(evaluate(ruleId, secure().build())).isEmpty();
  }

  @Test
  void cloudfront004_matchViewerOrigin_failsOnlyWhenViewersMayUsePlainHttp() {
    Resource plainViewers = secure().putAttributes("origin_protocol_policies", List.of("match-viewer"))
        .putAttributes("viewer_protocol_policies", List.of("allow-all")).build();

    assertThat(evaluate("CLOUDFRONT-004", plainViewers)).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
      assertThat(f.evidence()).containsEntry("origin_protocol_policies", List.of("match-viewer"))
          .containsEntry("viewer_protocol_policies", List.of("allow-all"));
    });
  }

  @Test
  void cloudfront005_onTheDefaultCertificate_passesWhateverItsPolicy() {
    Resource defaultCertificate = secure().putAttributes("default_certificate", true)
        .putAttributes("minimum_protocol_version", "TLSv1").build();

    assertThat(evaluate("CLOUDFRONT-005", defaultCertificate)).isEmpty();
  }

  @Test
  void evaluate_whenTheSettingsAreUnknownOrMissing_reportsUnknown() {
    Resource unknown = resource(ResourceType.CLOUDFRONT_DISTRIBUTION, "E3DEF")
        .addUnknownAttributes("logging_enabled").build();

    for (String ruleId : List.of("CLOUDFRONT-001", "CLOUDFRONT-002", "CLOUDFRONT-003", "CLOUDFRONT-004",
        "CLOUDFRONT-005")) {
      assertThat(evaluate(ruleId, unknown)).as(ruleId).extracting(Finding::status)
          .containsExactly(FindingStatus.UNKNOWN);
    }
    assertThat(evaluate("CLOUDFRONT-003", unknown)).singleElement().satisfies(f -> assertThat(f.evidence())
        .containsExactly(Map.entry(Finding.UNKNOWN_ATTRIBUTES, List.of("logging_enabled"))));
  }
}
