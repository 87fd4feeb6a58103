package io.github.awsinventory.query.security;

import static io.github.awsinventory.query.security.Resources.AS_OF;
import static io.github.awsinventory.query.security.Resources.evaluate;
import static io.github.awsinventory.query.security.Resources.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** ACM-001: a certificate expiring within 30 days, or expired. */
class CertificateExpiryRuleTest {

  private static Resource certificate(Instant notAfter) {
    return resource(ResourceType.ACM_CERTIFICATE, "c-1").name("www.example.com")
        .putAttributes("not_after", notAfter.toString()).build();
  }

  @Test
  void evaluate_expiringWithin30Days_orExpired_fails() {
    assertThat(evaluate("ACM-001", certificate(AS_OF.plus(Duration.ofDays(12))))).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
      assertThat(f.message()).isEqualTo("ACM certificate www.example.com (c-1) expires on 2026-12-07, in 12 days");
      assertThat(f.evidence()).containsEntry("not_after", "2026-12-07T12:00:00Z");
      assertThat(f.controls()).extracting(Control::toString).containsExactly("FSBP ACM.1");
    });
    assertThat(evaluate("ACM-001", certificate(AS_OF.minus(Duration.ofDays(3))))).singleElement()
        .extracting(Finding::message)
        .isEqualTo("ACM certificate www.example.com (c-1) expired on 2026-11-22, 3 days ago");
    assertThat(evaluate("ACM-001", certificate(AS_OF.plus(Duration.ofDays(30))))).hasSize(1);
  }

  @Test
  void evaluate_expiringLater_orNotIssuedYet_passes() {
    Resource pending = resource(ResourceType.ACM_CERTIFICATE, "c-2")
        .putAttributes("certificate_status", "PENDING_VALIDATION").build();

    assertThat(evaluate("ACM-001", certificate(AS_OF.plus(Duration.ofDays(31))))).isEmpty();
    assertThat(evaluate("ACM-001", pending)).isEmpty();
  }

  @Test
  void evaluate_whenTheExpiryIsUnknown_reportsUnknown() {
    Resource unknown = resource(ResourceType.ACM_CERTIFICATE, "c-3").addUnknownAttributes("not_after").build();

    assertThat(evaluate("ACM-001", unknown)).singleElement().extracting(Finding::status)
        .isEqualTo(FindingStatus.UNKNOWN);
  }
}
