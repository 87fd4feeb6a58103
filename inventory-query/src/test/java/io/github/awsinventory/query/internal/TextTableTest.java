package io.github.awsinventory.query.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void columns_countCharactersNotUtf16Units_soThatRowsWithEmojiStayAligned() {
    TextTable table = new TextTable("NAME", "STATE").row("数据-ü-🚀", "available").row("plain", "in-use");

    List<String> lines = print(table, 100);

    assertThat(lines).containsExactly("NAME    STATE", "数据-ü-🚀  available", "plain   in-use");
  }

  @Test
  void truncation_cutsWholeCharacters() {
    TextTable table = new TextTable("NAME", "DETAIL").row("x", "🚀".repeat(20));

    List<String> lines = print(table, 12);

    assertThat(lines.get(1)).isEqualTo("x     " + "🚀".repeat(5) + "…");
    assertThat(lines).allSatisfy(line -> assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(12));
  }

  private static List<String> print(TextTable table, int width) {
    StringWriter text = new StringWriter();
    table.width(width).print(new PrintWriter(text, true), "");
    return text.toString().lines().collect(Collectors.toList());
  }
}
