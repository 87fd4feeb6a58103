package io.github.awsinventory.query.security;

import static io.github.awsinventory.query.security.Resources.evaluate;
import static io.github.awsinventory.query.security.Resources.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** LOGS-001 (no retention) and LOGS-002 (no KMS key). */
class LogGroupRulesTest {

  private static Resource.Builder group() {
    return resource(ResourceType.CLOUDWATCH_LOG_GROUP, "orders").name("/app/orders");
  }

  @Nested
  class NeverExpires {

    @Test
    void aGroupWithoutRetention_failsAndNamesNoControl() {
      List<Finding> findings = evaluate("LOGS-001", group().putAttributes("never_expires", true).build());

      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.severity()).isEqualTo(Severity.LOW);
        assertThat(f.controls()).isEmpty();
        assertThat(f.evidence()).containsExactly(Map.entry("never_expires", true));
        assertThat(f.message()).isEqualTo("log group /app/orders (orders) keeps its events forever (never_expires "
            + "true)");
      });
    }

    @Test
    void aGroupWithRetention_passes() {
      Resource group = group().putAttributes("never_expires", false).putAttributes("retention_in_days", 30).build();

      assertThat(evaluate("LOGS-001", group)).isEmpty();
    }

    @Test
    void anUndeterminedRetention_isUnknown() {
      assertThat(evaluate("LOGS-001", group().build())).extracting(Finding::status)
          .containsExactly(FindingStatus.UNKNOWN);
    }
  }

  @Nested
  class NoKmsKey {

    @Test
    void aGroupWithoutAKey_fails() {
      List<Finding> findings = evaluate("LOGS-002", group().build());

      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.severity()).isEqualTo(Severity.LOW);
        assertThat(f.controls()).isEmpty();
        assertThat(f.evidence()).containsExactly(Map.entry("kms_key_id", "none"));
        assertThat(f.message()).isEqualTo("log group /app/orders (orders) is not encrypted with a KMS key (no "
            + "kms_key_id)");
      });
    }

    @Test
    void aGroupWithAKey_passes() {
      Resource group = group().putAttributes("kms_key_id", "arn:aws:kms:us-east-1:111111111111:key/k1").build();

      assertThat(evaluate("LOGS-002", group)).isEmpty();
    }

    @Test
    void anUnknownOrMalformedKey_isUnknown() {
      Resource unknown = group().addUnknownAttributes("kms_key_id").build();
      Resource malformed = group().putAttributes("kms_key_id", List.of("k1")).build();

      assertThat(evaluate("LOGS-002", unknown)).singleElement().extracting(Finding::evidence)
          .isEqualTo(Map.of(Finding.UNKNOWN_ATTRIBUTES, List.of("kms_key_id")));
      assertThat(evaluate("LOGS-002", malformed)).extracting(Finding::status).containsExactly(FindingStatus.UNKNOWN);
    }
  }
}
