package io.github.awsinventory.query.report;

import io.github.awsinventory.model.table.TableLayout;
import io.github.awsinventory.query.render.Money;
import io.github.awsinventory.query.render.TextTable;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the money goes and how to spend less: monthly cost by department, type and account, the most
 * expensive resources, those above the {@code expensive_resource_monthly} threshold, and optimisation
 * recommendations with their estimated savings.
 */
public final class CostReport implements Report {

  private final Instant asOf;
  private final SummaryReport.Group total;
  private final List<SummaryReport.Group> byDepartment;
  private final List<SummaryReport.Group> byType;
  private final List<SummaryReport.Group> byAccount;
  private final List<ResourceRef> top;
  private final BigDecimal threshold;
  private final List<ResourceRef> aboveThreshold;
  private final List<Recommendation> recommendations;

  CostReport(Instant asOf, SummaryReport.Group total, List<SummaryReport.Group> byDepartment,
      List<SummaryReport.Group> byType, List<SummaryReport.Group> byAccount, List<ResourceRef> top,
      BigDecimal threshold, List<ResourceRef> aboveThreshold, List<Recommendation> recommendations) {
    this.asOf = asOf;
    this.total = total;
    this.byDepartment = List.copyOf(byDepartment);
    this.byType = List.copyOf(byType);
    this.byAccount = List.copyOf(byAccount);
    this.top = List.copyOf(top);
    this.threshold = threshold;
    this.aboveThreshold = List.copyOf(aboveThreshold);
    this.recommendations = List.copyOf(recommendations);
  }

  @Override
  public String kind() {
    return "cost";
  }

  @Override
  public Instant asOf() {
    return asOf;
  }

  /**
   * Every resource: count, known cost, unknown-cost count.
   *
   * @return the total
   */
  public SummaryReport.Group total() {
    return total;
  }

  /**
   * Cost by department, most expensive first.
   *
   * @return groups
   */
  public List<SummaryReport.Group> byDepartment() {
    return byDepartment;
  }

  /**
   * Cost by type, most expensive first.
   *
   * @return groups
   */
  public List<SummaryReport.Group> byType() {
    return byType;
  }

  /**
   * Cost by account, most expensive first.
   *
   * @return groups
   */
  public List<SummaryReport.Group> byAccount() {
    return byAccount;
  }

  /**
   * The most expensive resources.
   *
   * @return resources, most expensive first
   */
  public List<ResourceRef> top() {
    return top;
  }

  /**
   * The threshold above which a resource is listed as expensive.
   *
   * @return USD per month
   */
  public BigDecimal threshold() {
    return threshold;
  }

  /**
   * Resources above the threshold.
   *
   * @return resources, most expensive first
   */
  public List<ResourceRef> aboveThreshold() {
    return aboveThreshold;
  }

  /**
   * Optimisation recommendations, largest known savings first.
   *
   * @return recommendations
   */
  public List<Recommendation> recommendations() {
    return recommendations;
  }

  /**
   * The known savings of the recommendations, counting each resource once: where several recommendations
   * name one resource (delete an unattached gp2 volume, or convert it to gp3), only the largest saving counts,
   * since they are alternatives.
   *
   * @return USD per month
   */
  public BigDecimal potentialMonthlySavings() {
    return Savings.oncePerResource(recommendations, Recommendation::resource, Recommendation::monthlySavings);
  }

