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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** KMS-001 (rotation off) and KMS-002 (scheduled for deletion). */
class KmsKeyRulesTest {

  private static Resource.Builder key(String state) {
    Resource.Builder key = resource(ResourceType.KMS_KEY, "1234abcd").name("alias/orders");
    if (state != null) {
      key.putAttributes("key_state", state);
    }
    return key;
  }

  private static Resource symmetric(String state, Boolean rotation) {
    Resource.Builder key = key(state).putAttributes("key_spec", "SYMMETRIC_DEFAULT").putAttributes("origin", "AWS_KMS");
    if (rotation != null) {
      key.putAttributes("rotation_enabled", rotation);
    }
    return key.build();
  }

  @Nested
  class Rotation {

    @ParameterizedTest
    @ValueSource(strings = {"Enabled", "Disabled"})
    void aSymmetricKeyWithRotationOff_failsWithItsSpecAndOrigin(String state) {
      List<Finding> findings = evaluate("KMS-001", symmetric(state, false));

      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.controls()).containsExactly(Control.cis("3.6"), Control.fsbp("KMS.4"));
        assertThat(f.evidence()).containsExactly(Map.entry("rotation_enabled", false),
            Map.entry("key_spec", "SYMMETRIC_DEFAULT"), Map.entry("origin", "AWS_KMS"));
        assertThat(f.message()).isEqualTo("KMS key alias/orders (1234abcd) does not rotate its key material "
            + "automatically (rotation_enabled false)");
      });
    }

    @Test
    void aKeyWithRotationOn_passes() {
      assertThat(evaluate("KMS-001", symmetric("Enabled", true))).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"RSA_2048, AWS_KMS", "HMAC_256, AWS_KMS", "SYMMETRIC_DEFAULT, EXTERNAL",
        "SYMMETRIC_DEFAULT, AWS_CLOUDHSM"})
    void aKeyThatCannotRotateAutomatically_passesWithoutRotationStatus(String spec, String origin) {
      Resource key = key("Enabled").putAttributes("key_spec", spec).putAttributes("origin", origin).build();

      assertThat(evaluate("KMS-001", key)).isEmpty();
    }

    @Test
    void aKeyPendingDeletion_isLeftToKms002() {
      assertThat(evaluate("KMS-001", symmetric("PendingDeletion", false))).isEmpty();
    }

    @Test
    void undeterminedRotationOrDescription_isUnknown() {
      Resource rotationFailed = key("Enabled").putAttributes("key_spec", "SYMMETRIC_DEFAULT")
          .putAttributes("origin", "AWS_KMS").addUnknownAttributes("rotation_enabled").build();
      Resource describeFailed = key(null).addUnknownAttributes("key_state", "key_spec", "origin", "rotation_enabled")
          .build();

      assertThat(evaluate("KMS-001", rotationFailed)).singleElement().extracting(Finding::status, Finding::message)
          .containsExactly(FindingStatus.UNKNOWN, "KMS key alias/orders (1234abcd): could not be determined: "
              + "rotation_enabled");
      assertThat(evaluate("KMS-001", describeFailed)).singleElement().extracting(Finding::evidence)
          .isEqualTo(Map.of(Finding.UNKNOWN_ATTRIBUTES, List.of("key_spec", "origin", "rotation_enabled")));
      assertThat(evaluate("KMS-001", symmetric("Enabled", null))).extracting(Finding::status)
          .containsExactly(FindingStatus.UNKNOWN);
    }
  }

  @Nested
  class Deletion {

    @Test
    void aKeyPendingDeletion_failsWithItsDeletionDate() {
      Resource key = key("PendingDeletion").putAttributes("deletion_date", "2026-12-02T10:00:00Z").build();

      List<Finding> findings = evaluate("KMS-002", key);

      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.controls()).containsExactly(Control.fsbp("KMS.3"));
        assertThat(f.evidence()).containsExactly(Map.entry("key_state", "PendingDeletion"),
            Map.entry("deletion_date", "2026-12-02T10:00:00Z"));
        assertThat(f.message()).isEqualTo("KMS key alias/orders (1234abcd) is scheduled for deletion on 2026-12-02 "
            + "(key_state PendingDeletion)");
      });
    }

    @Test
    void aPrimaryKeyWaitingForItsReplicasToBeDeleted_fails() {
      List<Finding> findings = evaluate("KMS-002", key("PendingReplicaDeletion").build());

      assertThat(findings).singleElement().extracting(Finding::message)
          .isEqualTo("KMS key alias/orders (1234abcd) is scheduled for deletion (key_state PendingReplicaDeletion)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Enabled", "Disabled", "PendingImport"})
    void aKeyInAnotherState_passes(String state) {
      assertThat(evaluate("KMS-002", key(state).build())).isEmpty();
    }

    @Test
    void anUndeterminedState_isUnknown() {
      assertThat(evaluate("KMS-002", key(null).addUnknownAttributes("key_state").build()))
          .singleElement().extracting(Finding::status).isEqualTo(FindingStatus.UNKNOWN);
      assertThat(evaluate("KMS-002", key(null).build())).extracting(Finding::status)
          .containsExactly(FindingStatus.UNKNOWN);
    }
  }
}
