package io.github.awsinventory.lambda.internal;

import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.query.render.Money;
import io.github.awsinventory.query.report.CostReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code cost_analysis}: the cost report stored, its total and savings as metrics, and an alert when the total
 * is over {@code MONTHLY_COST_THRESHOLD} (else the configuration's {@code monthly_total_alert}).
 */
final class CostAnalysisAction implements Action {

  /** How many of the most expensive resources the report, and so the alert, lists. */
  private static final int TOP = 10;

  private final Services services;

  CostAnalysisAction(Services services) {
    this.services = services;
  }

  @Override
  public Map<String, Object> run(Map<String, Object> event, long remainingMillis) {
    InventoryConfig config = services.optionalConfig();
    CostReport report = services.reports(config).cost(TOP);
    String runId = Answers.runId(report.asOf());
    List<String> locations = services.reportStore().store("cost_analysis", runId, report, true);
    BigDecimal total = report.total().knownMonthlyCost();
    services.metrics().emit("cost_analysis", List.of(Metrics.Metric.usd("TotalMonthlyCost", total),
        Metrics.Metric.usd("PotentialMonthlySavings", report.potentialMonthlySavings())));
    Optional<BigDecimal> threshold = services.settings().threshold()
        .or(() -> config.costThresholds().monthlyTotalAlert());
    boolean over = threshold.map(t -> total.compareTo(t) > 0).orElse(false);
    if (over) {
      services.alerts().send(AlertText.costOverThreshold(report, threshold.get()), locations.stream().findFirst());
    }
    Map<String, Object> result = Answers.answer("cost_analysis", "ok", runId, locations);
    result.put("total_monthly_cost", Money.round(total));
    result.put("threshold", threshold.map(Money::round).orElse(null));
    result.put("over_threshold", over);
    result.put("potential_monthly_savings", Money.round(report.potentialMonthlySavings()));
    return result;
  }
}
