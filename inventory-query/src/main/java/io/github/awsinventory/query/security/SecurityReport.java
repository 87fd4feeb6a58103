package io.github.awsinventory.query.security;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.query.internal.security.SecurityReportRendering;
import io.github.awsinventory.query.report.Report;
import io.github.awsinventory.query.report.ReportTable;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The result of a {@link SecurityCheck}: what was evaluated, each rule's counts, and the findings — most
 * severe first, then by rule id, account and resource. Renders as text, as the JSON of
 * {@code docs/REPORTS.md} (section "Security report") and as CSV, one row per finding.
 */
public final class SecurityReport implements Report {

  /** The report's {@link #kind()}. */
  public static final String KIND = "security";

  /** The order of {@link #findings()}. */
  private static final Comparator<Finding> FINDING_ORDER = Comparator.comparing(Finding::severity)
      .thenComparing(Finding::ruleId)
      .thenComparing(Finding::accountId)
      .thenComparing(Finding::resourceId)
      .thenComparing(Finding::status)
      .thenComparing(Finding::message);

  private final Instant asOf;
  private final Map<ResourceType, Long> resourcesEvaluated;
  private final List<RuleSummary> rules;
  private final List<Finding> findings;

  SecurityReport(Instant asOf, Map<ResourceType, Long> resourcesEvaluated, List<RuleSummary> rules,
      List<Finding> findings) {
    this.asOf = asOf;
    this.resourcesEvaluated = Collections.unmodifiableMap(new TreeMap<>(resourcesEvaluated));
    List<RuleSummary> sortedRules = new ArrayList<>(rules);
    sortedRules.sort(Comparator.comparing(RuleSummary::severity).thenComparing(RuleSummary::id));
    this.rules = List.copyOf(sortedRules);
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(FINDING_ORDER);
    this.findings = Collections.unmodifiableList(sorted);
  }

  /**
   * {@value #KIND}.
   *
   * @return the kind
   */
  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Instant asOf() {
    return asOf;
  }

  /**
   * Resources evaluated, by type: every type some rule checks (0 when none was seen), sorted by name.
   *
   * @return counts by type
   */
  public Map<ResourceType, Long> resourcesEvaluated() {
    return resourcesEvaluated;
  }

  /**
   * All resources evaluated.
   *
   * @return the sum of {@link #resourcesEvaluated()}
   */
  public long totalResourcesEvaluated() {
    return resourcesEvaluated.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Every rule of the check with its counts, by severity (most severe first), then id.
   *
   * @return the rules
   */
  public List<RuleSummary> rules() {
    return rules;
  }

  /**
   * The findings, by severity (most severe first), then rule id, account id and resource id.
   *
   * @return the findings
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Findings with a status.
   *
   * @param status the status
   * @return the count
   */
  public long count(FindingStatus status) {
    return findings.stream().filter(f -> f.status() == status).count();
  }

  /**
   * Findings with a severity and a status.
   *
   * @param severity the severity
   * @param status the status
   * @return the count
   */
  public long count(Severity severity, FindingStatus status) {
    return findings.stream().filter(f -> f.severity() == severity && f.status() == status).count();
  }

  /**
   * Whether any resource failed any rule ({@link FindingStatus#UNKNOWN} findings do not count).
   *
   * @return true when there is at least one {@link FindingStatus#FAIL} finding
   */
  public boolean hasFailures() {
    return findings.stream().anyMatch(f -> f.status() == FindingStatus.FAIL);
  }

  /**
   * The document described in {@code docs/REPORTS.md}, section "Security report".
   *
   * @return the document
   */
  @Override
  public Map<String, Object> toJson() {
    return SecurityReportRendering.json(this);
  }

  /**
   * Prints a summary, the failed and the unknown findings as tables (messages wrapped to fit 100 columns),
   * then the remediation of each rule with findings, once.
   *
   * @param out where to print
   */
  @Override
  public void printText(PrintWriter out) {
    SecurityReportRendering.printText(this, out);
  }

  /**
   * One row per finding, in report order: {@code rule_id, severity, status, account_id, account_name,
   * region, resource_type, resource_id, name, department, message, remediation}.
   *
   * @return the table
   */
  @Override
  public Optional<ReportTable> table() {
    return Optional.of(SecurityReportRendering.table(this));
  }

  /** One rule of the check and how many resources failed it, or could not be evaluated by it. */
  public static final class RuleSummary {

    private final String id;
    private final String title;
    private final Severity severity;
    private final Set<ResourceType> resourceTypes;
    private final String remediation;
    private final List<Control> controls;
    private final long failed;
    private final long unknown;

    RuleSummary(SecurityRule rule, long failed, long unknown) {
      this.id = rule.id();
      this.title = rule.title();
      this.severity = rule.severity();
      this.resourceTypes = Collections.unmodifiableSet(new TreeSet<>(rule.resourceTypes()));
      this.remediation = rule.remediation();
      this.controls = List.copyOf(rule.controls());
      this.failed = failed;
      this.unknown = unknown;
    }

    /**
     * The rule's id.
     *
     * @return the id
     */
    public String id() {
      return id;
    }

    /**
     * The rule's title.
     *
     * @return the title
     */
    public String title() {
      return title;
    }

    /**
     * The rule's severity.
     *
     * @return the severity
     */
    public Severity severity() {
      return severity;
    }

    /**
     * The types the rule checks, sorted by name.
     *
     * @return the types
     */
    public Set<ResourceType> resourceTypes() {
      return resourceTypes;
    }

    /**
     * The rule's remediation.
     *
     * @return the remediation
     */
    public String remediation() {
      return remediation;
    }

    /**
     * The controls of published standards that the rule matches.
     *
     * @return the controls, e.g. {@code CIS 3.1}
     */
    public List<Control> controls() {
      return controls;
    }

    /**
     * {@link FindingStatus#FAIL} findings of the rule.
     *
     * @return the count
     */
    public long failed() {
      return failed;
    }

    /**
     * {@link FindingStatus#UNKNOWN} findings of the rule.
     *
     * @return the count
     */
    public long unknown() {
      return unknown;
    }

    @Override
    public String toString() {
      return id + " " + severity + ": " + failed + " failed, " + unknown + " unknown";
    }
  }
}
