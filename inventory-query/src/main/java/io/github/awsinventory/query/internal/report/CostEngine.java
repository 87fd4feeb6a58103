package io.github.awsinventory.query.internal.report;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.model.pricing.PriceList;
import io.github.awsinventory.query.report.Recommendation;
import io.github.awsinventory.query.report.ResourceRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * The cost report's engine: the groups, the {@code top} most expensive resources, those above the
 * {@code expensive_resource_monthly} threshold, and the {@link CostAdvisor}'s recommendations.
 */
public final class CostEngine implements Consumer<Resource> {

  private static final Comparator<ResourceRef> BY_COST_DESCENDING = Comparator.comparing(
      (ResourceRef r) -> r.monthlyCost().orElse(BigDecimal.ZERO), Comparator.reverseOrder())
      .thenComparing(ResourceRef::resourceId);

  private final int top;
  private final BigDecimal threshold;
  private final Groups groups;
  private final PriorityQueue<ResourceRef> mostExpensive = new PriorityQueue<>(Comparator.comparing(
      (ResourceRef r) -> r.monthlyCost().orElse(BigDecimal.ZERO)).thenComparing(ResourceRef::resourceId,
      Comparator.reverseOrder()));
  private final List<ResourceRef> above = new ArrayList<>();
  private final CostAdvisor advisor;

  /**
   * An engine that has seen no resource yet.
   *
   * @param parts makes the report's values
   * @param thresholds the expensive-resource and stale-snapshot thresholds
   * @param prices prices the recommendations
   * @param now the report's time
   * @param top how many of the most expensive resources to keep, at least 0
   */
  public CostEngine(ReportParts parts, CostThresholds thresholds, PriceList prices, Instant now, int top) {
    this.top = top;
    this.threshold = thresholds.expensiveResourceMonthly();
    this.groups = new Groups(parts);
    this.advisor = new CostAdvisor(parts, thresholds, prices, now);
  }

  @Override
  public void accept(Resource resource) {
    groups.add(resource);
    if (resource.estimatedMonthlyCost().isPresent()) {
      ResourceRef ref = ResourceRef.of(resource);
      if (top > 0) {
        mostExpensive.add(ref);
        if (mostExpensive.size() > top) {
          mostExpensive.poll();
        }
      }
      if (resource.estimatedMonthlyCost().get().compareTo(threshold) > 0) {
        above.add(ref);
      }
    }
    advisor.accept(resource);
  }

  /**
   * The counts and costs of the resources seen.
   *
   * @return the groups
   */
  public Groups groups() {
    return groups;
  }

  /**
   * The most expensive resources, most expensive first.
   *
   * @return at most {@code top} resources
   */
  public List<ResourceRef> top() {
    List<ResourceRef> topList = new ArrayList<>(mostExpensive);
    topList.sort(BY_COST_DESCENDING);
    return topList;
  }

  /**
   * The resources above the threshold, most expensive first.
   *
   * @return the resources
   */
  public List<ResourceRef> aboveThreshold() {
    List<ResourceRef> sorted = new ArrayList<>(above);
    sorted.sort(BY_COST_DESCENDING);
    return sorted;
  }

  /**
   * The recommendations; call once, after every resource was seen.
   *
   * @return the recommendations, the largest savings first
   */
  public List<Recommendation> recommendations() {
    return advisor.recommendations();
  }
}
