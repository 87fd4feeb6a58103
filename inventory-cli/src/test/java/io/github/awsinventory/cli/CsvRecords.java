package io.github.awsinventory.cli;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader, to check that CSV output parses and to read its cells. */
final class CsvRecords {

  private CsvRecords() {}

  /**
   * Parses CSV text: fields separated by commas, records by CRLF (a bare LF is accepted), quoted fields
   * with doubled quotes and line breaks inside.
   *
   * @param text the CSV text
   * @return the records, header first
   * @throws IllegalArgumentException when the text is not well-formed CSV
   */
  static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i += 2;
          continue;
        }
        if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
        i++;
        continue;
      }
      if (c == '"') {
        if (field.length() > 0 || wasQuoted) {
          throw new IllegalArgumentException("a quote inside an unquoted field at offset " + i);
        }
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
          throw new IllegalArgumentException("a bare CR at offset " + i);
        }
        record.add(field.toString());
        records.add(record);
        record = new ArrayList<>();
        field.setLength(0);
        wasQuoted = false;
        i += c == '\r' ? 2 : 1;
        continue;
      } else {
        if (wasQuoted) {
          throw new IllegalArgumentException("text after a closing quote at offset " + i);
        }
        field.append(c);
      }
      i++;
    }
    if (quoted) {
      throw new IllegalArgumentException("an unterminated quoted field");
    }
    if (field.length() > 0 || wasQuoted || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
    }
    for (List<String> r : records) {
      if (r.size() != records.get(0).size()) {
        throw new IllegalArgumentException("record " + r + " has " + r.size() + " fields, the header "
            + records.get(0).size());
      }
    }
    return records;
  }
}
