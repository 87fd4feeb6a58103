package io.github.awsinventory.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TextLinesTest {

  @Test
  void wrap_breaksAfterACommaOrSpaceNearTheEnd() {
    assertThat(TextLines.wrap("{\"a\":\"x\",\"b\":\"y\"}", 12)).containsExactly("{\"a\":\"x\",", "\"b\":\"y\"}");
    assertThat(TextLines.wrap("one two three", 9)).containsExactly("one two", "three");
  }

  @Test
  void wrap_countsCharactersNotCharsAndNeverSplitsASurrogatePair() {
    assertThat(TextLines.wrap("🚀🚀🚀🚀", 3)).containsExactly("🚀🚀🚀", "🚀");
    assertThat(TextLines.wrap("数据-ü-🚀", 7)).containsExactly("数据-ü-🚀");
  }

  @Test
  void field_indentsContinuationLinesUnderTheValue() {
    StringWriter text = new StringWriter();

    TextLines.field(new PrintWriter(text, true), "attributes", 10, "x".repeat(120));

    assertThat(text.toString().lines())
        .containsExactly("attributes " + "x".repeat(89), " ".repeat(11) + "x".repeat(31));
  }

  @Property
  void wrap_linesFitTheWidthAndKeepEveryVisibleCharacter(@ForAll String text,
      @ForAll @IntRange(min = 1, max = 120) int width) {
    String singleLine = text.replace('\n', ' ').replace('\r', ' ');

    List<String> lines = TextLines.wrap(singleLine, width);

    assertThat(lines).allSatisfy(line -> assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(width));
    assertThat(visible(String.join("", lines))).isEqualTo(visible(singleLine));
  }

  private static String visible(String text) {
    StringBuilder visible = new StringBuilder();
    text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(visible::appendCodePoint);
    return visible.toString();
  }
}
