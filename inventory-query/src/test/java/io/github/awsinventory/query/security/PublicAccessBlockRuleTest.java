package io.github.awsinventory.query.security;

import static io.github.awsinventory.query.security.Resources.evaluate;
import static io.github.awsinventory.query.security.Resources.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** S3-001: a bucket without a full public access block, at its own level or its account's. */
class PublicAccessBlockRuleTest {

  private static Map<String, Object> flags(boolean acls, boolean ignore, boolean policy, boolean restrict) {
    Map<String, Object> flags = new LinkedHashMap<>();
    flags.put("block_public_acls", acls);
    flags.put("ignore_public_acls", ignore);
    flags.put("block_public_policy", policy);
    flags.put("restrict_public_buckets", restrict);
    return flags;
  }

  private static Resource bucket(Boolean configured, Map<String, Object> block) {
    return bucket(configured, block, flags(false, false, false, false));
  }

  private static Resource bucket(Boolean configured, Map<String, Object> block, Map<String, Object> account) {
    Resource.Builder bucket = resource(ResourceType.S3_BUCKET, "logs").putAttributes("account_public_access_block",
        account);
    if (configured != null) {
      bucket.putAttributes("public_access_block_configured", configured);
    }
    if (block != null) {
      bucket.putAttributes("public_access_block", block);
    }
    return bucket.build();
  }

  @Test
  void evaluate_withAllFourFlags_passes() {
    assertThat(evaluate("S3-001", bucket(true, flags(true, true, true, true)))).isEmpty();
  }

  @Test
  void evaluate_withoutABlockConfiguration_failsWithTheFlags() {
    List<Finding> findings = evaluate("S3-001", bucket(false, flags(false, false, false, false)));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
      assertThat(f.severity()).isEqualTo(Severity.HIGH);
      assertThat(f.message()).isEqualTo("S3 bucket logs has no public access block configuration and the "
          + "account-level block leaves block_public_acls, ignore_public_acls, block_public_policy, "
          + "restrict_public_buckets off");
      assertThat(f.evidence()).containsExactly(Map.entry("public_access_block_configured", false),
          Map.entry("account_public_access_block.block_public_acls", false),
          Map.entry("account_public_access_block.ignore_public_acls", false),
          Map.entry("account_public_access_block.block_public_policy", false),
          Map.entry("account_public_access_block.restrict_public_buckets", false));
    });
  }

  @Test
  void evaluate_withSomeFlagsOff_failsNamingThem() {
    List<Finding> twoOff = evaluate("S3-001", bucket(true, flags(true, true, false, false)));
    List<Finding> oneOff = evaluate("S3-001", bucket(true, flags(true, false, true, true)));

    assertThat(twoOff).singleElement().satisfies(f -> {
      assertThat(f.message()).isEqualTo("S3 bucket logs does not fully block public access: block_public_policy, "
          + "restrict_public_buckets are false for the bucket and its account");
      assertThat(f.evidence()).containsEntry("public_access_block_configured", true)
          .containsEntry("block_public_policy", false).containsEntry("block_public_acls", true)
          .containsEntry("account_public_access_block.block_public_policy", false).hasSize(9);
    });
    assertThat(oneOff).singleElement().extracting(Finding::message)
        .isEqualTo("S3 bucket logs does not fully block public access: ignore_public_acls is false for the bucket "
            + "and its account");
  }

  @Test
  void evaluate_whenTheBlockWasUnknownAtCollection_reportsBothAttributesUnknown() {
    Resource bucket = resource(ResourceType.S3_BUCKET, "logs")
        .putAttributes("account_public_access_block", flags(false, false, false, false))
        .addUnknownAttributes("public_access_block_configured", "public_access_block").build();

    List<Finding> findings = evaluate("S3-001", bucket);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.UNKNOWN);
      assertThat(f.evidence()).containsExactly(Map.entry(Finding.UNKNOWN_ATTRIBUTES,
          List.of("public_access_block_configured", "public_access_block")));
      assertThat(f.message()).isEqualTo("S3 bucket logs: could not be determined: public_access_block_configured, "
          + "public_access_block");
    });
  }

  @Test
  void evaluate_withAllFlagsOn_passesEvenWhenConfiguredIsMissing() {
    assertThat(evaluate("S3-001", bucket(null, flags(true, true, true, true)))).isEmpty();
  }

  @Test
  void evaluate_whenAFlagIsMissingAndNoneIsOff_reportsThatFlagUnknown() {
    Map<String, Object> partial = flags(true, true, true, true);
    partial.remove("restrict_public_buckets");

    List<Finding> findings = evaluate("S3-001", bucket(true, partial));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.UNKNOWN);
      assertThat(f.evidence()).containsExactly(Map.entry(Finding.UNKNOWN_ATTRIBUTES,
          List.of("public_access_block.restrict_public_buckets")));
    });
  }

  @Test
  void evaluate_whenConfiguredIsFalse_failsEvenIfTheBlockIsUnknown() {
    Resource bucket = resource(ResourceType.S3_BUCKET, "logs").putAttributes("public_access_block_configured", false)
        .putAttributes("account_public_access_block", flags(true, true, false, true))
        .addUnknownAttributes("public_access_block").build();

    assertThat(evaluate("S3-001", bucket)).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
      assertThat(f.message()).isEqualTo("S3 bucket logs has no public access block configuration and the "
          + "account-level block leaves block_public_policy off");
      assertThat(f.evidence()).containsEntry("public_access_block_configured", false)
          .containsEntry("account_public_access_block.block_public_policy", false);
    });
  }

  @Test
  void evaluate_withoutABucketBlockButAFullAccountBlock_passes() {
    assertThat(evaluate("S3-001", bucket(false, flags(false, false, false, false), flags(true, true, true, true))))
        .isEmpty();
  }

  @Test
  void evaluate_withBucketAndAccountFlagsThatTogetherCoverAll_passes() {
    assertThat(evaluate("S3-001", bucket(true, flags(true, true, false, false), flags(false, false, true, true))))
        .isEmpty();
  }

  @Test
  void evaluate_withAFullBucketBlock_passesWhateverTheAccountBlock() {
    Resource bucket = resource(ResourceType.S3_BUCKET, "logs").putAttributes("public_access_block_configured", true)
        .putAttributes("public_access_block", flags(true, true, true, true))
        .addUnknownAttributes("account_public_access_block").build();

    assertThat(evaluate("S3-001", bucket)).isEmpty();
  }

  @Test
  void evaluate_withAPartialBucketBlockAndTheAccountBlockUnknown_reportsTheAccountBlockUnknown() {
    Resource bucket = resource(ResourceType.S3_BUCKET, "logs").putAttributes("public_access_block_configured", true)
        .putAttributes("public_access_block", flags(true, true, false, true))
        .addUnknownAttributes("account_public_access_block").build();

    assertThat(evaluate("S3-001", bucket)).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.UNKNOWN);
      assertThat(f.evidence()).containsExactly(Map.entry(Finding.UNKNOWN_ATTRIBUTES,
          List.of("account_public_access_block")));
    });
  }
}
