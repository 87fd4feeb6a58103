package io.github.awsinventory.query.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV as RFC 4180 describes it — comma separated, CRLF line ends, fields with a comma, a quote or a line
 * break quoted, quotes doubled — with one addition against formula injection: a text cell that begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, so that
 * spreadsheet programs show it as text instead of evaluating it. Cells that are plain numbers (such as
 * {@code -1} or {@code 12.50}) are left as they are.
 */
public final class Csv {

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private Csv() {}

  /**
   * Writes one record.
   *
   * @param out where to write
   * @param cells the fields
   * @throws UncheckedIOException when the writer fails
   */
  public static void writeRecord(Writer out, List<String> cells) {
    try {
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(field(cells.get(i)));
      }
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException("could not write CSV", e);
    }
  }

  /**
   * One field, neutralized and quoted as needed.
   *
   * @param value the raw value (null is an empty field)
   * @return the field as written
   */
  public static String field(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String safe = value;
    char first = value.charAt(0);
    if ((first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
        && !NUMBER.matcher(value).matches()) {
      safe = "'" + value;
    }
    boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
        || safe.indexOf('\r') >= 0 || safe.startsWith(" ") || safe.endsWith(" ");
    return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
  }
}
