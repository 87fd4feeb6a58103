package io.github.awsinventory.collector.spi;

import io.github.awsinventory.model.Resource;
import java.util.Optional;

/**
 * Estimates what a resource costs per month. Estimators are consulted in order; the first that returns a
 * value decides (which may be {@link CostEstimate#unknown}). A resource no estimator handles has an
 * unknown cost.
 *
 * <pre>{@code
 * CostEstimator queues = resource -> resource.resourceType().name().equals("sqs_queue")
 *     ? Optional.of(CostEstimate.unknown("SQS is billed by requests"))
 *     : Optional.empty();
 * }</pre>
 */
@FunctionalInterface
public interface CostEstimator {

  /**
   * Estimates a resource's monthly cost.
   *
   * @param resource the resource with its attributes (department and cost not yet set)
   * @return the estimate, or empty when this estimator does not handle the resource
   */
  Optional<CostEstimate> estimate(Resource resource);
}
