package io.github.awsinventory.query.internal.report;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.query.report.CleanupCandidate;
import java.time.Instant;
import java.util.Optional;

/**
 * One cleanup rule that judges a resource on its own attributes: a KMS key pending deletion, a repository
 * without images. The cleanup report lists each resource it judges waste under its {@link #reason()},
 * with the resource's estimated monthly cost as the saving (unknown stays unknown).
 *
 * <p>Rules that need more than one resource (an instance and its volumes) stay in {@link CleanupEngine}.
 */
interface WasteRule {

  /**
   * The reason the cleanup report lists the resource under.
   *
   * @return the reason
   */
  CleanupCandidate.Reason reason();

  /**
   * The type the rule judges; other resources are never passed to {@link #evaluate}.
   *
   * @return the type
   */
  ResourceType type();

  /**
   * Judges one resource.
   *
   * @param resource a resource of {@link #type()}
   * @param thresholds the report's idle, stale and not-seen days
   * @param now the report's time
   * @return why it is waste, or empty when it is not, or when an attribute the rule needs is unknown
   */
  Optional<Waste> evaluate(Resource resource, CostThresholds thresholds, Instant now);

  /**
   * Why a resource is waste.
   *
   * @param detail one phrase with the values, e.g. {@code pending deletion since 2026-11-02}
   * @param ageDays how long it has been waste, when known
   */
  record Waste(String detail, Long ageDays) {}
}
