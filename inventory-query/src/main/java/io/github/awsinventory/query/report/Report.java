package io.github.awsinventory.query.report;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A report: a typed result with three renderings. {@link Reports} writes them.
 */
public interface Report {

  /**
   * What kind of report this is.
   *
   * @return {@code summary}, {@code cost}, {@code security} or {@code cleanup}
   */
  String kind();

  /**
   * The time the report describes: rules that depend on age (stopped for, older than) are evaluated as of
   * this instant.
   *
   * @return the report's time
   */
  Instant asOf();

  /**
   * The report as the stable JSON document of {@code docs/REPORTS.md}: maps with keys in a fixed order,
   * lists, strings, numbers, booleans and nulls.
   *
   * @return the document
   */
  Map<String, Object> toJson();

  /**
   * Prints the report as aligned text for a terminal of at least 100 columns.
   *
   * @param out where to print
   */
  void printText(PrintWriter out);

  /**
   * The report's main table, for CSV.
   *
   * @return the table, empty when the report has none
   */
  Optional<ReportTable> table();
}
