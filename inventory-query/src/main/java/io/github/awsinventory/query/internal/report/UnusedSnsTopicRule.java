package io.github.awsinventory.query.internal.report;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.model.types.SnsTopic;
import io.github.awsinventory.query.report.CleanupCandidate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * {@link CleanupCandidate.Reason#UNUSED_SNS_TOPIC}: an SNS topic with no subscriptions, confirmed or pending, so that
 * whatever is published to it reaches no one. A topic whose subscription counts are unknown is not judged. The age
 * is unknown: AWS does not say since when a topic has had no subscribers.
 */
final class UnusedSnsTopicRule implements WasteRule {

  @Override
  public CleanupCandidate.Reason reason() {
    return CleanupCandidate.Reason.UNUSED_SNS_TOPIC;
  }

  @Override
  public ResourceType type() {
    return ResourceType.SNS_TOPIC;
  }

  @Override
  public Optional<Waste> evaluate(Resource topic, CostThresholds thresholds, Instant now) {
    Optional<BigDecimal> confirmed = SnsTopic.SUBSCRIPTIONS_CONFIRMED.read(topic);
    Optional<BigDecimal> pending = SnsTopic.SUBSCRIPTIONS_PENDING.read(topic);
    if (confirmed.isEmpty() || pending.isEmpty() || confirmed.get().signum() != 0 || pending.get().signum() != 0) {
      return Optional.empty();
    }
    return Optional.of(new Waste("no subscriptions, confirmed or pending", null));
  }
}
