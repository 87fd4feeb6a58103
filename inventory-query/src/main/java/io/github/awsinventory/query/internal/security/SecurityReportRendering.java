package io.github.awsinventory.query.internal.security;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.table.TableLayout;
import io.github.awsinventory.query.render.TextTable;
import io.github.awsinventory.query.report.ReportTable;
import io.github.awsinventory.query.security.Control;
import io.github.awsinventory.query.security.Finding;
import io.github.awsinventory.query.security.FindingStatus;
import io.github.awsinventory.query.security.SecurityReport;
import io.github.awsinventory.query.security.Severity;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The JSON, text and CSV forms of a {@link SecurityReport}; the JSON is documented in docs/REPORTS.md. */
public final class SecurityReportRendering {

  /** The width the text fits. */
  static final int WIDTH = 100;

  /** The CSV columns, one row per finding. */
  static final List<String> COLUMNS = List.of("rule_id", "severity", "status", "account_id", "account_name",
      "region", "resource_type", "resource_id", "name", "department", "message", "remediation", "controls");

  private static final String[] HEADERS = {"SEVERITY", "RULE", "ACCOUNT", "REGION", "RESOURCE", "MESSAGE"};
  /** The widest each column but the message may be; longer cells are cut with an ellipsis. */
  private static final int[] MAX_WIDTHS = {8, 12, 14, 14, 22};
  private static final String SEPARATOR = "  ";

  private SecurityReportRendering() {}

