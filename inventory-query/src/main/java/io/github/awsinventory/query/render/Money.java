package io.github.awsinventory.query.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How the reports show amounts of money: US dollars with two decimals, rounded half up, and an unknown
 * amount as {@code unknown} in text and {@code null} in JSON and CSV, never as 0.
 *
 * <pre>{@code
 * Money.text(new BigDecimal("1234.565"));   // "$1,234.57"
 * Money.text(null);                         // "unknown"
 * Money.round(new BigDecimal("0.125"));     // 0.13
 * }</pre>
 */
public final class Money {

  private Money() {}

  /**
   * Formats an amount for text, with a thousands separator whatever the default locale.
   *
   * @param amount USD, or null for unknown
   * @return e.g. {@code $1,234.56}, or {@code unknown}
   */
  public static String text(BigDecimal amount) {
    return amount == null ? "unknown" : String.format(Locale.ROOT, "$%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
  }

  /**
   * Rounds an amount for JSON and CSV, where an unknown amount stays null.
   *
   * @param amount USD, or null for unknown
   * @return the amount with two decimals, or null
   */
  public static BigDecimal round(BigDecimal amount) {
    return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
  }
}
