package io.github.awsinventory.query.security;

import static io.github.awsinventory.query.security.Resources.evaluate;
import static io.github.awsinventory.query.security.Resources.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CT-004: a trail whose log files are not encrypted with a KMS key (CT-001 to CT-003 are attribute-value rules). */
class CloudTrailRulesTest {

  @Test
  void ct004_withoutAKmsKey_fails() {
    Resource trail = resource(ResourceType.CLOUDTRAIL_TRAIL, "audit").putAttributes("is_logging", true).build();

    List<Finding> findings = evaluate("CT-004", trail);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
      assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
      assertThat(f.message()).isEqualTo("CloudTrail trail audit is not encrypted with a KMS key (no kms_key_id)");
      assertThat(f.controls()).extracting(Control::toString).containsExactly("CIS 3.5", "FSBP CloudTrail.2");
    });
  }

  @Test
  void ct004_withAKmsKey_passes() {
    Resource trail = resource(ResourceType.CLOUDTRAIL_TRAIL, "audit")
        .putAttributes("kms_key_id", "arn:aws:kms:us-east-1:111111111111:key/k1").build();

    assertThat(evaluate("CT-004", trail)).isEmpty();
  }

  @Test
  void ct004_whenTheKeyIsUnknown_reportsUnknown() {
    Resource trail = resource(ResourceType.CLOUDTRAIL_TRAIL, "audit").addUnknownAttributes("kms_key_id").build();

    assertThat(evaluate("CT-004", trail)).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.UNKNOWN);
      assertThat(f.evidence()).containsExactly(Map.entry(Finding.UNKNOWN_ATTRIBUTES, List.of("kms_key_id")));
    });
  }
}
