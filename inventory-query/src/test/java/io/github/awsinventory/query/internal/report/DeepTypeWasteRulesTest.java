package io.github.awsinventory.query.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.query.report.CleanupCandidate;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The waste rules of kms_key, secretsmanager_secret, cloudwatch_log_group and ecr_repository. */
class DeepTypeWasteRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private static final CostThresholds THRESHOLDS = CostThresholds.defaults();

  /** A resource of a type in us-east-1, seen until {@link #NOW}. */
  private static Resource.Builder resource(ResourceType type, String shortId) {
    return Resource.builder()
        .resourceId("arn:aws:test:us-east-1:111111111111:" + type.name() + "/" + shortId)
        .resourceType(type)
        .accountId("111111111111")
        .accountName("engineering")
        .department("platform")
        .region("us-east-1")
        .name(shortId)
        .firstSeen(NOW.minusSeconds(86_400))
        .lastSeen(NOW);
  }

  private static WasteRule rule(ResourceType type, CleanupCandidate.Reason reason) {
    return WasteRules.of(type).stream().filter(r -> r.reason() == reason).findFirst()
        .orElseThrow(() -> new AssertionError("no waste rule " + reason + " for " + type));
  }

  @Nested
  class DisabledKmsKey {

    private final WasteRule rule = rule(ResourceType.KMS_KEY, CleanupCandidate.Reason.DISABLED_KMS_KEY);

    @Test
    void aDisabledKey_isWasteWithoutAnAge() {
      Resource key = resource(ResourceType.KMS_KEY, "k1").putAttributes("key_state", "Disabled")
          .putAttributes("creation_date", "2026-01-05T09:00:00Z").build();

      assertThat(rule.evaluate(key, THRESHOLDS, NOW)).hasValueSatisfying(waste -> {
        assertThat(waste.detail()).isEqualTo("disabled, still billed; created 2026-01-05");
        assertThat(waste.ageDays()).isNull();
      });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Enabled", "PendingDeletion", "PendingImport"})
    void aKeyInAnotherState_isNotWaste(String state) {
      Resource key = resource(ResourceType.KMS_KEY, "k1").putAttributes("key_state", state).build();

      assertThat(rule.evaluate(key, THRESHOLDS, NOW)).isEmpty();
    }

    @Test
    void aKeyWhoseStateIsUnknown_isNotJudged() {
      Resource key = resource(ResourceType.KMS_KEY, "k1").addUnknownAttributes("key_state").build();

      assertThat(rule.evaluate(key, THRESHOLDS, NOW)).isEmpty();
    }
  }

  @Nested
  class UnusedSecret {

    private final WasteRule rule = rule(ResourceType.SECRETSMANAGER_SECRET, CleanupCandidate.Reason.UNUSED_SECRET);

    private Resource.Builder secret() {
      return resource(ResourceType.SECRETSMANAGER_SECRET, "db-AbCdEf").putAttributes("rotation_enabled", false)
          .putAttributes("created_date", "2026-01-10T08:00:00Z");
    }

    @Test
    void aSecretLastAccessedMoreThan90DaysAgo_isWasteAgedFromTheAccess() {
      Resource secret = secret().putAttributes("last_accessed_date", "2026-08-26T00:00:00Z").build();

      assertThat(rule.evaluate(secret, THRESHOLDS, NOW)).hasValueSatisfying(waste -> {
        assertThat(waste.detail()).isEqualTo("last accessed 2026-08-26");
        assertThat(waste.ageDays()).isEqualTo(91L);
      });
    }

    @Test
    void aSecretNeverAccessedAndOlderThan90Days_isWasteAgedFromItsCreation() {
      assertThat(rule.evaluate(secret().build(), THRESHOLDS, NOW)).hasValueSatisfying(waste -> {
        assertThat(waste.detail()).isEqualTo("never accessed, created 2026-01-10");
        assertThat(waste.ageDays()).isEqualTo(319L);
      });
    }

    @Test
    void aSecretAccessedWithin90DaysOrCreatedSince_isNotWaste() {
      Resource accessed = secret().putAttributes("last_accessed_date", "2026-08-27T00:00:00Z").build();
      Resource young = secret().putAttributes("created_date", "2026-09-01T00:00:00Z").build();

      assertThat(rule.evaluate(accessed, THRESHOLDS, NOW)).isEmpty();
      assertThat(rule.evaluate(young, THRESHOLDS, NOW)).isEmpty();
    }

    @Test
    void aSecretScheduledForDeletionOrManagedByAService_isNotListed() {
      Resource deleted = secret().putAttributes("deleted_date", "2026-11-20T00:00:00Z").build();
      Resource managed = secret().putAttributes("owning_service", "rds").build();

      assertThat(rule.evaluate(deleted, THRESHOLDS, NOW)).isEmpty();
      assertThat(rule.evaluate(managed, THRESHOLDS, NOW)).isEmpty();
    }

    @Test
    void aSecretWhoseLastAccessOrCreationIsUnknown_isNotListed() {
      Resource accessUnknown = secret().addUnknownAttributes("last_accessed_date").build();
      Resource creationUnknown = resource(ResourceType.SECRETSMANAGER_SECRET, "s").build();

      assertThat(rule.evaluate(accessUnknown, THRESHOLDS, NOW)).isEmpty();
      assertThat(rule.evaluate(creationUnknown, THRESHOLDS, NOW)).isEmpty();
    }
  }

  @Nested
  class LogGroupWithoutRetention {

    private final WasteRule rule = rule(ResourceType.CLOUDWATCH_LOG_GROUP,
        CleanupCandidate.Reason.LOG_GROUP_WITHOUT_RETENTION);

    private Resource group(boolean neverExpires, long storedBytes) {
      return resource(ResourceType.CLOUDWATCH_LOG_GROUP, "app").putAttributes("never_expires", neverExpires)
          .putAttributes("stored_bytes", storedBytes).build();
    }

    @Test
    void aGroupThatNeverExpiresAndStoresEvents_isWaste() {
      assertThat(rule.evaluate(group(true, 3L << 29), THRESHOLDS, NOW)).hasValueSatisfying(waste -> {
        assertThat(waste.detail()).isEqualTo("never expires, 1.500 GB stored");
        assertThat(waste.ageDays()).isNull();
      });
    }

    @Test
    void aGroupWithRetention_orEmpty_isNotWaste() {
      assertThat(rule.evaluate(group(false, 1L << 30), THRESHOLDS, NOW)).isEmpty();
      assertThat(rule.evaluate(group(true, 0), THRESHOLDS, NOW)).isEmpty();
    }

    @Test
    void aGroupWhoseRetentionOrBytesAreUnknown_isNotListed() {
      Resource retentionUnknown = resource(ResourceType.CLOUDWATCH_LOG_GROUP, "a").addUnknownAttributes("never_expires")
          .putAttributes("stored_bytes", 1000).build();
      Resource bytesUnknown = resource(ResourceType.CLOUDWATCH_LOG_GROUP, "b").putAttributes("never_expires", true)
          .addUnknownAttributes("stored_bytes").build();

      assertThat(rule.evaluate(retentionUnknown, THRESHOLDS, NOW)).isEmpty();
      assertThat(rule.evaluate(bytesUnknown, THRESHOLDS, NOW)).isEmpty();
    }
  }

  @Nested
  class EmptyEcrRepository {

    private final WasteRule rule = rule(ResourceType.ECR_REPOSITORY, CleanupCandidate.Reason.EMPTY_ECR_REPOSITORY);

    @Test
    void aRepositoryWithoutImages_isWaste() {
      Resource repository = resource(ResourceType.ECR_REPOSITORY, "team/api").putAttributes("image_count", 0)
          .putAttributes("creation_date", "2026-03-01T10:00:00Z").build();

      assertThat(rule.evaluate(repository, THRESHOLDS, NOW)).hasValueSatisfying(waste -> {
        assertThat(waste.detail()).isEqualTo("no images; created 2026-03-01");
        assertThat(waste.ageDays()).isNull();
      });
    }

    @Test
    void aRepositoryWithImages_orAnUnknownCount_isNotListed() {
      Resource withImages = resource(ResourceType.ECR_REPOSITORY, "a").putAttributes("image_count", 3).build();
      Resource unknown = resource(ResourceType.ECR_REPOSITORY, "b").addUnknownAttributes("image_count").build();

      assertThat(rule.evaluate(withImages, THRESHOLDS, NOW)).isEmpty();
      assertThat(rule.evaluate(unknown, THRESHOLDS, NOW)).isEmpty();
    }
  }

  @Test
  void theRulesAreListedUnderTheirTypesInDeclarationOrder() {
    assertThat(WasteRules.all()).extracting(WasteRule::reason).containsSubsequence(
        CleanupCandidate.Reason.DISABLED_KMS_KEY, CleanupCandidate.Reason.UNUSED_SECRET,
        CleanupCandidate.Reason.LOG_GROUP_WITHOUT_RETENTION, CleanupCandidate.Reason.EMPTY_ECR_REPOSITORY);
    assertThat(WasteRules.all()).allSatisfy(r -> assertThat(WasteRules.of(r.type())).contains(r));
  }
}
