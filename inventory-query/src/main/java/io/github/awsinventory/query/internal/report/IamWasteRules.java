package io.github.awsinventory.query.internal.report;

import static io.github.awsinventory.query.internal.report.ReportValues.day;
import static io.github.awsinventory.query.internal.report.ReportValues.daysBetween;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.model.types.IamPolicy;
import io.github.awsinventory.model.types.IamRole;
import io.github.awsinventory.query.report.CleanupCandidate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** The cleanup rules of IAM roles and customer managed policies. */
final class IamWasteRules {

  private IamWasteRules() {}

  /**
   * {@code unused_iam_role}: a role that is not service-linked and was last used — or, never used, created — more
   * than {@code idle_resource_days} ago. A role whose last use or service link is unknown is not judged.
   */
  static final class UnusedRole implements WasteRule {

    @Override
    public CleanupCandidate.Reason reason() {
      return CleanupCandidate.Reason.UNUSED_IAM_ROLE;
    }

    @Override
    public ResourceType type() {
      return ResourceType.IAM_ROLE;
    }

    @Override
    public Optional<Waste> evaluate(Resource role, CostThresholds thresholds, Instant now) {
      if (!IamRole.SERVICE_LINKED.read(role).equals(Optional.of(false)) || IamRole.ROLE_LAST_USED.isUnknown(role)) {
        return Optional.empty();
      }
      Optional<Instant> used = IamRole.ROLE_LAST_USED.read(role);
      if (used.isPresent()) {
        long days = daysBetween(used.get(), now);
        String where = IamRole.ROLE_LAST_USED_REGION.read(role).map(r -> " in " + r).orElse("");
        return days > thresholds.idleResourceDays()
            ? Optional.of(new Waste("last used " + day(used.get()) + where, days)) : Optional.empty();
      }
      if (role.attributes().containsKey(IamRole.ROLE_LAST_USED.name())) {
        return Optional.empty();
      }
      return IamRole.CREATION_DATE.read(role).filter(created -> daysBetween(created, now)
          > thresholds.idleResourceDays())
          .map(created -> new Waste("never used, created " + day(created), daysBetween(created, now)));
    }
  }

  /**
   * {@code unattached_iam_policy}: a customer managed policy with {@code attachment_count} and
   * {@code permissions_boundary_usage_count} both 0; aged from its last update.
   */
  static final class UnattachedPolicy implements WasteRule {

    @Override
    public CleanupCandidate.Reason reason() {
      return CleanupCandidate.Reason.UNATTACHED_IAM_POLICY;
    }

    @Override
    public ResourceType type() {
      return ResourceType.IAM_POLICY;
    }

    @Override
    public Optional<Waste> evaluate(Resource policy, CostThresholds thresholds, Instant now) {
      Optional<BigDecimal> attachments = IamPolicy.ATTACHMENT_COUNT.read(policy);
      Optional<BigDecimal> boundaries = IamPolicy.PERMISSIONS_BOUNDARY_USAGE_COUNT.read(policy);
      if (attachments.isEmpty() || attachments.get().signum() != 0
          || boundaries.isPresent() && boundaries.get().signum() != 0
          || boundaries.isEmpty() && IamPolicy.PERMISSIONS_BOUNDARY_USAGE_COUNT.isUnknown(policy)) {
        return Optional.empty();
      }
      Optional<Instant> since = IamPolicy.UPDATE_DATE.read(policy).or(() -> IamPolicy.CREATION_DATE.read(policy));
      return Optional.of(new Waste("attached to nothing" + since.map(t -> ", last updated " + day(t)).orElse(""),
          since.map(t -> daysBetween(t, now)).orElse(null)));
    }
  }
}
