package io.github.awsinventory.lambda.internal;

import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.ScopeResult;
import io.github.awsinventory.query.render.Money;
import io.github.awsinventory.query.report.CostReport;
import io.github.awsinventory.query.security.Finding;
import io.github.awsinventory.query.security.FindingStatus;
import io.github.awsinventory.query.security.SecurityReport;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an alert says: its subject, its facts (one per line) and its worst items, for each thing the function
 * alerts on. {@link Alerts} fits them to SNS's limits and sends them.
 */
final class AlertText {

  /** How many failed accounts an alert names. */
  static final int MAX_NAMED_ACCOUNTS = 50;

  private final String subject;
  private final List<String> lines;
  private final List<String> items;

  private AlertText(String subject, List<String> lines, List<String> items) {
    this.subject = subject;
    this.lines = lines;
    this.items = items;
  }

  String subject() {
    return subject;
  }

  List<String> lines() {
    return lines;
  }

  List<String> items() {
    return items;
  }

  /**
   * An action refused because the configuration is invalid. The problem names the fields, never the
   * ExternalId's value.
   */
  static AlertText configurationInvalid(String action, String problem) {
    return new AlertText("aws-inventory: " + action + " refused, the configuration is invalid",
        List.of("The " + action + " action did not run: the configuration could not be used.", problem,
            "Fix the file (./inventory config validate <file> lists every problem) and upload it again; the next "
                + "scheduled run picks it up."),
        List.of());
  }

  /** A collection run that failed, or in which some accounts failed: each failed account, worst first. */
  static AlertText collectionFailures(CollectionReport report) {
    return new AlertText("aws-inventory: collection " + report.status() + ", " + report.failedAccounts().size()
            + " account(s) failed",
        List.of("Run " + report.runId() + " finished " + report.status() + " at "
                + report.finishedAt().truncatedTo(ChronoUnit.SECONDS) + ".",
            report.failedAccounts().size() + " of " + report.accounts() + " accounts had failed scopes ("
                + report.failedScopes().size() + " scopes); nothing in them was marked deleted.",
            failedAccountsLine(report.failedAccounts()),
            "Coverage " + Answers.percent(report.coverage()) + ", " + report.resources() + " resources collected.",
            report.fatalError().map(e -> "Fatal: " + e).orElse("")),
        failuresByAccount(report.failedScopes()));
  }

  /** Collector groups whose functions did not finish a dispatched collection. */
  static AlertText groupFailures(List<String> groups) {
    return new AlertText("aws-inventory: " + groups.size() + " collector group(s) did not finish",
        List.of("The core function's collection finished, but the functions of these collector groups did not "
            + "answer OK: " + String.join(", ", groups) + ".",
            "Each group's function writes its own run record and logs; its resources are not marked deleted by a "
                + "run that failed."),
        List.of());
  }

  /** The monthly cost over the threshold: the most expensive resources. */
  static AlertText costOverThreshold(CostReport report, BigDecimal threshold) {
    BigDecimal total = report.total().knownMonthlyCost();
    return new AlertText("aws-inventory: monthly cost " + Money.text(total) + " is over " + Money.text(threshold),
        List.of("The inventory's estimated monthly cost is " + Money.text(total) + ", over the threshold of "
                + Money.text(threshold) + ".",
            report.total().unknownCostResources() + " resources have an unknown cost and are not included.",
            "Recommendations could save " + Money.text(report.potentialMonthlySavings()) + " per month."),
        report.top().stream().map(r -> Money.text(r.monthlyCost().orElse(null)) + "  " + r.resourceType() + " "
            + r.name() + " (" + r.accountId() + ", " + r.region() + ")").collect(Collectors.toList()));
  }

  /** Failed security checks: counts by severity, and each failure. */
  static AlertText securityFindings(SecurityReport report, List<Finding> failures) {
    String bySeverity = failures.stream().collect(Collectors.groupingBy(f -> f.severity().name(),
        LinkedHashMap::new, Collectors.counting())).entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
        .collect(Collectors.joining(", "));
    return new AlertText("aws-inventory: " + failures.size() + " security findings",
        List.of(failures.size() + " security findings in " + report.totalResourcesEvaluated()
                + " resources: " + bySeverity + ".",
            report.count(FindingStatus.UNKNOWN) + " checks could not be decided (attributes unknown at collection)."),
        failures.stream().map(f -> f.severity() + " " + f.ruleId() + " " + f.accountId() + " " + f.region() + " "
            + f.name() + ": " + f.message()).collect(Collectors.toList()));
  }

  /** The failed accounts, all named up to {@value #MAX_NAMED_ACCOUNTS}. */
  private static String failedAccountsLine(List<String> accounts) {
    if (accounts.isEmpty()) {
      return "";
    }
    String named = String.join(", ", accounts.subList(0, Math.min(accounts.size(), MAX_NAMED_ACCOUNTS)));
    return "Failed accounts: " + named + (accounts.size() > MAX_NAMED_ACCOUNTS
        ? " and " + (accounts.size() - MAX_NAMED_ACCOUNTS) + " more (see the report)." : ".");
  }

  /**
   * One item per account, the one with most failed scopes first: how many failed and the first error, so
   * that every failed account shows, not ten scopes of the first.
   */
  private static List<String> failuresByAccount(List<ScopeResult> failed) {
    Map<String, List<ScopeResult>> byAccount = failed.stream()
        .collect(Collectors.groupingBy(ScopeResult::accountId, LinkedHashMap::new, Collectors.toList()));
    return byAccount.values().stream()
        .sorted(Comparator.comparingInt((List<ScopeResult> scopes) -> scopes.size()).reversed())
        .map(scopes -> {
          ScopeResult first = scopes.get(0);
          return first.accountId() + " (" + first.accountName() + "): " + scopes.size() + " scope(s) failed, e.g. "
              + first.region() + "/" + first.resourceType().name() + " " + first.status() + ": "
              + first.error().orElse("no error recorded");
        })
        .collect(Collectors.toList());
  }
}
