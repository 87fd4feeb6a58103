package io.github.awsinventory.query.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.CostThresholds;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnusedCertificateRuleTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  private static Resource.Builder certificate(String status, boolean inUse) {
    return Resource.builder().resourceId("arn:aws:acm:us-east-1:111111111111:certificate/c-1")
        .resourceType(ResourceType.ACM_CERTIFICATE).accountId("111111111111").accountName("engineering")
        .region("us-east-1").name("www.example.com").firstSeen(NOW).lastSeen(NOW)
        .putAttributes("certificate_status", status).putAttributes("in_use", inUse)
        .putAttributes("in_use_by", inUse ? List.of("arn:aws:elasticloadbalancing:us-east-1:111111111111:"
            + "loadbalancer/app/web/1") : List.of())
        .putAttributes("certificate_type", "AMAZON_ISSUED")
        .putAttributes("not_after", "2027-06-01T00:00:00Z")
        .putAttributes("creation_date", NOW.minus(Duration.ofDays(40)).toString());
  }

  private static WasteRule rule() {
    return WasteRules.of(ResourceType.ACM_CERTIFICATE).get(0);
  }

  @Test
  void evaluate_anIssuedCertificateUsedByNothing_isWasteAgedFromItsCreation() {
    assertThat(rule().evaluate(certificate("ISSUED", false).build(), CostThresholds.defaults(), NOW))
        .hasValueSatisfying(w -> {
          assertThat(w.detail()).isEqualTo("issued, used by nothing (AMAZON_ISSUED), expires 2027-06-01");
          assertThat(w.ageDays()).isEqualTo(40L);
        });
  }

  @Test
  void evaluate_aCertificateInUse_pending_orOfUnknownUse_isNotWaste() {
    Resource unknown = Resource.builder().resourceId("arn:aws:acm:us-east-1:111111111111:certificate/c-2")
        .resourceType(ResourceType.ACM_CERTIFICATE).accountId("111111111111").accountName("engineering")
        .region("us-east-1").name("x").firstSeen(NOW).lastSeen(NOW).putAttributes("certificate_status", "ISSUED")
        .addUnknownAttributes("in_use").build();

    assertThat(rule().evaluate(certificate("ISSUED", true).build(), CostThresholds.defaults(), NOW)).isEmpty();
    assertThat(rule().evaluate(certificate("PENDING_VALIDATION", false).build(), CostThresholds.defaults(), NOW))
        .isEmpty();
    assertThat(rule().evaluate(unknown, CostThresholds.defaults(), NOW)).isEmpty();
  }
}
