package io.github.awsinventory.query.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * An aligned text table for a terminal, as the reports print theirs: a header line, then one line per row,
 * columns two spaces apart, without trailing spaces. Columns marked numeric are right-aligned. When the
 * table is wider than its width (100 characters unless set), the widest columns are narrowed to fit, the
 * widest first and none below its header: a column marked wrapping continues on the next lines (at spaces where
 * it can), any other is cut with an ellipsis. Widths count characters (code points), so {@code €} and {@code …} take one column.
 *
 * <pre>{@code
 * new TextTable("NAME", "COST").numeric(1)
 *     .row("web", "$1.00")
 *     .row("database", "$10.00")
 *     .print(out, "");
 * // NAME        COST
 * // web        $1.00
 * // database  $10.00
 * }</pre>
 *
 * <p>A table collects its rows and is not safe for use by several threads at once.
 */
public final class TextTable {

  private final List<String> headers;
  private final boolean[] numeric;
  private final boolean[] wrap;
  private final List<String[]> rows = new ArrayList<>();
  private int width = 100;

  /**
   * Creates a table without rows.
   *
   * @param headers the column headers; they set the number of columns
   */
  public TextTable(String... headers) {
    this.headers = List.of(headers);
    this.numeric = new boolean[headers.length];
    this.wrap = new boolean[headers.length];
  }

  /**
   * Wraps a column onto continuation lines instead of truncating it when the table is too wide.
   *
   * @param column the column index, from 0
   * @return this table
   * @throws IndexOutOfBoundsException when the table has no such column
   */
  public TextTable wrap(int column) {
    wrap[column] = true;
    return this;
  }

  /**
   * Right-aligns columns, e.g. counts and amounts.
   *
   * @param columns column indexes, from 0
   * @return this table
   * @throws IndexOutOfBoundsException when the table has no such column
   */
  public TextTable numeric(int... columns) {
    for (int c : columns) {
      numeric[c] = true;
    }
    return this;
  }

  /**
   * The width to fit, indent included; 100 unless set. A table whose widest column cannot be narrowed below
   * its header stays wider.
   *
   * @param width characters
   * @return this table
   */
  public TextTable width(int width) {
    this.width = width;
    return this;
  }

  /**
   * Adds a row. Cells are shown with {@link String#valueOf(Object)}; missing and null cells are empty,
   * cells beyond the headers are ignored.
   *
   * @param cells the cells, one per column
   * @return this table
   */
  public TextTable row(Object... cells) {
    String[] row = new String[headers.size()];
    for (int i = 0; i < row.length; i++) {
      row[i] = i < cells.length && cells[i] != null ? String.valueOf(cells[i]) : "";
    }
    rows.add(row);
    return this;
  }

  /**
   * Whether the table has no rows.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /**
   * Prints the header and the rows; the caller flushes {@code out}.
   *
   * @param out where to print
   * @param indent a prefix for every line, e.g. {@code "  "}
   */
  public void print(PrintWriter out, String indent) {
    int n = headers.size();
    int[] widths = new int[n];
    for (int i = 0; i < n; i++) {
      widths[i] = columns(headers.get(i));
      for (String[] row : rows) {
        widths[i] = Math.max(widths[i], columns(row[i]));
      }
    }
    int total = columns(indent) + 2 * (n - 1);
    for (int w : widths) {
      total += w;
    }
    // narrow the widest column that is still wider than its header, one character at a time, until the table fits
    while (total > width) {
      int widest = -1;
      for (int i = 0; i < n; i++) {
        if (widths[i] > columns(headers.get(i)) && (widest < 0 || widths[i] > widths[widest])) {
          widest = i;
        }
      }
      if (widest < 0) {
        break;
      }
      widths[widest]--;
      total--;
    }
    out.println(line(indent, headers.toArray(new String[0]), widths));
    for (String[] row : rows) {
      printRow(out, indent, row, widths);
    }
  }

  private void printRow(PrintWriter out, String indent, String[] row, int[] widths) {
    String[] cells = row.clone();
    while (true) {
      String[] rest = new String[cells.length];
      boolean more = false;
      for (int i = 0; i < cells.length; i++) {
        rest[i] = "";
        if (wrap[i] && columns(cells[i]) > widths[i]) {
          int limit = cells[i].offsetByCodePoints(0, widths[i]);
          int cut = cells[i].lastIndexOf(' ', limit);
          cut = cut > 0 ? cut : limit;
          rest[i] = cells[i].substring(cut).strip();
          cells[i] = cells[i].substring(0, cut).stripTrailing();
          more |= !rest[i].isEmpty();
        }
      }
      out.println(line(indent, cells, widths));
      if (!more) {
        return;
      }
      cells = rest;
    }
  }

  private String line(String indent, String[] cells, int[] widths) {
    StringBuilder sb = new StringBuilder(indent);
    for (int i = 0; i < cells.length; i++) {
      String cell = cells[i];
      if (columns(cell) > widths[i]) {
        cell = cell.substring(0, cell.offsetByCodePoints(0, Math.max(0, widths[i] - 1))) + "…";
      }
      String padding = " ".repeat(widths[i] - columns(cell));
      if (i > 0) {
        sb.append("  ");
      }
      if (numeric[i]) {
        sb.append(padding).append(cell);
      } else {
        sb.append(cell);
        if (i < cells.length - 1) {
          sb.append(padding);
        }
      }
    }
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == ' ') {
      end--;
    }
    return sb.substring(0, end);
  }

  /** The columns a cell takes: its characters (code points), not its UTF-16 chars. */
  private static int columns(String text) {
    return text.codePointCount(0, text.length());
  }
}
