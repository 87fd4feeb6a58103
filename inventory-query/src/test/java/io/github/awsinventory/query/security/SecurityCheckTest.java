package io.github.awsinventory.query.security;

import static io.github.awsinventory.query.security.Resources.AS_OF;
import static io.github.awsinventory.query.security.Resources.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.query.QueryException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SecurityCheckTest {

  private static Resource volume(String id, boolean encrypted) {
    return resource(ResourceType.EBS_VOLUME, id).putAttributes("encrypted", encrypted).build();
  }

  private static SecurityRule throwing(String id, RuntimeException error) {
    return CustomRules.ofEbsVolumes(id, (resource, asOf) -> {
      throw error;
    });
  }

  @Test
  void run_evaluatesEachResourceAgainstTheRulesOfItsType_andCountsPerType() {
    Resource unencrypted = volume("vol-1", false);
    Resource encrypted = volume("vol-2", true);
    Resource table = resource(ResourceType.DYNAMODB_TABLE, "events").putAttributes("deletion_protection", false)
        .build();
    Resource address = resource(ResourceType.ELASTIC_IP, "eipalloc-1").build();

    SecurityReport report = SecurityCheck.of(SecurityRules.discover())
        .run(List.of(unencrypted, encrypted, table, address), AS_OF);

    assertThat(report.findings()).extracting(Finding::ruleId, Finding::resourceId).containsExactlyInAnyOrder(
        tuple("EBS-001", unencrypted.resourceId()),
        tuple("ACME-001", table.resourceId()));
    assertThat(report.resourcesEvaluated()).containsEntry(ResourceType.EBS_VOLUME, 2L)
        .containsEntry(ResourceType.DYNAMODB_TABLE, 1L).containsEntry(ResourceType.IAM_USER, 0L)
        .doesNotContainKey(ResourceType.ELASTIC_IP);
    assertThat(report.totalResourcesEvaluated()).isEqualTo(3);
    assertThat(report.rules()).filteredOn(r -> r.id().equals("EBS-001")).singleElement()
        .satisfies(r -> assertThat(r.failed()).isEqualTo(1));
  }

  @Test
  void run_readsTheResourcesOnce_soAnyStreamCanFeedIt() {
    AtomicInteger iterations = new AtomicInteger();
    Iterable<Resource> once = () -> {
      if (iterations.incrementAndGet() > 1) {
        throw new IllegalStateException("read twice");
      }
      return IntStream.range(0, 1000).mapToObj(i -> volume("vol-" + i, i % 10 != 0)).iterator();
    };

    SecurityReport report = SecurityCheck.builtIn().run(once, AS_OF);

    assertThat(report.count(FindingStatus.FAIL)).isEqualTo(100);
    assertThat(report.resourcesEvaluated()).containsEntry(ResourceType.EBS_VOLUME, 1000L);
    assertThat(iterations).hasValue(1);
  }

  @Test
  void run_passesTheReportTimeToTheRules() {
    Instant[] seen = new Instant[1];
    SecurityRule rule = CustomRules.ofEbsVolumes("ACME-009", (resource, asOf) -> {
      seen[0] = asOf;
      return List.of();
    });

    SecurityCheck.of(List.of(rule)).run(List.of(volume("vol-1", true)), AS_OF);

    assertThat(seen[0]).isEqualTo(AS_OF);
  }

  @Test
  void aRuleThatThrows_failsTheRunNamingRuleAndResource_withTheCause() {
    IllegalStateException bug = new IllegalStateException("bug");
    SecurityCheck check = SecurityCheck.of(List.of(throwing("ACME-009", bug)));
    Resource vol = volume("vol-1", true);

    assertThatThrownBy(() -> check.run(List.of(vol), AS_OF))
        .isInstanceOf(QueryException.class)
        .hasMessage("security rule ACME-009 failed on " + vol.resourceId() + ": java.lang.IllegalStateException: bug")
        .hasCause(bug);
  }

  @Test
  void aRuleThatReturnsNullOrAnotherResourcesFinding_failsTheRun() {
    Resource vol = volume("vol-1", true);
    Resource other = volume("vol-2", false);
    SecurityRule nullRule = CustomRules.ofEbsVolumes("ACME-009", (resource, asOf) -> null);
    SecurityRule wrongResource = CustomRules.ofEbsVolumes("EBS-001",
        (resource, asOf) -> Resources.rule("EBS-001").evaluate(other, asOf));

    assertThatThrownBy(() -> SecurityCheck.of(List.of(nullRule)).run(List.of(vol), AS_OF))
        .isInstanceOf(QueryException.class)
        .hasMessage("security rule ACME-009 returned null for " + vol.resourceId()
            + "; return an empty list when the resource passes");
    assertThatThrownBy(() -> SecurityCheck.of(List.of(wrongResource)).run(List.of(vol), AS_OF))
        .isInstanceOf(QueryException.class)
        .hasMessageContaining("returned a finding of rule EBS-001 for " + other.resourceId() + " while evaluating "
            + vol.resourceId());
  }

  @Test
  void of_rejectsNoRulesAndDuplicateIds() {
    assertThatThrownBy(() -> SecurityCheck.of(List.of()))
        .isInstanceOf(QueryException.class)
        .hasMessage("a security check needs at least one rule (was none); pass SecurityRules.builtIn()");
    assertThatThrownBy(() -> SecurityCheck.of(List.of(Resources.rule("SG-001"), Resources.rule("SG-001"))))
        .isInstanceOf(QueryException.class)
        .hasMessageContaining("security rule id SG-001 is used twice");
  }
}
