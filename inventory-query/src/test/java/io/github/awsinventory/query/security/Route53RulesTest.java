package io.github.awsinventory.query.security;

import static io.github.awsinventory.query.security.Resources.evaluate;
import static io.github.awsinventory.query.security.Resources.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Route 53 rules, which check public hosted zones only. */
class Route53RulesTest {

  private static Resource.Builder zone(boolean isPrivate) {
    return resource(ResourceType.ROUTE53_HOSTED_ZONE, "Z0123").name("example.com.")
        .putAttributes("private_zone", isPrivate);
  }

  @Test
  void route53001_whenAPublicZoneDoesNotLogQueries_failsWithTheControl() {
    Resource zone = zone(false).putAttributes("query_logging", false).build();

    List<Finding> findings = evaluate("ROUTE53-001", zone);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
      assertThat(f.evidence()).containsExactly(Map.entry("private_zone", false), Map.entry("query_logging", false));
      assertThat(f.message()).isEqualTo("Route 53 hosted zone example.com. (Z0123) does not log DNS queries "
          + "(query_logging false)");
      assertThat(f.controls()).extracting(Control::toString).containsExactly("FSBP Route53.2");
    });
  }

  @Test
  void route53001_whenTheZoneLogsQueriesOrIsPrivate_passes() {
    Resource logged = zone(false).putAttributes("query_logging", true).build();
    Resource privateZone = zone(true).putAttributes("query_logging", false).build();

    assertThat(evaluate("ROUTE53-001", logged)).isEmpty();
    assertThat(evaluate("ROUTE53-001", privateZone)).isEmpty();
  }

  @Test
  void route53001_whenQueryLoggingIsUnknown_reportsUnknown() {
    Resource zone = zone(false).addUnknownAttributes("query_logging").build();

    assertThat(evaluate("ROUTE53-001", zone)).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.UNKNOWN);
      assertThat(f.evidence()).containsExactly(Map.entry(Finding.UNKNOWN_ATTRIBUTES, List.of("query_logging")));
    });
  }

  @Test
  void route53002_whenAPublicZoneIsNotSigned_failsWithoutAControl() {
    Resource zone = zone(false).putAttributes("dnssec_status", "NOT_SIGNING").build();

    List<Finding> findings = evaluate("ROUTE53-002", zone);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
      assertThat(f.evidence()).containsEntry("dnssec_status", "NOT_SIGNING");
      assertThat(f.message()).isEqualTo("Route 53 hosted zone example.com. (Z0123) is not signed with DNSSEC "
          + "(dnssec_status NOT_SIGNING)");
      assertThat(f.controls()).isEmpty();
    });
  }

  @Test
  void route53002_whenTheZoneIsSignedOrPrivate_passes() {
    Resource signed = zone(false).putAttributes("dnssec_status", "SIGNING").build();
    Resource privateZone = zone(true).build();

    assertThat(evaluate("ROUTE53-002", signed)).isEmpty();
    assertThat(evaluate("ROUTE53-002", privateZone)).isEmpty();
  }

  @Test
  void route53002_whenThePrivacyOrStatusIsUnknown_reportsUnknown() {
    Resource unknownPrivacy = resource(ResourceType.ROUTE53_HOSTED_ZONE, "Z1").addUnknownAttributes("private_zone")
        .putAttributes("dnssec_status", "SIGNING").build();
    Resource unknownStatus = zone(false).addUnknownAttributes("dnssec_status").build();

    assertThat(evaluate("ROUTE53-002", unknownPrivacy)).extracting(Finding::status)
        .containsExactly(FindingStatus.UNKNOWN);
    assertThat(evaluate("ROUTE53-002", unknownStatus)).singleElement().satisfies(f ->
        assertThat(f.evidence()).containsExactly(Map.entry(Finding.UNKNOWN_ATTRIBUTES, List.of("dnssec_status"))));
  }
}
