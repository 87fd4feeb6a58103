package io.github.awsinventory.lambda.internal;

import io.github.awsinventory.query.render.Money;
import io.github.awsinventory.query.report.SummaryReport;
import java.util.List;
import java.util.Map;

/** {@code summary}: the summary report stored, its totals as metrics; status {@code stale} when the data is. */
final class SummaryAction implements Action {

  private final Services services;

  SummaryAction(Services services) {
    this.services = services;
  }

  @Override
  public Map<String, Object> run(Map<String, Object> event, long remainingMillis) {
    SummaryReport report = services.reports().summary();
    String runId = Answers.runId(report.asOf());
    List<String> locations = services.reportStore().store("summary", runId, report, true);
    Metrics metrics = services.metrics();
    metrics.emit("summary", List.of(Metrics.Metric.usd("TotalMonthlyCost", report.total().knownMonthlyCost()),
        Metrics.Metric.count("Resources", report.total().resources()),
        Metrics.Metric.count("UnknownCostResources", report.total().unknownCostResources())));
    report.byType().forEach(g -> metrics.emit(Map.of("ResourceType", g.key()),
        List.of(Metrics.Metric.count("Resources", g.resources())), false));
    Map<String, Object> result = Answers.answer("summary", report.isStale() ? "stale" : "ok", runId, locations);
    result.put("resources", report.total().resources());
    result.put("total_monthly_cost", Money.round(report.total().knownMonthlyCost()));
    result.put("stale", report.isStale());
    return result;
  }
}
