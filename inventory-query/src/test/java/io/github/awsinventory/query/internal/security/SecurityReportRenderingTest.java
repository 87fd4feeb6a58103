package io.github.awsinventory.query.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityReportRenderingTest {

  @Test
  void wrap_countsCharactersAndNeverSplitsASurrogatePair() {
    assertThat(SecurityReportRendering.wrap("🚀🚀🚀🚀🚀", 3)).containsExactly("🚀🚀🚀", "🚀🚀");
    assertThat(SecurityReportRendering.wrap("数据-ü-🚀 is open", 10)).containsExactly("数据-ü-🚀 is", "open");
  }
}
