package io.github.awsinventory.query.internal.security;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.types.IamUser;
import io.github.awsinventory.model.types.IamUser.AccessKey;
import io.github.awsinventory.query.security.Finding;
import io.github.awsinventory.query.security.Severity;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * IAM-002 and IAM-003: an IAM user's active access keys (attribute {@code access_keys}) that are older, or
 * unused for longer, than {@value #MAX_AGE_DAYS} days as of the report time. "Longer than" is strict: a
 * key rotated (or last used) exactly {@value #MAX_AGE_DAYS} days before the report time passes, one
 * second earlier fails. Inactive keys are ignored.
 */
final class AccessKeyRule extends BuiltInRule {

  /** The age, in days, an active access key may reach. */
  static final int MAX_AGE_DAYS = 90;

  /** What makes a key stale. */
  enum Check {
    /** IAM-002: {@code last_rotated} is older than the limit. */
    ROTATION,
    /** IAM-003: {@code last_used} is older than the limit, or the key was never used and is older. */
    USAGE
  }

  private final Check check;

  private AccessKeyRule(String id, String title, String remediation, Check check) {
    super(id, Severity.MEDIUM, title, remediation, ResourceType.IAM_USER);
    this.check = check;
  }

  static AccessKeyRule rotation() {
    return new AccessKeyRule("IAM-002", "Active access key not rotated in " + MAX_AGE_DAYS + " days",
        "Create a second access key, move the user's applications to it, then deactivate and delete the old "
            + "one; prefer IAM roles with temporary credentials.",
        Check.ROTATION);
  }

  static AccessKeyRule usage() {
    return new AccessKeyRule("IAM-003", "Active access key unused for " + MAX_AGE_DAYS + " days",
        "Deactivate the unused access key, and delete it once nothing has failed for lack of it.",
        Check.USAGE);
  }

  @Override
  public List<Finding> evaluate(Resource user, Instant asOf) {
    Reading read = new Reading(user);
    Optional<List<?>> keys = read.entries(IamUser.ACCESS_KEYS);
    if (keys.isEmpty()) {
      return unknown(user, read.undetermined());
    }
    Instant cutoff = asOf.minus(Duration.ofDays(MAX_AGE_DAYS));
    List<Object> stale = new ArrayList<>();
    List<String> details = new ArrayList<>();
    for (int i = 0; i < keys.get().size(); i++) {
      String path = IamUser.ACCESS_KEYS.name() + "[" + i + "]";
      Object entry = keys.get().get(i);
      if (!(entry instanceof Map<?, ?>)) {
        read.undetermined(path);
        continue;
      }
      Map<String, ?> key = Reading.entry((Map<?, ?>) entry);
      Optional<Boolean> active = AccessKey.ACTIVE.read(key);
      if (active.isEmpty()) {
        read.undetermined(path + "." + AccessKey.ACTIVE.name());
        continue;
      }
      if (!active.get()) {
        continue;
      }
      Optional<Instant> rotated = AccessKey.LAST_ROTATED.read(key);
      Optional<Instant> used = AccessKey.LAST_USED.read(key);
      if (rotated.isEmpty() || key.containsKey(AccessKey.LAST_USED.name()) && used.isEmpty()) {
        read.undetermined(path + "." + (rotated.isEmpty() ? AccessKey.LAST_ROTATED : AccessKey.LAST_USED).name());
        continue;
      }
      String number = AccessKey.KEY_NUMBER.read(key).map(BigDecimal::toPlainString).orElse(String.valueOf(i + 1));
      if (check == Check.ROTATION && rotated.get().isBefore(cutoff)) {
        stale.add(key);
        details.add("key " + number + " (last rotated " + day(rotated.get()) + ", " + days(rotated.get(), asOf)
            + " days ago)");
      } else if (check == Check.USAGE && used.isPresent() && used.get().isBefore(cutoff)) {
        stale.add(key);
        details.add("key " + number + " (last used " + day(used.get()) + ", " + days(used.get(), asOf)
            + " days ago)");
      } else if (check == Check.USAGE && used.isEmpty() && rotated.get().isBefore(cutoff)) {
        stale.add(key);
        details.add("key " + number + " (never used, created " + day(rotated.get()) + ", "
            + days(rotated.get(), asOf) + " days ago)");
      }
    }
    if (!stale.isEmpty()) {
      String what = check == Check.ROTATION ? "not rotated" : "unused";
      String keysNoun = stale.size() == 1 ? "an active access key " : "active access keys ";
      return List.of(fail(user).putEvidence(IamUser.ACCESS_KEYS.name(), stale)
          .message(Labels.describe(user) + " has " + keysNoun + what + " for more than " + MAX_AGE_DAYS
              + " days: " + String.join(", ", details))
          .build());
    }
    return read.complete() ? List.of() : unknown(user, read.undetermined());
  }

  private static String day(Instant time) {
    return LocalDate.ofInstant(time, ZoneOffset.UTC).toString();
  }

  private static long days(Instant time, Instant asOf) {
    return Duration.between(time, asOf).toDays();
  }
}
