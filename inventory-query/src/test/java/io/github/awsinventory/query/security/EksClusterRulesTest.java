package io.github.awsinventory.query.security;

import static io.github.awsinventory.query.security.Resources.evaluate;
import static io.github.awsinventory.query.security.Resources.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** EKS-001, EKS-002 and EKS-003. */
class EksClusterRulesTest {

  private static Resource.Builder cluster() {
    return resource(ResourceType.EKS_CLUSTER, "prod");
  }

  @Test
  void eks001_publicEndpointOpenToEveryone_fails() {
    Resource open = cluster().putAttributes("endpoint_public_access", true)
        .putAttributes("public_access_cidrs", List.of("10.0.0.0/8", "0.0.0.0/0")).build();

    assertThat(evaluate("EKS-001", open)).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
      assertThat(f.evidence()).containsEntry("endpoint_public_access", true)
          .containsEntry("public_access_cidrs", List.of("10.0.0.0/8", "0.0.0.0/0"));
      assertThat(f.message()).isEqualTo("EKS cluster prod has a public endpoint open to 0.0.0.0/0 "
          + "(public_access_cidrs [10.0.0.0/8, 0.0.0.0/0])");
      assertThat(f.controls()).containsExactly(Control.fsbp("EKS.1"));
    });
  }

  @Test
  void eks001_privateEndpointOrLimitedCidrs_passes() {
    Resource privateOnly = cluster().putAttributes("endpoint_public_access", false)
        .addUnknownAttributes("public_access_cidrs").build();
    Resource limited = cluster().putAttributes("endpoint_public_access", true)
        .putAttributes("public_access_cidrs", List.of("203.0.113.0/24")).build();

    assertThat(evaluate("EKS-001", privateOnly)).isEmpty();
    assertThat(evaluate("EKS-001", limited)).isEmpty();
  }

  @Test
  void eks001_publicWithCidrsUnknown_isUnknown() {
    Resource cluster = cluster().putAttributes("endpoint_public_access", true)
        .addUnknownAttributes("public_access_cidrs").build();

    assertThat(evaluate("EKS-001", cluster)).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.UNKNOWN);
      assertThat(f.evidence()).containsExactly(Map.entry(Finding.UNKNOWN_ATTRIBUTES, List.of("public_access_cidrs")));
    });
  }

  @Test
  void eks002_withoutAuditLogs_fails() {
    Resource cluster = cluster().putAttributes("enabled_log_types", List.of("api")).build();

    assertThat(evaluate("EKS-002", cluster)).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
      assertThat(f.evidence()).containsExactly(Map.entry("enabled_log_types", List.of("api")));
      assertThat(f.message()).isEqualTo("EKS cluster prod does not send audit logs (enabled_log_types [api])");
    });
  }

  @Test
  void eks002_withAuditLogs_passes_andUnknownTypesAreUnknown() {
    Resource audited = cluster().putAttributes("enabled_log_types", List.of("api", "audit")).build();
    Resource unknown = cluster().addUnknownAttributes("enabled_log_types").build();

    assertThat(evaluate("EKS-002", audited)).isEmpty();
    assertThat(evaluate("EKS-002", unknown)).extracting(Finding::status).containsExactly(FindingStatus.UNKNOWN);
  }

  @Test
  void eks003_secretsNotEncrypted_fails_encryptedPasses_unknownIsUnknown() {
    Resource plain = cluster().putAttributes("secrets_encrypted", false).build();
    Resource encrypted = cluster().putAttributes("secrets_encrypted", true).build();
    Resource unknown = cluster().addUnknownAttributes("secrets_encrypted").build();

    assertThat(evaluate("EKS-003", plain)).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
      assertThat(f.message()).isEqualTo("EKS cluster prod does not encrypt Kubernetes secrets with a KMS key "
          + "(secrets_encrypted false)");
      assertThat(f.controls()).containsExactly(Control.fsbp("EKS.3"));
    });
    assertThat(evaluate("EKS-003", encrypted)).isEmpty();
    assertThat(evaluate("EKS-003", unknown)).extracting(Finding::status).containsExactly(FindingStatus.UNKNOWN);
  }
}
