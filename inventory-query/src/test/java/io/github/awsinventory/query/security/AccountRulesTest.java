package io.github.awsinventory.query.security;

import static io.github.awsinventory.query.security.Resources.evaluate;
import static io.github.awsinventory.query.security.Resources.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ACCOUNT-003, ACCOUNT-004 and ACCOUNT-006 (ACCOUNT-001, -002 and -005 are attribute-value rules). */
class AccountRulesTest {

  private static Map<String, Object> policy(int length, int reuse, boolean symbols) {
    Map<String, Object> policy = new LinkedHashMap<>();
    policy.put("minimum_password_length", BigDecimal.valueOf(length));
    policy.put("require_symbols", symbols);
    policy.put("require_numbers", true);
    policy.put("require_uppercase_characters", true);
    policy.put("require_lowercase_characters", true);
    policy.put("password_reuse_prevention", BigDecimal.valueOf(reuse));
    return policy;
  }

  private static Resource.Builder account() {
    return resource(ResourceType.AWS_ACCOUNT, "root").name("engineering");
  }

  private static Map<String, Object> ebs(String region, Boolean enabled) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("region_name", region);
    if (enabled != null) {
      entry.put("enabled", enabled);
    }
    return entry;
  }

  private static Map<String, Object> block(boolean acls, boolean ignore, boolean policy, boolean restrict) {
    return Map.of("block_public_acls", acls, "ignore_public_acls", ignore, "block_public_policy", policy,
        "restrict_public_buckets", restrict);
  }

  @Test
  void account003_withAStrongPolicy_passes() {
    Resource strong = account().putAttributes("password_policy_configured", true)
        .putAttributes("password_policy", policy(14, 24, true)).build();

    assertThat(evaluate("ACCOUNT-003", strong)).isEmpty();
  }

  @Test
  void account003_withAShortOrReusablePasswordOrNoSymbols_failsNamingEachWeakness() {
    Resource weak = account().putAttributes("password_policy_configured", true)
        .putAttributes("password_policy", policy(8, 5, false)).build();

    assertThat(evaluate("ACCOUNT-003", weak)).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
      assertThat(f.message()).isEqualTo("AWS account engineering (root) has a weak password policy: "
          + "minimum_password_length 8 (less than 14), password_reuse_prevention 5 (less than 24), "
          + "require_symbols false");
      assertThat(f.evidence()).containsEntry("minimum_password_length", BigDecimal.valueOf(8))
          .containsEntry("require_symbols", false);
      assertThat(f.controls()).extracting(Control::toString).containsExactly("CIS 1.8", "CIS 1.9", "FSBP IAM.7");
    });
  }

  @Test
  void account003_withoutAPolicy_fails() {
    Resource none = account().putAttributes("password_policy_configured", false).build();

    assertThat(evaluate("ACCOUNT-003", none)).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
      assertThat(f.evidence()).containsExactly(Map.entry("password_policy_configured", false));
    });
  }

  @Test
  void account003_whenThePolicyIsUnknown_reportsUnknown() {
    Resource unknown = account().addUnknownAttributes("password_policy_configured", "password_policy").build();

    assertThat(evaluate("ACCOUNT-003", unknown)).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.UNKNOWN);
      assertThat(f.evidence()).containsExactly(Map.entry(Finding.UNKNOWN_ATTRIBUTES,
          List.of("password_policy_configured", "password_policy")));
    });
  }

  @Test
  void account004_withARegionOff_failsNamingTheRegions() {
    Resource off = account().putAttributes("ebs_encryption_by_default", List.of(ebs("eu-west-1", false),
        ebs("us-east-1", true), ebs("us-west-2", false))).build();

    assertThat(evaluate("ACCOUNT-004", off)).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
      assertThat(f.message()).isEqualTo("AWS account engineering (root) does not encrypt new EBS volumes by "
          + "default in 2 regions: eu-west-1, us-west-2");
      assertThat(f.evidence()).containsExactly(Map.entry("regions", List.of("eu-west-1", "us-west-2")));
    });
  }

  @Test
  void account004_withEveryRegionOn_passes() {
    Resource on = account().putAttributes("ebs_encryption_by_default", List.of(ebs("eu-west-1", true),
        ebs("us-east-1", true))).build();

    assertThat(evaluate("ACCOUNT-004", on)).isEmpty();
  }

  @Test
  void account004_withARegionThatDidNotAnswer_isUnknownUnlessAnotherFails() {
    Resource unanswered = account().putAttributes("ebs_encryption_by_default", List.of(ebs("eu-west-1", null),
        ebs("us-east-1", true))).build();
    Resource failing = account().putAttributes("ebs_encryption_by_default", List.of(ebs("eu-west-1", null),
        ebs("us-east-1", false))).build();

    assertThat(evaluate("ACCOUNT-004", unanswered)).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.UNKNOWN);
      assertThat(f.evidence()).containsExactly(Map.entry(Finding.UNKNOWN_ATTRIBUTES,
          List.of("ebs_encryption_by_default[0].enabled (eu-west-1)")));
    });
    assertThat(evaluate("ACCOUNT-004", failing)).extracting(Finding::status).containsExactly(FindingStatus.FAIL);
  }

  @Test
  void account006_withAFullAccountBlock_passes() {
    Resource full = account().putAttributes("s3_public_access_block_configured", true)
        .putAttributes("s3_public_access_block", block(true, true, true, true)).build();

    assertThat(evaluate("ACCOUNT-006", full)).isEmpty();
  }

  @Test
  void account006_withoutOrWithAPartialAccountBlock_fails() {
    Resource none = account().putAttributes("s3_public_access_block_configured", false)
        .putAttributes("s3_public_access_block", block(false, false, false, false)).build();
    Resource partial = account().putAttributes("s3_public_access_block_configured", true)
        .putAttributes("s3_public_access_block", block(true, true, false, true)).build();

    assertThat(evaluate("ACCOUNT-006", none)).singleElement().extracting(Finding::message)
        .isEqualTo("AWS account engineering (root) has no account-level S3 public access block");
    assertThat(evaluate("ACCOUNT-006", partial)).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
      assertThat(f.message()).isEqualTo("AWS account engineering (root) does not fully block public access at the "
          + "account level: block_public_policy is false");
      assertThat(f.controls()).extracting(Control::toString).containsExactly("CIS 2.1.4", "FSBP S3.1");
    });
  }

  @Test
  void account006_whenTheBlockIsUnknown_reportsUnknown() {
    Resource unknown = account()
        .addUnknownAttributes("s3_public_access_block_configured", "s3_public_access_block").build();

    assertThat(evaluate("ACCOUNT-006", unknown)).extracting(Finding::status)
        .containsExactly(FindingStatus.UNKNOWN);
  }
}
