package io.github.awsinventory.query.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How reports show amounts of money: USD with two decimals; unknown amounts as "unknown". */
public final class Money {

  private Money() {}

  /**
   * Formats an amount for text.
   *
   * @param amount USD, or null for unknown
   * @return e.g. {@code $1,234.56}, or {@code unknown}
   */
  public static String text(BigDecimal amount) {
    return amount == null ? "unknown" : String.format(Locale.ROOT, "$%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
  }

  /**
   * Rounds an amount for JSON and CSV.
   *
   * @param amount USD, or null
   * @return the amount with two decimals, or null
   */
  public static BigDecimal round(BigDecimal amount) {
    return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
  }
}
