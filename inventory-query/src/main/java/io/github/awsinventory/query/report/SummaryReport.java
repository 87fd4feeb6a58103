package io.github.awsinventory.query.report;

import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.table.TableLayout;
import io.github.awsinventory.query.render.Money;
import io.github.awsinventory.query.render.TextTable;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the inventory holds: resources and their estimated monthly cost by type, department, account and
 * region, the total, how many resources have an unknown cost, and how complete and how old the latest
 * collection run is.
 */
public final class SummaryReport implements Report {

  /** One line of a breakdown: a key (type, department, account or region), its resources and cost. */
  public static final class Group {
    private final String key;
    private final String label;
    private final long resources;
    private final BigDecimal knownCost;
    private final long unknownCost;

    Group(String key, String label, long resources, BigDecimal knownCost, long unknownCost) {
      this.key = key;
      this.label = label;
      this.resources = resources;
      this.knownCost = knownCost;
      this.unknownCost = unknownCost;
    }

    /**
     * The key: a type name, department, account id or region.
     *
     * @return the key
     */
    public String key() {
      return key;
    }

    /**
     * A label for the key (the account's name for an account), else the key.
     *
     * @return the label
     */
    public String label() {
      return label;
    }

    /**
     * Resources in the group.
     *
     * @return a count
     */
    public long resources() {
      return resources;
    }

    /**
     * The sum of the known monthly costs.
     *
     * @return USD per month
     */
    public BigDecimal knownMonthlyCost() {
      return knownCost;
    }

    /**
     * Resources whose cost is unknown (not counted in {@link #knownMonthlyCost()}).
     *
     * @return a count
     */
    public long unknownCostResources() {
      return unknownCost;
    }

