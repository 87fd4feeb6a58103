package io.github.awsinventory.query.internal.security;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.types.IamUser;
import io.github.awsinventory.query.security.Finding;
import io.github.awsinventory.query.security.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * IAM-001: fails a user with {@code console_access == true} and {@code mfa_active == false}. A user
 * without console access, or with MFA, passes even when the other attribute is unknown.
 */
final class ConsoleWithoutMfaRule extends BuiltInRule {

  ConsoleWithoutMfaRule() {
    super("IAM-001", Severity.HIGH, "IAM user with console access and no MFA",
        "Enable an MFA device for the user, or delete the user's console password if they do not sign in "
            + "to the console; prefer IAM Identity Center for people.",
        ResourceType.IAM_USER);
  }

  @Override
  public List<Finding> evaluate(Resource user, Instant asOf) {
    Reading read = new Reading(user);
    Optional<Boolean> console = read.value(IamUser.CONSOLE_ACCESS);
    Optional<Boolean> mfa = read.value(IamUser.MFA_ACTIVE);
    if (console.equals(Optional.of(false)) || mfa.equals(Optional.of(true))) {
      return List.of();
    }
    if (!read.complete()) {
      return unknown(user, read.undetermined());
    }
    return List.of(fail(user).putEvidence(IamUser.CONSOLE_ACCESS.name(), true)
        .putEvidence(IamUser.MFA_ACTIVE.name(), false)
        .message(Labels.describe(user) + " can sign in to the console without MFA (" + IamUser.CONSOLE_ACCESS.name()
            + " true, " + IamUser.MFA_ACTIVE.name() + " false)")
        .build());
  }
}