  /**
   * The report as the JSON document of docs/REPORTS.md.
   *
   * @param report the report
   * @return maps with keys in a fixed order
   */
  public static Map<String, Object> json(SecurityReport report) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("report", report.kind());
    json.put("as_of", TableLayout.timestamp(report.asOf()));
    json.put("has_failures", report.hasFailures());
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("resources_evaluated", report.totalResourcesEvaluated());
    counts.put("findings", (long) report.findings().size());
    Map<String, Long> byStatus = new LinkedHashMap<>();
    for (FindingStatus status : FindingStatus.values()) {
      byStatus.put(status.name(), report.count(status));
    }
    counts.put("by_status", byStatus);
    Map<String, Object> bySeverity = new LinkedHashMap<>();
    for (Severity severity : Severity.values()) {
      Map<String, Long> statuses = new LinkedHashMap<>();
      for (FindingStatus status : FindingStatus.values()) {
        statuses.put(status.name(), report.count(severity, status));
      }
      bySeverity.put(severity.name(), statuses);
    }
    counts.put("by_severity", bySeverity);
    json.put("counts", counts);
    Map<String, Long> evaluated = new LinkedHashMap<>();
    report.resourcesEvaluated().forEach((type, count) -> evaluated.put(type.name(), count));
    json.put("resources_evaluated", evaluated);
    List<Object> rules = new ArrayList<>();
    for (SecurityReport.RuleSummary rule : report.rules()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", rule.id());
      r.put("title", rule.title());
      r.put("severity", rule.severity().name());
      r.put("resource_types", rule.resourceTypes().stream().map(ResourceType::name).collect(Collectors.toList()));
      r.put("failed", rule.failed());
      r.put("unknown", rule.unknown());
      r.put("remediation", rule.remediation());
      r.put("controls", names(rule.controls()));
      rules.add(r);
    }
    json.put("rules", rules);
    List<Object> findings = new ArrayList<>();
    for (Finding finding : report.findings()) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("rule_id", finding.ruleId());
      f.put("title", finding.title());
      f.put("severity", finding.severity().name());
      f.put("status", finding.status().name());
      f.put("account_id", finding.accountId());
      f.put("account_name", finding.accountName());
      f.put("region", finding.region());
      f.put("resource_type", finding.resourceType().name());
      f.put("resource_id", finding.resourceId());
      f.put("name", finding.name());
      f.put("department", finding.department());
      f.put("message", finding.message());
      f.put("evidence", plain(finding.evidence()));
      f.put("remediation", finding.remediation());
      f.put("controls", names(finding.controls()));
      findings.add(f);
    }
    json.put("findings", findings);
    return json;
  }

  /**
   * The report's table, one row per finding, in the columns of {@link #COLUMNS}.
   *
   * @param report the report
   * @return the table
   */
  public static ReportTable table(SecurityReport report) {
    ReportTable table = new ReportTable(COLUMNS);
    for (Finding f : report.findings()) {
      table.add(f.ruleId(), f.severity().name(), f.status().name(), f.accountId(), f.accountName(), f.region(),
          f.resourceType().name(), f.resourceId(), f.name(), f.department(), f.message(), f.remediation(),
          String.join("; ", names(f.controls())));
    }
    return table;
  }

  /**
   * Prints the report as text that fits {@value #WIDTH} columns.
   *
   * @param report the report
   * @param out where to print
   */
  public static void printText(SecurityReport report, PrintWriter out) {
    out.println("Security report as of " + TableLayout.timestamp(report.asOf()));
    String evaluated = report.resourcesEvaluated().entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .map(e -> e.getKey().name() + " " + e.getValue())
        .collect(Collectors.joining(", "));
    printWrapped(out, "", "Resources evaluated: " + report.totalResourcesEvaluated()
        + (evaluated.isEmpty() ? "" : " (" + evaluated + ")"), "  ");
    long failed = report.count(FindingStatus.FAIL);
    long unknown = report.count(FindingStatus.UNKNOWN);
    List<String> bySeverity = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      bySeverity.add(severity.name() + " " + report.count(severity, FindingStatus.FAIL));
    }
    out.println("Failed: " + failed + " (" + String.join(", ", bySeverity) + ")");
    out.println("Unknown: " + unknown + (unknown == 0 ? "" : " (attributes that could not be determined at "
        + "collection)"));
    if (report.findings().isEmpty()) {
      out.println();
      out.println("No findings: every evaluated resource passed every rule.");
      return;
    }
    for (FindingStatus status : FindingStatus.values()) {
      List<Finding> findings = report.findings().stream().filter(f -> f.status() == status)
          .collect(Collectors.toList());
      if (!findings.isEmpty()) {
        out.println();
        out.println((status == FindingStatus.FAIL ? "Failed" : "Unknown") + " (" + findings.size() + ")");
        findingsTable(findings).print(out, "");
      }
    }
    out.println();
    out.println("Remediation");
    for (SecurityReport.RuleSummary rule : report.rules()) {
      if (rule.failed() + rule.unknown() == 0) {
        continue;
      }
      printWrapped(out, "", rule.id() + " (" + rule.severity() + ") " + rule.title() + ": " + rule.failed()
          + " failed, " + rule.unknown() + " unknown"
          + (rule.controls().isEmpty() ? "" : " [" + String.join(", ", names(rule.controls())) + "]"), "  ");
      printWrapped(out, "  ", rule.remediation(), "  ");
    }
  }

  /** The controls as written in reports, e.g. {@code CIS 3.1}. */
  private static List<String> names(List<Control> controls) {
    return controls.stream().map(Control::toString).collect(Collectors.toList());
  }

  /** A table of findings whose messages are wrapped onto continuation rows so that it fits the width. */
  private static TextTable findingsTable(List<Finding> findings) {
    List<String[]> cells = new ArrayList<>();
    int[] widths = new int[MAX_WIDTHS.length];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = columns(HEADERS[i]);
    }
    for (Finding f : findings) {
      String[] row = {f.severity().name(), f.ruleId(), f.accountName(), f.region(), f.name()};
      for (int i = 0; i < row.length; i++) {
        row[i] = cut(row[i], MAX_WIDTHS[i]);
        widths[i] = Math.max(widths[i], columns(row[i]));
      }
      cells.add(row);
    }
    int used = 0;
    for (int w : widths) {
      used += w + SEPARATOR.length();
    }
    int messageWidth = WIDTH - used;
    TextTable table = new TextTable(HEADERS).width(WIDTH);
    for (int i = 0; i < findings.size(); i++) {
      String[] row = cells.get(i);
      List<String> lines = wrap(findings.get(i).message(), messageWidth);
      table.row(row[0], row[1], row[2], row[3], row[4], lines.get(0));
      for (String line : lines.subList(1, lines.size())) {
        table.row("", "", "", "", "", line);
      }
    }
    return table;
  }

  /** Prints text wrapped to the width: the first line after one indent, the others after another. */
  private static void printWrapped(PrintWriter out, String indent, String text, String continuationIndent) {
    List<String> lines = wrap(text, WIDTH - indent.length());
    out.println(indent + lines.get(0));
    if (lines.size() > 1) {
      String rest = String.join(" ", lines.subList(1, lines.size()));
      for (String line : wrap(rest, WIDTH - continuationIndent.length())) {
        out.println(continuationIndent + line);
      }
    }
  }

  /**
   * Splits text into lines of at most {@code width} characters, at spaces where possible.
   *
   * @param text the text
   * @param width the line width, at least 1
   * @return one or more lines
   */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split(" +")) {
      while (columns(word) > width) {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        int end = word.offsetByCodePoints(0, width);
        lines.add(word.substring(0, end));
        word = word.substring(end);
      }
      if (line.length() > 0 && columns(line.toString()) + 1 + columns(word) > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static String cut(String cell, int max) {
    return columns(cell) <= max ? cell : cell.substring(0, cell.offsetByCodePoints(0, max - 1)) + "…";
  }

  /** The columns text takes: its characters (code points), not its UTF-16 chars. */
  private static int columns(String text) {
    return text.codePointCount(0, text.length());
  }

  /** A copy of JSON-like values with numbers in plain notation (9200, not 9.2E+3). */
  private static Object plain(Object value) {
    if (value instanceof BigDecimal) {
      BigDecimal number = (BigDecimal) value;
      return number.scale() < 0 ? number.setScale(0) : number;
    }
    if (value instanceof Map<?, ?>) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<?, ?>) value).forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
      return copy;
    }
    if (value instanceof List<?>) {
      return ((List<?>) value).stream().map(SecurityReportRendering::plain).collect(Collectors.toList());
    }
    return value;
  }
}
