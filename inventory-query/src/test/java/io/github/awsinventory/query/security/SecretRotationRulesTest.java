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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SECRETS-001 (rotation off) and SECRETS-002 (rotation on, not rotated in 90 days). The report time is 2026-11-25. */
class SecretRotationRulesTest {

  private static Resource.Builder secret(Boolean rotation) {
    Resource.Builder secret = resource(ResourceType.SECRETSMANAGER_SECRET, "db-AbCdEf").name("prod/db")
        .putAttributes("created_date", "2026-01-10T08:00:00Z");
    if (rotation != null) {
      secret.putAttributes("rotation_enabled", rotation);
    }
    return secret;
  }

  @Nested
  class RotationOff {

    @Test
    void aSecretWithoutRotation_fails() {
      List<Finding> findings = evaluate("SECRETS-001", secret(false).build());

      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.controls()).containsExactly(Control.fsbp("SecretsManager.1"));
        assertThat(f.evidence()).containsExactly(Map.entry("rotation_enabled", false));
        assertThat(f.message()).isEqualTo("Secrets Manager secret prod/db (db-AbCdEf) does not rotate automatically "
            + "(rotation_enabled false)");
      });
    }

    @Test
    void aSecretWithRotation_orScheduledForDeletion_passes() {
      assertThat(evaluate("SECRETS-001", secret(true).build())).isEmpty();
      assertThat(evaluate("SECRETS-001", secret(false).putAttributes("deleted_date", "2026-11-20T00:00:00Z")
          .build())).isEmpty();
    }

    @Test
    void anUndeterminedRotation_isUnknown() {
      assertThat(evaluate("SECRETS-001", secret(null).addUnknownAttributes("rotation_enabled").build()))
          .singleElement().extracting(Finding::status, Finding::evidence)
          .containsExactly(FindingStatus.UNKNOWN, Map.of(Finding.UNKNOWN_ATTRIBUTES, List.of("rotation_enabled")));
      assertThat(evaluate("SECRETS-001", secret(null).build())).extracting(Finding::status)
          .containsExactly(FindingStatus.UNKNOWN);
    }
  }

  @Nested
  class NotRotatedIn90Days {

    @Test
    void aLastRotationMoreThan90DaysAgo_fails() {
      Resource secret = secret(true).putAttributes("last_rotated_date", "2026-08-26T11:59:59Z").build();

      List<Finding> findings = evaluate("SECRETS-002", secret);

      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.controls()).containsExactly(Control.fsbp("SecretsManager.4"));
        assertThat(f.evidence()).containsExactly(Map.entry("rotation_enabled", true),
            Map.entry("last_rotated_date", "2026-08-26T11:59:59Z"));
        assertThat(f.message()).isEqualTo("Secrets Manager secret prod/db (db-AbCdEf) was last rotated 2026-08-26, "
            + "91 days ago");
      });
    }

    @Test
    void neverRotatedAndCreatedMoreThan90DaysAgo_fails() {
      List<Finding> findings = evaluate("SECRETS-002", secret(true).build());

      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.evidence()).containsExactly(Map.entry("rotation_enabled", true),
            Map.entry("created_date", "2026-01-10T08:00:00Z"));
        assertThat(f.message()).isEqualTo("Secrets Manager secret prod/db (db-AbCdEf) was never rotated since it was "
            + "created 2026-01-10, 319 days ago");
      });
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-08-27T12:00:00Z", "2026-11-24T00:00:00Z"})
    void aRotationWithin90Days_passes(String rotated) {
      assertThat(evaluate("SECRETS-002", secret(true).putAttributes("last_rotated_date", rotated).build())).isEmpty();
    }

    @Test
    void neverRotatedButCreatedWithin90Days_orRotationOff_passes() {
      assertThat(evaluate("SECRETS-002", secret(true).putAttributes("created_date", "2026-10-01T00:00:00Z").build()))
          .isEmpty();
      assertThat(evaluate("SECRETS-002", secret(false).build())).isEmpty();
    }

    @Test
    void undeterminedDates_areUnknown() {
      Resource rotationUnknown = secret(true).addUnknownAttributes("last_rotated_date").build();
      Resource creationMissing = resource(ResourceType.SECRETSMANAGER_SECRET, "s").putAttributes("rotation_enabled",
          true).build();

      assertThat(evaluate("SECRETS-002", rotationUnknown)).singleElement().extracting(Finding::evidence)
          .isEqualTo(Map.of(Finding.UNKNOWN_ATTRIBUTES, List.of("last_rotated_date")));
      assertThat(evaluate("SECRETS-002", creationMissing)).singleElement().extracting(Finding::evidence)
          .isEqualTo(Map.of(Finding.UNKNOWN_ATTRIBUTES, List.of("created_date")));
    }
  }
}
