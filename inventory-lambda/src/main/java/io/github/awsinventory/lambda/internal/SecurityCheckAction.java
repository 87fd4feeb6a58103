package io.github.awsinventory.lambda.internal;

import io.github.awsinventory.query.security.Finding;
import io.github.awsinventory.query.security.FindingStatus;
import io.github.awsinventory.query.security.SecurityReport;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code security_check}: the security report stored, its counts as metrics, and an alert on any failure. */
final class SecurityCheckAction implements Action {

  /** The rules whose failures count as unencrypted resources. */
  private static final Set<String> UNENCRYPTED_RULES = Set.of("EBS-001", "EBS-002", "RDS-001", "S3-002");

  private final Services services;

  SecurityCheckAction(Services services) {
    this.services = services;
  }

  @Override
  public Map<String, Object> run(Map<String, Object> event, long remainingMillis) {
    SecurityReport report = services.reports().security();
    String runId = Answers.runId(report.asOf());
    List<String> locations = services.reportStore().store("security_check", runId, report, true);
    List<Finding> failures = report.findings().stream().filter(f -> f.status() == FindingStatus.FAIL)
        .collect(Collectors.toList());
    long unencrypted = failures.stream().filter(f -> UNENCRYPTED_RULES.contains(f.ruleId())).count();
    services.metrics().emit("security_check", List.of(Metrics.Metric.count("SecurityIssues", failures.size()),
        Metrics.Metric.count("UnencryptedResources", unencrypted),
        Metrics.Metric.count("UnknownFindings", report.count(FindingStatus.UNKNOWN))));
    if (!failures.isEmpty()) {
      services.alerts().send(AlertText.securityFindings(report, failures), locations.stream().findFirst());
    }
    Map<String, Object> result = Answers.answer("security_check", "ok", runId, locations);
    result.put("findings", failures.size());
    result.put("unencrypted_resources", unencrypted);
    result.put("unknown", report.count(FindingStatus.UNKNOWN));
    return result;
  }
}
