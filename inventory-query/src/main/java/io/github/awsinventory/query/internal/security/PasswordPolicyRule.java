package io.github.awsinventory.query.internal.security;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.types.AwsAccount.PasswordPolicy;
import io.github.awsinventory.model.types.AwsAccount;
import io.github.awsinventory.query.security.Finding;
import io.github.awsinventory.query.security.Severity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ACCOUNT-003: fails an account without a password policy, or whose policy allows passwords shorter than
 * {@value #MIN_LENGTH} characters, prevents the reuse of fewer than {@value #REUSE} passwords, or does not require
 * symbols, digits, upper-case and lower-case letters.
 */
final class PasswordPolicyRule extends BuiltInRule {

  /** The shortest minimum length that passes (CIS 1.8). */
  static final int MIN_LENGTH = 14;
  /** The fewest remembered passwords that pass (CIS 1.9). */
  static final int REUSE = 24;

  private static final List<AttributeKey<Boolean>> REQUIREMENTS = List.of(PasswordPolicy.REQUIRE_SYMBOLS,
      PasswordPolicy.REQUIRE_NUMBERS, PasswordPolicy.REQUIRE_UPPERCASE_CHARACTERS,
      PasswordPolicy.REQUIRE_LOWERCASE_CHARACTERS);

  PasswordPolicyRule() {
    super("ACCOUNT-003", Severity.MEDIUM, "Weak IAM password policy",
        "Set a password policy (iam update-account-password-policy) with a minimum length of at least "
            + MIN_LENGTH + ", password reuse prevention of " + REUSE + " and symbols, numbers, upper-case and "
            + "lower-case letters required; prefer IAM Identity Center for people.",
        ResourceType.AWS_ACCOUNT);
  }

  @Override
  public List<Finding> evaluate(Resource account, Instant asOf) {
    Reading read = new Reading(account);
    Optional<Boolean> configured = read.value(AwsAccount.PASSWORD_POLICY_CONFIGURED);
    if (configured.equals(Optional.of(false))) {
      return List.of(fail(account).putEvidence(AwsAccount.PASSWORD_POLICY_CONFIGURED.name(), false)
          .message(Labels.describe(account) + " has no IAM password policy (IAM's default allows 8 characters "
              + "and any reuse)")
          .build());
    }
    Optional<Map<String, Object>> policy = new Reading(account).value(AwsAccount.PASSWORD_POLICY);
    if (policy.isEmpty()) {
      read.undetermined(AwsAccount.PASSWORD_POLICY.name());
      return unknown(account, read.undetermined());
    }
    Map<String, Object> evidence = new LinkedHashMap<>();
    List<String> weak = new ArrayList<>();
    List<String> undetermined = new ArrayList<>();
    atLeast(policy.get(), PasswordPolicy.MINIMUM_PASSWORD_LENGTH, MIN_LENGTH, evidence, weak, undetermined);
    atLeast(policy.get(), PasswordPolicy.PASSWORD_REUSE_PREVENTION, REUSE, evidence, weak, undetermined);
    for (AttributeKey<Boolean> requirement : REQUIREMENTS) {
      Optional<Boolean> value = requirement.read(policy.get());
      if (value.isEmpty()) {
        undetermined.add(AwsAccount.PASSWORD_POLICY.name() + "." + requirement.name());
      } else {
        evidence.put(requirement.name(), value.get());
        if (!value.get()) {
          weak.add(requirement.name() + " false");
        }
      }
    }
    if (!weak.isEmpty()) {
      return List.of(fail(account).putAllEvidence(evidence)
          .message(Labels.describe(account) + " has a weak password policy: " + String.join(", ", weak))
          .build());
    }
    return undetermined.isEmpty() ? List.of() : unknown(account, undetermined);
  }

  private static void atLeast(Map<String, Object> policy, AttributeKey<BigDecimal> key, int least,
      Map<String, Object> evidence, List<String> weak, List<String> undetermined) {
    Optional<BigDecimal> value = key.read(policy);
    if (value.isEmpty()) {
      undetermined.add(AwsAccount.PASSWORD_POLICY.name() + "." + key.name());
      return;
    }
    evidence.put(key.name(), value.get());
    if (value.get().compareTo(BigDecimal.valueOf(least)) < 0) {
      weak.add(key.name() + " " + value.get().toPlainString() + " (less than " + least + ")");
    }
  }
}
