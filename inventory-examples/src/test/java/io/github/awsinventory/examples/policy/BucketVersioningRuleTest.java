package io.github.awsinventory.examples.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.query.security.Finding;
import io.github.awsinventory.query.security.FindingStatus;
import io.github.awsinventory.query.security.SecurityCheck;
import io.github.awsinventory.query.security.SecurityRules;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BucketVersioningRuleTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private final BucketVersioningRule rule = new BucketVersioningRule();

  @Test
  void evaluate_whenVersioningIsEnabled_passes() {
    assertThat(rule.evaluate(bucket("kept").putAttributes("versioning", "Enabled").build(), NOW)).isEmpty();
  }

  @Test
  void evaluate_whenVersioningIsSuspendedOrNeverEnabled_failsWithTheValueAsEvidence() {
    for (String state : List.of("Suspended", "Disabled")) {
      List<Finding> findings = rule.evaluate(bucket("logs").putAttributes("versioning", state).build(), NOW);

      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.ruleId()).isEqualTo("ACME-001");
        assertThat(f.evidence()).containsEntry("versioning", state);
        assertThat(f.message()).contains("logs").contains(state);
      });
    }
  }

  @Test
  void evaluate_whenVersioningCouldNotBeRead_isUnknownNotAPass() {
    Resource unreadable = bucket("secret").addUnknownAttributes("versioning").build();
    Resource missing = bucket("odd").build();

    assertThat(rule.evaluate(unreadable, NOW)).singleElement()
        .satisfies(f -> assertThat(f.status()).isEqualTo(FindingStatus.UNKNOWN));
    assertThat(rule.evaluate(missing, NOW)).singleElement()
        .satisfies(f -> assertThat(f.status()).isEqualTo(FindingStatus.UNKNOWN));
  }

  @Test
  void discover_findsTheRegisteredRuleNextToTheBuiltInOnes() {
    assertThat(SecurityRules.discover()).anySatisfy(r -> assertThat(r).isInstanceOf(BucketVersioningRule.class))
        .hasSize(SecurityRules.builtIn().size() + 1);
    assertThat(PolicyCheck.customRuleIds()).containsExactly("ACME-001");
    assertThat(SecurityCheck.of(SecurityRules.discover()).run(List.of(bucket("logs")
        .putAttributes("versioning", "Disabled").build()), NOW).findings())
        .extracting(Finding::ruleId).contains("ACME-001");
  }

  private static Resource.Builder bucket(String name) {
    return Resource.builder().resourceId("arn:aws:s3:::" + name).resourceType(ResourceType.S3_BUCKET)
        .accountId("111111111111").accountName("engineering").region("us-east-1").name(name)
        .firstSeen(NOW).lastSeen(NOW);
  }
}
