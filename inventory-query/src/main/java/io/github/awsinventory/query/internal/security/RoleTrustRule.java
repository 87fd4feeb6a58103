package io.github.awsinventory.query.internal.security;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.types.IamRole.ExternalTrust;
import io.github.awsinventory.model.types.IamRole;
import io.github.awsinventory.query.security.Finding;
import io.github.awsinventory.query.security.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * IAM-004: fails a role whose trust policy lets any AWS principal ({@code *}) or a principal of another account
 * assume it without an {@code sts:ExternalId} condition ({@code external_trusts} with
 * {@code external_id_required == false}).
 */
final class RoleTrustRule extends BuiltInRule {

  RoleTrustRule() {
    super("IAM-004", Severity.HIGH, "IAM role trusting another account without an external id",
        "Name the exact principals that may assume the role instead of '*', and require an sts:ExternalId "
            + "condition (or aws:PrincipalOrgID for your own organisation) in each statement that trusts another "
            + "account.",
        ResourceType.IAM_ROLE);
  }

  @Override
  public List<Finding> evaluate(Resource role, Instant asOf) {
    Reading read = new Reading(role);
    Optional<List<?>> trusts = read.entries(IamRole.EXTERNAL_TRUSTS);
    if (trusts.isEmpty()) {
      return unknown(role, read.undetermined());
    }
    List<Object> open = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < trusts.get().size(); i++) {
      String path = IamRole.EXTERNAL_TRUSTS.name() + "[" + i + "]";
      Object entry = trusts.get().get(i);
      if (!(entry instanceof Map<?, ?>)) {
        read.undetermined(path);
        continue;
      }
      Map<String, ?> trust = Reading.entry((Map<?, ?>) entry);
      Optional<Boolean> externalId = ExternalTrust.EXTERNAL_ID_REQUIRED.read(trust);
      Optional<String> principal = ExternalTrust.PRINCIPAL.read(trust);
      if (externalId.isEmpty() || principal.isEmpty()) {
        read.undetermined(path + "." + (principal.isEmpty() ? ExternalTrust.PRINCIPAL
            : ExternalTrust.EXTERNAL_ID_REQUIRED).name());
      } else if (!externalId.get()) {
        open.add(trust);
        names.add("*".equals(principal.get()) ? "any AWS principal (*)" : principal.get());
      }
    }
    if (!open.isEmpty()) {
      return List.of(fail(role).putEvidence(IamRole.EXTERNAL_TRUSTS.name(), open)
          .message(Labels.describe(role) + " can be assumed without an external id by " + String.join(", ", names))
          .build());
    }
    return read.complete() ? List.of() : unknown(role, read.undetermined());
  }
}
