package io.github.awsinventory.examples.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.awsinventory.model.Resource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TeamPrefixDepartmentRuleTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private final TeamPrefixDepartmentRule rule = new TeamPrefixDepartmentRule(Map.of("Payments", "finance"),
      List.of("Department", "CostCenter"));

  @Test
  void department_ofAResourceNamedAfterATeam_isTheTeamsWhateverTheCase() {
    assertThat(rule.department(queue("payments-orders").build(), Optional.of("engineering"))).contains("finance");
    assertThat(rule.department(queue("PAYMENTS-audit.fifo").build(), Optional.empty())).contains("finance");
  }

  @Test
  void department_isLeftToTheNextRule_forUnknownTeamsNamesWithoutPrefixAndTaggedResources() {
    assertThat(rule.department(queue("search-indexer").build(), Optional.of("engineering"))).isEmpty();
    assertThat(rule.department(queue("payments").build(), Optional.empty())).isEmpty();
    assertThat(rule.department(queue("-payments").build(), Optional.empty())).isEmpty();
    assertThat(rule.department(queue("payments-orders").putTags("costcenter", "risk").build(), Optional.empty()))
        .isEmpty();
  }

  @Test
  void constructor_refusesTeamsThatCannotMatch() {
    assertThatThrownBy(() -> new TeamPrefixDepartmentRule(Map.of("data-platform", "data"), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("data-platform");
  }

  private static Resource.Builder queue(String name) {
    return Resource.builder().resourceId("arn:aws:sqs:us-east-1:111111111111:" + name)
        .resourceType(SqsQueueCollector.SQS_QUEUE).accountId("111111111111").accountName("engineering")
        .region("us-east-1").name(name).firstSeen(NOW).lastSeen(NOW);
  }
}
