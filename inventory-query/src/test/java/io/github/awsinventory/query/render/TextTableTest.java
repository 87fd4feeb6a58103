package io.github.awsinventory.query.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void alignsColumns_rightAlignsNumbers_andTrimsTrailingSpaces() {
    List<String> lines = print(new TextTable("NAME", "COST").numeric(1).row("web", "$1.00").row("database", "$10.00"),
        "");

    assertThat(lines).containsExactly(
        "NAME        COST",
        "web        $1.00",
        "database  $10.00");
  }

  @Test
  void truncatesTheWidestColumnWithAnEllipsis_toFitTheWidth() {
    String longName = "n".repeat(50);
    List<String> lines = print(new TextTable("ID", "NAME").width(30).row("a", longName), "  ");

    assertThat(lines).allSatisfy(line -> assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(30));
    assertThat(lines.get(1)).endsWith("n…").startsWith("  a   n");
  }

  @Test
  void narrowsSeveralColumns_widestFirst_whenNarrowingOneToItsHeaderIsNotEnough() {
    List<String> lines = print(new TextTable("TYPE", "NAME", "STATE").width(40)
        .row("t".repeat(20), "n".repeat(30), "s".repeat(18)), "");

    assertThat(lines).allSatisfy(line -> assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(40));
    assertThat(lines.get(1).split("  ")).extracting(String::length).as("the widths come out even")
        .allSatisfy(w -> assertThat(w).isBetween(11, 13));
  }

  @Test
  void staysWider_whenNoColumnCanBeNarrowedBelowItsHeader() {
    List<String> lines = print(new TextTable("IDENTIFIER", "DESCRIPTION").width(10).row("a", "b"), "");

    assertThat(lines.get(0)).isEqualTo("IDENTIFIER  DESCRIPTION");
  }

  @Test
  void wrapsAWrappingColumnAtSpaces_ontoContinuationLines_losingNothing() {
    String reason = "attached to nothing (100 GiB io1) since the first of September, still billed every month";
    List<String> lines = print(new TextTable("SAVINGS", "REASON").numeric(0).wrap(1).width(40)
        .row("$77.50", reason).row("$1.00", "short"), "  ");

    assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
    assertThat(lines.get(1)).startsWith("   $77.50  attached to nothing");
    List<String> continuation = lines.subList(2, lines.size() - 1);
    assertThat(continuation).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("           ")
        .doesNotContain("$"));
    String rejoined = String.join(" ", lines.subList(1, lines.size() - 1).stream()
        .map(line -> line.substring(11)).toList());
    assertThat(rejoined).isEqualTo(reason);
    assertThat(lines.get(lines.size() - 1)).isEqualTo("    $1.00  short");
  }

  @Test
  void wrapsAWordLongerThanTheColumn_byCuttingIt() {
    List<String> lines = print(new TextTable("A", "B").wrap(1).width(12).row("x", "abcdefghijklmnop"), "");

    assertThat(lines).containsExactly("A  B", "x  abcdefghi", "   jklmnop");
  }

  @Test
  void columns_countCharactersNotUtf16Units_soThatRowsWithEmojiStayAligned() {
    TextTable table = new TextTable("NAME", "STATE").row("数据-ü-🚀", "available").row("plain", "in-use");

    List<String> lines = print(table.width(100), "");

    assertThat(lines).containsExactly("NAME    STATE", "数据-ü-🚀  available", "plain   in-use");
  }

  @Test
  void truncation_cutsWholeCharacters() {
    TextTable table = new TextTable("NAME", "DETAIL").row("x", "🚀".repeat(20));

    List<String> lines = print(table.width(12), "");

    assertThat(lines.get(1)).isEqualTo("x     " + "🚀".repeat(5) + "…");
    assertThat(lines).allSatisfy(line -> assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(12));
  }

  @Test
  void wrapping_cutsWholeCharacters_andCountsThem() {
    List<String> lines = print(new TextTable("A", "B").wrap(1).width(8).row("x", "🚀".repeat(8)), "");

    assertThat(lines).containsExactly("A  B", "x  " + "🚀".repeat(5), "   " + "🚀".repeat(3));
  }

  private static List<String> print(TextTable table, String indent) {
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      table.print(out, indent);
    }
    return text.toString().lines().toList();
  }
}
