package io.github.awsinventory.query.security;

import static io.github.awsinventory.query.security.Resources.evaluate;
import static io.github.awsinventory.query.security.Resources.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** REDSHIFT-001 and REDSHIFT-002. */
class RedshiftRulesTest {

  @Test
  void redshift001_publiclyAccessible_fails_privatePasses() {
    Resource open = resource(ResourceType.REDSHIFT_CLUSTER, "warehouse").putAttributes("publicly_accessible", true)
        .build();
    Resource closed = resource(ResourceType.REDSHIFT_CLUSTER, "warehouse").putAttributes("publicly_accessible", false)
        .build();

    assertThat(evaluate("REDSHIFT-001", open)).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
      assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
      assertThat(f.evidence()).containsExactly(Map.entry("publicly_accessible", true));
      assertThat(f.message()).isEqualTo("Redshift cluster warehouse is publicly accessible (publicly_accessible true)");
      assertThat(f.controls()).containsExactly(Control.fsbp("Redshift.1"));
    });
    assertThat(evaluate("REDSHIFT-001", closed)).isEmpty();
  }

  @Test
  void redshift002_notEncrypted_fails_encryptedPasses_unknownIsUnknown() {
    Resource plain = resource(ResourceType.REDSHIFT_CLUSTER, "warehouse").putAttributes("encrypted", false).build();
    Resource encrypted = resource(ResourceType.REDSHIFT_CLUSTER, "warehouse").putAttributes("encrypted", true).build();
    Resource unknown = resource(ResourceType.REDSHIFT_CLUSTER, "warehouse").addUnknownAttributes("encrypted").build();

    assertThat(evaluate("REDSHIFT-002", plain)).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
      assertThat(f.message()).isEqualTo("Redshift cluster warehouse is not encrypted (encrypted false)");
      assertThat(f.controls()).containsExactly(Control.fsbp("Redshift.10"));
    });
    assertThat(evaluate("REDSHIFT-002", encrypted)).isEmpty();
    assertThat(evaluate("REDSHIFT-002", unknown)).extracting(Finding::status).containsExactly(FindingStatus.UNKNOWN);
  }
}