    Map<String, Object> toJson(String keyName) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put(keyName, key);
      if (!label.equals(key)) {
        json.put("name", label);
      }
      json.put("resources", resources);
      json.put("monthly_cost", Money.round(knownCost));
      json.put("unknown_cost_resources", unknownCost);
      return json;
    }
  }

  private final Instant asOf;
  private final Group total;
  private final long broadResources;
  private final List<Group> byType;
  private final List<Group> byDepartment;
  private final List<Group> byAccount;
  private final List<Group> byRegion;
  private final Optional<CollectionReport> latestRun;
  private final Duration staleAfter;

  SummaryReport(Instant asOf, Group total, long broadResources, List<Group> byType, List<Group> byDepartment,
      List<Group> byAccount, List<Group> byRegion, Optional<CollectionReport> latestRun, Duration staleAfter) {
    this.asOf = asOf;
    this.total = total;
    this.broadResources = broadResources;
    this.byType = List.copyOf(byType);
    this.byDepartment = List.copyOf(byDepartment);
    this.byAccount = List.copyOf(byAccount);
    this.byRegion = List.copyOf(byRegion);
    this.latestRun = latestRun;
    this.staleAfter = staleAfter;
  }

  @Override
  public String kind() {
    return "summary";
  }

  @Override
  public Instant asOf() {
    return asOf;
  }

  /**
   * Every resource.
   *
   * @return the total
   */
  public Group total() {
    return total;
  }

  /**
   * How many of the resources the broad tier found: their type comes from their ARN, and nothing but their tags
   * is known about them (no attributes, no cost, no findings).
   *
   * @return a count, included in {@link #total()}
   */
  public long broadResources() {
    return broadResources;
  }

  /**
   * By type, most expensive first.
   *
   * @return groups
   */
  public List<Group> byType() {
    return byType;
  }

  /**
   * By department, most expensive first.
   *
   * @return groups
   */
  public List<Group> byDepartment() {
    return byDepartment;
  }

  /**
   * By account, most expensive first.
   *
   * @return groups
   */
  public List<Group> byAccount() {
    return byAccount;
  }

  /**
   * By region, most expensive first.
   *
   * @return groups
   */
  public List<Group> byRegion() {
    return byRegion;
  }

  /**
   * The latest collection run (not a dry run).
   *
   * @return its report, empty when none was recorded
   */
  public Optional<CollectionReport> latestRun() {
    return latestRun;
  }

  /**
   * How old the data is: the time since the latest run finished.
   *
   * @return the age, empty without a run
   */
  public Optional<Duration> dataAge() {
    return latestRun.map(r -> Duration.between(r.finishedAt(), asOf));
  }

  /**
   * Whether the data is stale: no run recorded, or the latest finished longer ago than the staleness limit.
   *
   * @return true when stale
   */
  public boolean isStale() {
    return dataAge().map(age -> age.compareTo(staleAfter) > 0).orElse(true);
  }

  @Override
  public Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("report", kind());
    json.put("as_of", TableLayout.timestamp(asOf));
    Map<String, Object> totals = total.toJson("scope");
    totals.remove("scope");
    totals.put("broad_tier_resources", broadResources);
    json.put("total", totals);
    Map<String, Object> run = new LinkedHashMap<>();
    latestRun.ifPresent(r -> {
      run.put("run_id", r.runId());
      run.put("finished_at", TableLayout.timestamp(r.finishedAt()));
      run.put("status", r.status().name());
      run.put("coverage", Math.round(r.coverage() * 10000) / 10000.0);
      run.put("failed_scopes", r.failedScopes().size());
    });
    run.put("age_hours", dataAge().map(a -> Math.round(a.toMinutes() / 6.0) / 10.0).orElse(null));
    run.put("stale", isStale());
    run.put("stale_after_hours", staleAfter.toHours());
    json.put("latest_run", run);
    json.put("by_type", groups(byType, "resource_type"));
    json.put("by_department", groups(byDepartment, "department"));
    json.put("by_account", groups(byAccount, "account_id"));
    json.put("by_region", groups(byRegion, "region"));
    return json;
  }

  @Override
  public void printText(PrintWriter out) {
    out.printf("Inventory summary as of %s%n", TableLayout.timestamp(asOf));
    out.printf("%d resources, %s per month known", total.resources, Money.text(total.knownCost));
    out.println(total.unknownCost > 0 ? " (" + total.unknownCost + " resources with unknown cost, not included)" : "");
    if (broadResources > 0) {
      out.printf("%d of them found by the broad tier: type from the ARN, tags only (no attributes, cost or findings)%n",
          broadResources);
    }
    if (latestRun.isPresent()) {
      CollectionReport r = latestRun.get();
      out.printf("Latest run %s: %s, coverage %.1f %%%n", r.runId(), r.status(), 100 * r.coverage());
      out.printf("  finished %s, %s ago%s%n", TableLayout.timestamp(r.finishedAt()), age(dataAge().get()),
          isStale() ? "  STALE: older than " + staleAfter.toHours() + " h" : "");
    } else {
      out.println("No collection run recorded: run ./inventory collect (STALE)");
    }
    print(out, "TYPE", byType);
    print(out, "DEPARTMENT", byDepartment);
    print(out, "ACCOUNT", byAccount);
    print(out, "REGION", byRegion);
  }

  @Override
  public Optional<ReportTable> table() {
    ReportTable table = new ReportTable(List.of("dimension", "key", "name", "resources", "monthly_cost",
        "unknown_cost_resources"));
    table.add("total", "", "", total.resources, Money.round(total.knownCost), total.unknownCost);
    add(table, "resource_type", byType);
    add(table, "department", byDepartment);
    add(table, "account", byAccount);
    add(table, "region", byRegion);
    return Optional.of(table);
  }

  private static void add(ReportTable table, String dimension, List<Group> groups) {
    for (Group g : groups) {
      table.add(dimension, g.key, g.label.equals(g.key) ? "" : g.label, g.resources, Money.round(g.knownCost),
          g.unknownCost);
    }
  }

  private static List<Map<String, Object>> groups(List<Group> groups, String keyName) {
    List<Map<String, Object>> list = new ArrayList<>(groups.size());
    groups.forEach(g -> list.add(g.toJson(keyName)));
    return list;
  }

  private static void print(PrintWriter out, String title, List<Group> groups) {
    out.println();
    TextTable table = new TextTable(title, "RESOURCES", "MONTHLY COST", "UNKNOWN COST").numeric(1, 2, 3);
    for (Group g : groups) {
      table.row(g.label.equals(g.key) ? g.key : g.label + " (" + g.key + ")", g.resources, Money.text(g.knownCost),
          g.unknownCost == 0 ? "" : g.unknownCost);
    }
    table.print(out, "");
  }

  private static String age(Duration age) {
    if (age.toDays() > 0) {
      return age.toDays() + " d " + age.toHoursPart() + " h";
    }
    return age.toHours() > 0 ? age.toHours() + " h " + age.toMinutesPart() + " min" : age.toMinutes() + " min";
  }
}
