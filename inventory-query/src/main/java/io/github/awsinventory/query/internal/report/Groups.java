package io.github.awsinventory.query.internal.report;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.query.report.SummaryReport;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Counts and costs by type, department, account and region: the summary report's engine, and the cost
 * report's groups.
 */
public final class Groups {
  private final ReportParts parts;
  private final Map<String, long[]> counts = new HashMap<>();
  private final Map<String, BigDecimal> costs = new HashMap<>();
  private final Map<String, String> accountNames = new HashMap<>();

  /**
   * Empty groups.
   *
   * @param parts makes the groups
   */
  public Groups(ReportParts parts) {
    this.parts = parts;
  }

  /**
   * Counts a resource in the total and in its type, department, account and region.
   *
   * @param r the resource
   */
  public void add(Resource r) {
    accountNames.putIfAbsent(r.accountId(), r.accountName());
    for (String key : List.of("total|", "type|" + r.resourceType().name(), "department|" + r.department(),
        "account|" + r.accountId(), "region|" + r.region())) {
      long[] c = counts.computeIfAbsent(key, k -> new long[2]);
      c[0]++;
      if (r.estimatedMonthlyCost().isPresent()) {
        costs.merge(key, r.estimatedMonthlyCost().get(), BigDecimal::add);
      } else {
        c[1]++;
      }
    }
  }

  /**
   * Every resource counted.
   *
   * @return the total, with an empty key and label
   */
  public SummaryReport.Group total() {
    return group("total|", "", "");
  }

  /**
   * The groups by type, most expensive first.
   *
   * @return the groups
   */
  public List<SummaryReport.Group> byType() {
    return dimension("type|", k -> k);
  }

  /**
   * The groups by department, most expensive first.
   *
   * @return the groups
   */
  public List<SummaryReport.Group> byDepartment() {
    return dimension("department|", k -> k);
  }

  /**
   * The groups by account, most expensive first, labelled with the account's name.
   *
   * @return the groups
   */
  public List<SummaryReport.Group> byAccount() {
    return dimension("account|", k -> accountNames.getOrDefault(k, k));
  }

  /**
   * The groups by region, most expensive first.
   *
   * @return the groups
   */
  public List<SummaryReport.Group> byRegion() {
    return dimension("region|", k -> k);
  }

  private List<SummaryReport.Group> dimension(String prefix, Function<String, String> label) {
    return counts.keySet().stream().filter(k -> k.startsWith(prefix))
        .map(k -> group(k, k.substring(prefix.length()), label.apply(k.substring(prefix.length()))))
        .sorted(Comparator.comparing(SummaryReport.Group::knownMonthlyCost, Comparator.reverseOrder())
            .thenComparing(SummaryReport.Group::key))
        .collect(Collectors.toList());
  }

  private SummaryReport.Group group(String mapKey, String key, String label) {
    long[] c = counts.getOrDefault(mapKey, new long[2]);
    return parts.group(key, label, c[0], costs.getOrDefault(mapKey, BigDecimal.ZERO), c[1]);
  }
}
