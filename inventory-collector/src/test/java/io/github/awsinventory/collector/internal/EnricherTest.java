package io.github.awsinventory.collector.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.collector.spi.CostEstimate;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnricherTest {

  private static final Instant NOW = Instant.parse("2026-11-25T00:00:00Z");

  @Test
  void department_tagWinsOverAccount_matchedWithoutRegardToCaseInConfiguredOrder() {
    Enricher enricher = new Enricher(List.of(), List.of("Department", "CostCenter"), List.of());

    assertThat(enricher.department(resource().putTags("department", "ml").putTags("CostCenter", "cc").build(),
        Optional.of("engineering"))).isEqualTo("ml");
    assertThat(enricher.department(resource().putTags("COSTCENTER", "cc").build(), Optional.of("engineering")))
        .isEqualTo("cc");
    assertThat(enricher.department(resource().putTags("Team", "x").build(), Optional.of("engineering")))
        .isEqualTo("engineering");
    assertThat(enricher.department(resource().build(), Optional.empty())).isEqualTo(Resource.UNASSIGNED);
    assertThat(enricher.department(resource().putTags("Department", " ").build(), Optional.empty()))
        .isEqualTo(Resource.UNASSIGNED);
  }

  @Test
  void department_customRulesComeFirst() {
    Enricher enricher = new Enricher(List.of((r, account) -> r.name().startsWith("ml-") ? Optional.of("data-science")
        : Optional.empty()), List.of("Department"), List.of());

    assertThat(enricher.department(resource().name("ml-training").putTags("Department", "x").build(), Optional.empty()))
        .isEqualTo("data-science");
    assertThat(enricher.department(resource().name("web").putTags("Department", "x").build(), Optional.empty()))
        .isEqualTo("x");
  }

  @Test
  void cost_firstAnsweringEstimatorDecides_noneMeansUnknownNotZero() {
    Enricher enricher = new Enricher(List.of(), List.of(), List.of(
        r -> Optional.empty(),
        r -> r.name().equals("priced") ? Optional.of(CostEstimate.known(new BigDecimal("12.50"), "test")) : Optional.empty()));

    Resource priced = enricher.enrich(resource().name("priced").build(), Optional.empty(), Optional.empty());
    Resource unpriced = enricher.enrich(resource().name("other").build(), Optional.empty(), Optional.empty());

    assertThat(priced.estimatedMonthlyCost()).contains(new BigDecimal("12.50"));
    assertThat(priced.costBasis()).contains("test");
    assertThat(unpriced.estimatedMonthlyCost()).isEmpty();
    assertThat(unpriced.costBasis()).hasValueSatisfying(b -> assertThat(b).startsWith("unknown:").contains("sqs_queue"));
  }

  private static Resource.Builder resource() {
    return Resource.builder().resourceId("arn:aws:sqs:us-east-1:111111111111:q").resourceType(ResourceType.of("sqs_queue"))
        .accountId("111111111111").accountName("a").region("us-east-1").name("q").firstSeen(NOW).lastSeen(NOW);
  }
}
