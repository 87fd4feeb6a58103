package io.github.awsinventory.query.report;

import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.model.table.TableLayout;
import io.github.awsinventory.query.render.Money;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cleanup candidates — reporting only, nothing is ever deleted: unattached volumes, unassociated Elastic
 * IPs, instances stopped longer than {@code idle_resource_days} (from the stop time AWS recorded, not the
 * launch time), snapshots older than {@code stale_resource_days}, and resources the collector has not seen
 * for {@code not_seen_days}; each with the monthly savings if removed.
 */
public final class CleanupReport implements Report {

  private final Instant asOf;
  private final CostThresholds thresholds;
  private final List<CleanupCandidate> candidates;
  private final long stoppedWithoutStopTime;

  CleanupReport(Instant asOf, CostThresholds thresholds, List<CleanupCandidate> candidates, long stoppedWithoutStopTime) {
    this.asOf = asOf;
    this.thresholds = thresholds;
    this.candidates = List.copyOf(candidates);
    this.stoppedWithoutStopTime = stoppedWithoutStopTime;
  }

  @Override
  public String kind() {
    return "cleanup";
  }

  @Override
  public Instant asOf() {
    return asOf;
  }

  /**
   * The thresholds the report used.
   *
   * @return thresholds
   */
  public CostThresholds thresholds() {
    return thresholds;
  }

  /**
   * The candidates, by reason, then largest savings first.
   *
   * @return candidates
   */
  public List<CleanupCandidate> candidates() {
    return candidates;
  }

  /**
   * Stopped instances whose stop time AWS did not record: they cannot be judged idle and are not listed.
   *
   * @return a count
   */
  public long stoppedInstancesWithoutStopTime() {
    return stoppedWithoutStopTime;
  }

  /**
   * The candidates of one reason.
   *
   * @param reason the reason
   * @return candidates
   */
  public List<CleanupCandidate> candidates(CleanupCandidate.Reason reason) {
    List<CleanupCandidate> list = new ArrayList<>();
    candidates.stream().filter(c -> c.reason() == reason).forEach(list::add);
    return list;
  }

  /**
   * The known monthly savings of removing every candidate (a resource listed for two reasons is counted
   * once).
   *
   * @return USD per month
   */
  public BigDecimal monthlySavings() {
    return Savings.oncePerResource(candidates, CleanupCandidate::resource, CleanupCandidate::monthlySavings);
  }

  @Override
  public Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("report", kind());
    json.put("as_of", TableLayout.timestamp(asOf));
    Map<String, Object> used = new LinkedHashMap<>();
    used.put("idle_resource_days", thresholds.idleResourceDays());
    used.put("stale_resource_days", thresholds.staleResourceDays());
    used.put("not_seen_days", thresholds.notSeenDays());
    json.put("thresholds", used);
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (CleanupCandidate.Reason reason : CleanupCandidate.Reason.values()) {
      counts.put(reason.id(), candidates(reason).size());
    }
    json.put("counts", counts);
    json.put("monthly_savings", Money.round(monthlySavings()));
    json.put("stopped_instances_without_stop_time", stoppedWithoutStopTime);
    List<Map<String, Object>> list = new ArrayList<>();
    candidates.forEach(c -> list.add(c.toJson()));
    json.put("candidates", list);
    return json;
  }

  @Override
  public void printText(PrintWriter out) {
    out.printf("Cleanup candidates as of %s (reporting only: nothing is deleted)%n", TableLayout.timestamp(asOf));
    out.printf("Thresholds: stopped more than %d days, snapshots older than %d days, unseen more than %d days%n",
        thresholds.idleResourceDays(), thresholds.staleResourceDays(), thresholds.notSeenDays());
    out.printf("%d candidates, %s per month if removed%n", candidates.size(), Money.text(monthlySavings()));
    if (stoppedWithoutStopTime > 0) {
      out.printf("(%d stopped instances have no recorded stop time and are not judged)%n", stoppedWithoutStopTime);
    }
    for (CleanupCandidate.Reason reason : CleanupCandidate.Reason.values()) {
      List<CleanupCandidate> list = candidates(reason);
      if (list.isEmpty()) {
        continue;
      }
      Savings.printGroup(out, reason.id(), Optional.empty(), list, CleanupCandidate::resource,
          CleanupCandidate::monthlySavings, "DETAIL", CleanupCandidate::detail);
    }
  }

  @Override
  public Optional<ReportTable> table() {
    ReportTable table = new ReportTable(List.of("reason", "account_id", "account_name", "region", "resource_type",
        "resource_id", "name", "department", "age_days", "monthly_savings", "detail"));
    for (CleanupCandidate c : candidates) {
      ResourceRef r = c.resource();
      table.add(c.reason().id(), r.accountId(), r.accountName(), r.region(), r.resourceType(), r.resourceId(),
          r.name(), r.department(), c.ageDays().orElse(null), Money.round(c.monthlySavings().orElse(null)), c.detail());
    }
    return Optional.of(table);
  }
}
