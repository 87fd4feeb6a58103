package io.github.awsinventory.examples;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a Java source file with their line numbers, comments left out. Enough of Java's
 * lexical rules for the purpose: line and block comments, string and character literals with escapes, and
 * text blocks (skipped: a text block is prose or a document, never one attribute's name).
 */
final class JavaStringLiterals {

  /** A string literal: its line (from 1) and its text between the quotes, escapes not decoded. */
  record Literal(int line, String text) {}

  private JavaStringLiterals() {}

  static List<Literal> of(String source) {
    List<Literal> literals = new ArrayList<>();
    int line = 1;
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (c == '\n') {
        line++;
        i++;
      } else if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        i = end < 0 ? n : end;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        int stop = end < 0 ? n : end + 2;
        line += count(source, i, stop);
        i = stop;
      } else if (source.startsWith("\"\"\"", i)) {
        int stop = skipQuoted(source, i + 3, "\"\"\"");
        line += count(source, i, stop);
        i = stop;
      } else if (c == '"') {
        int stop = skipQuoted(source, i + 1, "\"");
        literals.add(new Literal(line, source.substring(i + 1, Math.max(i + 1, stop - 1))));
        i = stop;
      } else if (c == '\'') {
        i = skipQuoted(source, i + 1, "'");
      } else {
        i++;
      }
    }
    return literals;
  }

  /** The index after the closing delimiter of a literal whose text starts at {@code from}. */
  private static int skipQuoted(String source, int from, String close) {
    int i = from;
    while (i < source.length()) {
      if (source.charAt(i) == '\\') {
        i += 2;
      } else if (source.startsWith(close, i)) {
        return i + close.length();
      } else {
        i++;
      }
    }
    return source.length();
  }

  private static int count(String source, int from, int to) {
    int lines = 0;
    for (int i = from; i < to && i < source.length(); i++) {
      if (source.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }
}
