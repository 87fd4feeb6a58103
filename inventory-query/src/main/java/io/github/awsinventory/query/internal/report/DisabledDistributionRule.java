package io.github.awsinventory.query.internal.report;

import static io.github.awsinventory.query.internal.report.ReportValues.daysBetween;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.model.types.CloudFrontDistribution;
import io.github.awsinventory.query.report.CleanupCandidate;
import java.time.Instant;
import java.util.Optional;

/**
 * {@link CleanupCandidate.Reason#DISABLED_DISTRIBUTION}: a CloudFront distribution whose {@code enabled} is false,
 * so that it serves no request. Not judged when the flag is unknown. The age is the days since the distribution was
 * last changed (disabling it is a change); the saving is its cost, which is unknown (distributions are billed by
 * requests and data transfer).
 */
final class DisabledDistributionRule implements WasteRule {

  @Override
  public CleanupCandidate.Reason reason() {
    return CleanupCandidate.Reason.DISABLED_DISTRIBUTION;
  }

  @Override
  public ResourceType type() {
    return ResourceType.CLOUDFRONT_DISTRIBUTION;
  }

  @Override
  public Optional<Waste> evaluate(Resource distribution, CostThresholds thresholds, Instant now) {
    return CloudFrontDistribution.ENABLED.read(distribution).filter(enabled -> !enabled)
        .map(enabled -> new Waste("disabled", CloudFrontDistribution.LAST_MODIFIED_TIME.read(distribution)
            .map(modified -> daysBetween(modified, now)).orElse(null)));
  }
}
