package io.github.awsinventory.cli.internal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Text output that fits a terminal of {@value #WIDTH} columns, counted in characters (code points). */
final class TextLines {

  /** The width every line of text output fits. */
  static final int WIDTH = 100;

  private TextLines() {}

  /**
   * Splits text into lines of at most {@code width} characters, breaking after a space or comma where
   * one is near the end of the line and inside a word where none is; never inside a surrogate pair.
   *
   * @param text the text, without line breaks
   * @param width the width, at least 1
   * @return the lines, at least one
   */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    String rest = text;
    while (rest.codePointCount(0, rest.length()) > width) {
      int end = rest.offsetByCodePoints(0, width);
      int cut = end;
      for (int i = end; i > end / 2; i--) {
        char c = rest.charAt(i - 1);
        if (c == ' ' || c == ',') {
          cut = i;
          break;
        }
      }
      lines.add(rest.substring(0, cut).stripTrailing());
      rest = rest.substring(cut).stripLeading();
    }
    lines.add(rest);
    return lines;
  }

  /**
   * Prints {@code label value}, the value wrapped into a column after the label.
   *
   * @param out where to print
   * @param label the label, padded to {@code labelWidth}
   * @param labelWidth the width of the label column
   * @param value the value
   */
  static void field(PrintWriter out, String label, int labelWidth, String value) {
    String indent = " ".repeat(labelWidth + 1);
    List<String> lines = wrap(value, WIDTH - indent.length());
    out.println((String.format("%-" + labelWidth + "s ", label) + lines.get(0)).stripTrailing());
    for (String line : lines.subList(1, lines.size())) {
      out.println(indent + line);
    }
  }
}
