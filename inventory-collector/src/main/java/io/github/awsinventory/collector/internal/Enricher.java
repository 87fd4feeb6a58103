package io.github.awsinventory.collector.internal;

import io.github.awsinventory.collector.spi.CostEstimate;
import io.github.awsinventory.collector.spi.CostEstimator;
import io.github.awsinventory.collector.spi.DepartmentRule;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.types.BroadTier;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Sets a collected resource's department (custom rules, then a resource tag matched without regard to
 * case, then the account, then {@code unassigned}) and its cost estimate (the first estimator that
 * answers; unknown when none does).
 */
final class Enricher {

  private final List<DepartmentRule> rules;
  private final List<String> tagKeys;
  private final List<CostEstimator> estimators;

  Enricher(List<DepartmentRule> rules, List<String> tagKeys, List<CostEstimator> estimators) {
    this.rules = List.copyOf(rules);
    this.tagKeys = tagKeys.stream().map(k -> k.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toList());
    this.estimators = List.copyOf(estimators);
  }

  Resource enrich(Resource collected, Optional<String> accountDepartment, Optional<Instant> firstSeen) {
    String department = department(collected, accountDepartment);
    CostEstimate cost = cost(collected);
    Resource.Builder enriched = collected.toBuilder().department(department)
        .estimatedMonthlyCost(cost.monthlyCost()).costBasis(cost.basis());
    firstSeen.ifPresent(enriched::firstSeen);
    return enriched.build();
  }

  String department(Resource resource, Optional<String> accountDepartment) {
    for (DepartmentRule rule : rules) {
      Optional<String> department = rule.department(resource, accountDepartment).filter(d -> !d.isBlank());
      if (department.isPresent()) {
        return department.get();
      }
    }
    for (String key : tagKeys) {
      for (Map.Entry<String, String> tag : resource.tags().entrySet()) {
        if (tag.getKey().toLowerCase(Locale.ROOT).equals(key) && !tag.getValue().isBlank()) {
          return tag.getValue();
        }
      }
    }
    return accountDepartment.filter(d -> !d.isBlank()).orElse(Resource.UNASSIGNED);
  }

  CostEstimate cost(Resource resource) {
    if (BroadTier.isBroad(resource)) {
      return CostEstimate.unknown("found by the broad tier (" + BroadTier.SOURCE.read(resource).orElse("")
          + "), which reports no size or usage to price");
    }
    for (CostEstimator estimator : estimators) {
      Optional<CostEstimate> estimate = estimator.estimate(resource);
      if (estimate.isPresent()) {
        return estimate.get();
      }
    }
    return CostEstimate.unknown("no cost model for resource type " + resource.resourceType());
  }
}
