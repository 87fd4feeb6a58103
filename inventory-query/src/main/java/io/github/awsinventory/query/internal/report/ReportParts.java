package io.github.awsinventory.query.internal.report;

import io.github.awsinventory.query.report.CleanupCandidate;
import io.github.awsinventory.query.report.Recommendation;
import io.github.awsinventory.query.report.ResourceRef;
import io.github.awsinventory.query.report.SummaryReport;
import java.math.BigDecimal;

/**
 * Makes the values the engines put into reports. Their constructors are not public, so that users cannot
 * build a report that no inventory produced; {@code InventoryReports} hands the engines an implementation.
 */
public interface ReportParts {

  /**
   * A count and cost of resources under one key.
   *
   * @param key the group's key (a type, department, account id or region; empty for the total)
   * @param label what the report prints for the key
   * @param resources how many resources
   * @param knownCost the sum of the known monthly costs
   * @param unknownCost how many resources have an unknown cost
   * @return the group
   */
  SummaryReport.Group group(String key, String label, long resources, BigDecimal knownCost, long unknownCost);

  /**
   * A cost optimisation.
   *
   * @param ruleId the rule
   * @param resource the resource
   * @param reason why
   * @param action what to do
   * @param monthlySavings the savings, or null when unknown
   * @return the recommendation
   */
  Recommendation recommendation(String ruleId, ResourceRef resource, String reason, String action,
      BigDecimal monthlySavings);

  /**
   * A resource that is probably waste.
   *
   * @param reason why
   * @param resource the resource
   * @param detail what the report prints about it
   * @param ageDays its age in days, or null when it has none
   * @param monthlySavings the savings, or null when unknown
   * @return the candidate
   */
  CleanupCandidate candidate(CleanupCandidate.Reason reason, ResourceRef resource, String detail, Long ageDays,
      BigDecimal monthlySavings);
}
