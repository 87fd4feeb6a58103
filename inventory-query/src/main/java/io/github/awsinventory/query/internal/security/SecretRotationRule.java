package io.github.awsinventory.query.internal.security;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.types.SecretsManagerSecret;
import io.github.awsinventory.query.security.Finding;
import io.github.awsinventory.query.security.Severity;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * SECRETS-001 and SECRETS-002: a Secrets Manager secret without automatic rotation, and a secret with rotation on
 * that was not rotated in the last {@value #MAX_AGE_DAYS} days. "More than" is strict, as for IAM-002: a secret
 * rotated exactly {@value #MAX_AGE_DAYS} days before the report time passes. A secret scheduled for deletion
 * ({@code deleted_date}) passes both.
 */
final class SecretRotationRule extends BuiltInRule {

  /** The days a secret with rotation on may go without a rotation. */
  static final int MAX_AGE_DAYS = 90;

  /** What the rule checks. */
  enum Check {
    /** SECRETS-001: rotation is off. */
    ROTATION,
    /** SECRETS-002: rotation is on, but the last rotation is older than the limit, or there was none. */
    AGE
  }

  private final Check check;

  private SecretRotationRule(String id, String title, String remediation, Check check) {
    super(id, Severity.MEDIUM, title, remediation, ResourceType.SECRETSMANAGER_SECRET);
    this.check = check;
  }

  static SecretRotationRule rotation() {
    return new SecretRotationRule("SECRETS-001", "Secrets Manager secret without automatic rotation",
        "Turn on rotation for the secret (secretsmanager rotate-secret with a rotation function, or managed "
            + "rotation for the services that offer it), on a schedule of " + MAX_AGE_DAYS + " days or less.",
        Check.ROTATION);
  }

  static SecretRotationRule age() {
    return new SecretRotationRule("SECRETS-002", "Secrets Manager secret not rotated in " + MAX_AGE_DAYS + " days",
        "Find out why rotation does not succeed (the rotation function's logs, its permissions and network access "
            + "to the database or service), fix it and rotate the secret now (secretsmanager rotate-secret).",
        Check.AGE);
  }

  @Override
  public List<Finding> evaluate(Resource secret, Instant asOf) {
    Reading read = new Reading(secret);
    if (SecretsManagerSecret.DELETED_DATE.read(secret).isPresent()) {
      return List.of();
    }
    Optional<Boolean> enabled = read.value(SecretsManagerSecret.ROTATION_ENABLED);
    if (enabled.isEmpty()) {
      return unknown(secret, read.undetermined());
    }
    if (check == Check.ROTATION) {
      return enabled.get() ? List.of() : List.of(fail(secret)
          .putEvidence(SecretsManagerSecret.ROTATION_ENABLED.name(), false)
          .message(Labels.describe(secret) + " does not rotate automatically ("
              + SecretsManagerSecret.ROTATION_ENABLED.name() + " false)")
          .build());
    }
    return enabled.get() ? age(secret, asOf) : List.of();
  }

  private List<Finding> age(Resource secret, Instant asOf) {
    Instant cutoff = asOf.minus(Duration.ofDays(MAX_AGE_DAYS));
    if (SecretsManagerSecret.LAST_ROTATED_DATE.isUnknown(secret)) {
      return unknown(secret, List.of(SecretsManagerSecret.LAST_ROTATED_DATE.name()));
    }
    Optional<Instant> rotated = SecretsManagerSecret.LAST_ROTATED_DATE.read(secret);
    if (rotated.isPresent()) {
      return rotated.get().isBefore(cutoff) ? List.of(fail(secret)
          .putEvidence(SecretsManagerSecret.ROTATION_ENABLED.name(), true)
          .putEvidence(SecretsManagerSecret.LAST_ROTATED_DATE.name(), rotated.get())
          .message(Labels.describe(secret) + " was last rotated " + day(rotated.get()) + ", "
              + days(rotated.get(), asOf) + " days ago")
          .build()) : List.of();
    }
    Reading read = new Reading(secret);
    Optional<Instant> created = read.value(SecretsManagerSecret.CREATED_DATE);
    if (created.isEmpty()) {
      return unknown(secret, read.undetermined());
    }
    return created.get().isBefore(cutoff) ? List.of(fail(secret)
        .putEvidence(SecretsManagerSecret.ROTATION_ENABLED.name(), true)
        .putEvidence(SecretsManagerSecret.CREATED_DATE.name(), created.get())
        .message(Labels.describe(secret) + " was never rotated since it was created " + day(created.get()) + ", "
            + days(created.get(), asOf) + " days ago")
        .build()) : List.of();
  }

  private static String day(Instant time) {
    return LocalDate.ofInstant(time, ZoneOffset.UTC).toString();
  }

  private static long days(Instant time, Instant asOf) {
    return Duration.between(time, asOf).toDays();
  }
}
