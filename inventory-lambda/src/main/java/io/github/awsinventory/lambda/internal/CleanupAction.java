package io.github.awsinventory.lambda.internal;

import io.github.awsinventory.query.render.Money;
import io.github.awsinventory.query.report.CleanupReport;
import java.util.List;
import java.util.Map;

/** {@code cleanup}: the cleanup report stored, its candidates and savings as metrics. */
final class CleanupAction implements Action {

  private final Services services;

  CleanupAction(Services services) {
    this.services = services;
  }

  @Override
  public Map<String, Object> run(Map<String, Object> event, long remainingMillis) {
    CleanupReport report = services.reports().cleanup();
    String runId = Answers.runId(report.asOf());
    List<String> locations = services.reportStore().store("cleanup", runId, report, true);
    services.metrics().emit("cleanup", List.of(Metrics.Metric.count("CleanupCandidates", report.candidates().size()),
        Metrics.Metric.usd("CleanupMonthlySavings", report.monthlySavings())));
    Map<String, Object> result = Answers.answer("cleanup", "ok", runId, locations);
    result.put("candidates", report.candidates().size());
    result.put("monthly_savings", Money.round(report.monthlySavings()));
    return result;
  }
}
