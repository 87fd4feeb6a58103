package io.github.awsinventory.cli;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that text output fits a terminal of 100 columns, counting characters (code points), not bytes. */
final class Columns {

  static final int WIDTH = 100;

  private Columns() {}

  static void assertFit(String what, String text) {
    assertThat(text).as(what).isNotBlank();
    assertThat(text.lines()).as(what + " fits " + WIDTH + " columns").allSatisfy(line ->
        assertThat(line.codePointCount(0, line.length())).as("line of %s: %s", what, line)
            .isLessThanOrEqualTo(WIDTH));
  }
}
