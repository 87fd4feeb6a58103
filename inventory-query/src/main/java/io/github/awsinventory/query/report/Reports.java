package io.github.awsinventory.query.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.awsinventory.query.QueryException;
import io.github.awsinventory.query.export.Csv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Writes reports as JSON, CSV or text. */
public final class Reports {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private Reports() {}

  /**
   * The report as pretty-printed JSON.
   *
   * @param report the report
   * @return the JSON text
   * @throws QueryException when the report's {@code toJson()} holds a value Jackson cannot write
   */
  public static String json(Report report) {
    try {
      return JSON.writeValueAsString(report.toJson());
    } catch (JsonProcessingException e) {
      throw new QueryException("report " + report.kind() + " could not be written as JSON: " + e.getOriginalMessage()
          + "; make toJson() return only maps, lists, strings, numbers and booleans", e);
    }
  }

  /**
   * Writes the report's table as CSV.
   *
   * @param report the report
   * @param out where to write
   * @throws QueryException when the report has no table
   */
  public static void writeCsv(Report report, Writer out) {
    ReportTable table = report.table().orElseThrow(() -> new QueryException("the " + report.kind()
        + " report has no CSV form; use JSON"));
    Csv.writeRecord(out, table.headers());
    table.rows().forEach(row -> Csv.writeRecord(out, row));
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Prints the report as text.
   *
   * @param report the report
   * @param out where to print
   */
  public static void printText(Report report, PrintWriter out) {
    report.printText(out);
    out.flush();
  }
}