  @Override
  public Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("report", kind());
    json.put("as_of", TableLayout.timestamp(asOf));
    json.put("total_monthly_cost", Money.round(total.knownMonthlyCost()));
    json.put("resources", total.resources());
    json.put("unknown_cost_resources", total.unknownCostResources());
    json.put("by_department", groups(byDepartment, "department"));
    json.put("by_type", groups(byType, "resource_type"));
    json.put("by_account", groups(byAccount, "account_id"));
    json.put("top", refs(top));
    json.put("expensive_threshold", Money.round(threshold));
    json.put("above_threshold", refs(aboveThreshold));
    List<Map<String, Object>> recs = new ArrayList<>();
    recommendations.forEach(r -> recs.add(r.toJson()));
    json.put("recommendations", recs);
    json.put("potential_monthly_savings", Money.round(potentialMonthlySavings()));
    return json;
  }

  @Override
  public void printText(PrintWriter out) {
    out.printf("Cost analysis as of %s%n", TableLayout.timestamp(asOf));
    out.printf("Total %s per month over %d resources%s%n", Money.text(total.knownMonthlyCost()), total.resources(),
        total.unknownCostResources() > 0 ? " (" + total.unknownCostResources() + " with unknown cost, not included)" : "");
    groupTable(out, "DEPARTMENT", byDepartment);
    groupTable(out, "TYPE", byType);
    groupTable(out, "ACCOUNT", byAccount);
    out.println();
    out.println("Most expensive resources:");
    refTable(out, top);
    out.println();
    out.printf("Above %s per month: %d%n", Money.text(threshold), aboveThreshold.size());
    if (!aboveThreshold.isEmpty()) {
      refTable(out, aboveThreshold);
    }
    out.println();
    out.printf("Recommendations: %d, potential savings %s per month%n", recommendations.size(),
        Money.text(potentialMonthlySavings()));
    Map<String, List<Recommendation>> byRule = new LinkedHashMap<>();
    recommendations.forEach(r -> byRule.computeIfAbsent(r.ruleId(), k -> new ArrayList<>()).add(r));
    for (Map.Entry<String, List<Recommendation>> rule : byRule.entrySet()) {
      List<Recommendation> items = rule.getValue();
      boolean oneAction = items.stream().map(Recommendation::action).distinct().count() == 1;
      Savings.printGroup(out, rule.getKey(), oneAction ? Optional.of(items.get(0).action()) : Optional.empty(), items,
          Recommendation::resource, Recommendation::monthlySavings, "REASON", Recommendation::reason);
    }
  }

  @Override
  public Optional<ReportTable> table() {
    ReportTable table = new ReportTable(List.of("rule", "account_id", "account_name", "region", "resource_type",
        "resource_id", "name", "department", "monthly_cost", "monthly_savings", "reason", "action"));
    for (Recommendation r : recommendations) {
      ResourceRef res = r.resource();
      table.add(r.ruleId(), res.accountId(), res.accountName(), res.region(), res.resourceType(), res.resourceId(),
          res.name(), res.department(), Money.round(res.monthlyCost().orElse(null)),
          Money.round(r.monthlySavings().orElse(null)), r.reason(), r.action());
    }
    return Optional.of(table);
  }

  private static void groupTable(PrintWriter out, String title, List<SummaryReport.Group> groups) {
    out.println();
    TextTable table = new TextTable(title, "RESOURCES", "MONTHLY COST", "UNKNOWN COST").numeric(1, 2, 3);
    for (SummaryReport.Group g : groups) {
      table.row(g.label().equals(g.key()) ? g.key() : g.label() + " (" + g.key() + ")", g.resources(),
          Money.text(g.knownMonthlyCost()), g.unknownCostResources() == 0 ? "" : g.unknownCostResources());
    }
    table.print(out, "");
  }

  private static void refTable(PrintWriter out, List<ResourceRef> refs) {
    TextTable table = new TextTable("MONTHLY COST", "TYPE", "ACCOUNT", "REGION", "NAME", "DEPARTMENT").numeric(0);
    for (ResourceRef r : refs) {
      table.row(Money.text(r.monthlyCost().orElse(null)), r.resourceType(), r.accountId(), r.region(), r.name(),
          r.department());
    }
    table.print(out, "  ");
  }

  private static List<Map<String, Object>> groups(List<SummaryReport.Group> groups, String keyName) {
    List<Map<String, Object>> list = new ArrayList<>();
    groups.forEach(g -> list.add(g.toJson(keyName)));
    return list;
  }

  private static List<Map<String, Object>> refs(List<ResourceRef> refs) {
    List<Map<String, Object>> list = new ArrayList<>();
    refs.forEach(r -> list.add(r.toJson()));
    return list;
  }
}
