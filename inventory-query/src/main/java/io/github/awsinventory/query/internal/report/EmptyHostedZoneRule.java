package io.github.awsinventory.query.internal.report;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.model.types.Route53HostedZone;
import io.github.awsinventory.query.report.CleanupCandidate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * {@link CleanupCandidate.Reason#EMPTY_HOSTED_ZONE}: a Route 53 hosted zone with at most 2 record sets
 * ({@code record_count}), which are the SOA and NS records that Route 53 creates with every zone, so that it answers
 * for no name of its own. Not judged when the count is unknown. No age (Route 53 does not report when a zone was
 * created); the saving is the zone's monthly price.
 */
final class EmptyHostedZoneRule implements WasteRule {

  /** The record sets every zone has: its SOA and its NS record. */
  static final BigDecimal DEFAULT_RECORDS = BigDecimal.valueOf(2);

  @Override
  public CleanupCandidate.Reason reason() {
    return CleanupCandidate.Reason.EMPTY_HOSTED_ZONE;
  }

  @Override
  public ResourceType type() {
    return ResourceType.ROUTE53_HOSTED_ZONE;
  }

  @Override
  public Optional<Waste> evaluate(Resource zone, CostThresholds thresholds, Instant now) {
    return Route53HostedZone.RECORD_COUNT.read(zone).filter(count -> count.compareTo(DEFAULT_RECORDS) <= 0)
        .map(count -> new Waste("only the SOA and NS records (record_count " + count.toPlainString() + ")", null));
  }
}
