package io.github.awsinventory.query.internal.report;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.model.types.SecretsManagerSecret;
import io.github.awsinventory.query.report.CleanupCandidate;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code unused_secret}: a Secrets Manager secret whose {@code last_accessed_date} is more than {@value #UNUSED_DAYS}
 * days before the report time, or that was never accessed and was created more than {@value #UNUSED_DAYS} days
 * before it (the age counts from the last access, or from the creation). Not judged: a secret scheduled for deletion
 * (it is no longer billed), a secret another service manages ({@code owning_service}: that service reads it without
 * it counting as an access) and a secret whose last access, or whose creation when it was never accessed, is unknown.
 * AWS keeps the day of the last access only, so the age is in whole days.
 */
final class UnusedSecretRule implements WasteRule {

  /** Days without an access after which a secret is listed, as in AWS Foundational Security Best Practices. */
  static final int UNUSED_DAYS = 90;

  @Override
  public CleanupCandidate.Reason reason() {
    return CleanupCandidate.Reason.UNUSED_SECRET;
  }

  @Override
  public ResourceType type() {
    return ResourceType.SECRETSMANAGER_SECRET;
  }

  @Override
  public Optional<Waste> evaluate(Resource secret, CostThresholds thresholds, Instant now) {
    if (SecretsManagerSecret.DELETED_DATE.isUnknown(secret) || SecretsManagerSecret.DELETED_DATE.read(secret).isPresent()
        || SecretsManagerSecret.OWNING_SERVICE.isUnknown(secret)
        || SecretsManagerSecret.OWNING_SERVICE.read(secret).isPresent()
        || SecretsManagerSecret.LAST_ACCESSED_DATE.isUnknown(secret)) {
      return Optional.empty();
    }
    Optional<Instant> accessed = SecretsManagerSecret.LAST_ACCESSED_DATE.read(secret);
    if (accessed.isPresent()) {
      long days = ReportValues.daysBetween(accessed.get(), now);
      return days > UNUSED_DAYS
          ? Optional.of(new Waste("last accessed " + ReportValues.day(accessed.get()), days)) : Optional.empty();
    }
    if (secret.attributes().containsKey(SecretsManagerSecret.LAST_ACCESSED_DATE.name())) {
      return Optional.empty();
    }
    Optional<Instant> created = SecretsManagerSecret.CREATED_DATE.read(secret);
    if (created.isEmpty() || ReportValues.daysBetween(created.get(), now) <= UNUSED_DAYS) {
      return Optional.empty();
    }
    return Optional.of(new Waste("never accessed, created " + ReportValues.day(created.get()),
        ReportValues.daysBetween(created.get(), now)));
  }
}
