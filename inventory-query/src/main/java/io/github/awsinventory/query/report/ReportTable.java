package io.github.awsinventory.query.report;

import io.github.awsinventory.query.QueryException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** A report's rows, for CSV: a header and string cells, empty strings for absent values. */
public final class ReportTable {

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  /**
   * Creates a table.
   *
   * @param headers the column names
   */
  public ReportTable(List<String> headers) {
    this.headers = List.copyOf(headers);
  }

  /**
   * Adds a row; {@code null} cells become empty strings.
   *
   * @param cells one value per column
   * @return this table
   * @throws QueryException when the number of cells is not the number of columns
   */
  public ReportTable add(Object... cells) {
    if (cells.length != headers.size()) {
      throw new QueryException("a row needs " + headers.size() + " cells, one per column of " + headers + " (was "
          + cells.length + "); pass null for an absent value");
    }
    List<String> row = new ArrayList<>(cells.length);
    for (Object cell : cells) {
      row.add(cell == null ? "" : cell instanceof java.math.BigDecimal
          ? ((java.math.BigDecimal) cell).toPlainString() : Objects.toString(cell));
    }
    rows.add(Collections.unmodifiableList(row));
    return this;
  }

  /**
   * The column names.
   *
   * @return headers
   */
  public List<String> headers() {
    return headers;
  }

  /**
   * The rows.
   *
   * @return rows
   */
  public List<List<String>> rows() {
    return Collections.unmodifiableList(rows);
  }
}
