package io.github.awsinventory.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void formulaLikeCells_areNeutralizedWithALeadingApostrophe() {
    assertThat(Csv.field("=HYPERLINK(\"http://evil\",\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
    assertThat(Csv.field("+1+1")).isEqualTo("'+1+1");
    assertThat(Csv.field("-2+3")).isEqualTo("'-2+3");
    assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Csv.field("\tcmd")).isEqualTo("'\tcmd");
    assertThat(Csv.field("\rcmd")).isEqualTo("\"'\rcmd\"");
  }

  @Test
  void plainNumbers_areLeftAlone() {
    assertThat(Csv.field("-1")).isEqualTo("-1");
    assertThat(Csv.field("12.50")).isEqualTo("12.50");
    assertThat(Csv.field("-0.5")).isEqualTo("-0.5");
  }

  @Test
  void quoting_followsRfc4180() {
    StringWriter out = new StringWriter();

    Csv.writeRecord(out, List.of("a,b", "say \"hi\"", "line\nbreak", "", "plain", " padded "));

    assertThat(out.toString()).isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"line\nbreak\",,plain,\" padded \"\r\n");
  }

  @Property
  void everyFieldParsesBackToItsValue_orToTheNeutralizedValue(@ForAll String value) {
    String field = Csv.field(value);

    String parsed = parseField(field);

    boolean neutralized = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0
        && !value.matches("-?\\d+(\\.\\d+)?");
    assertThat(parsed).isEqualTo(neutralized ? "'" + value : value);
  }

  /** The inverse of RFC 4180 quoting for one field. */
  private static String parseField(String field) {
    if (field.startsWith("\"")) {
      return field.substring(1, field.length() - 1).replace("\"\"", "\"");
    }
    return field;
  }
}
