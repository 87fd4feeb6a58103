package io.github.awsinventory.query.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void text_roundsHalfUp_withAThousandsSeparator_whateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      String text = Money.text(new BigDecimal("1234.565"));

      assertThat(text).isEqualTo("$1,234.57");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void unknownAmount_isUnknownInText_andStaysNullWhenRounded() {
    assertThat(Money.text(null)).isEqualTo("unknown");
    assertThat(Money.round(null)).isNull();
  }

  @Test
  void round_keepsTwoDecimals() {
    assertThat(Money.round(new BigDecimal("0.125"))).hasToString("0.13");
    assertThat(Money.round(new BigDecimal("7"))).hasToString("7.00");
  }
}
