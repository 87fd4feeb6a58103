package io.github.awsinventory.model.pricing.internal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A monthly amount at base prices and what it consists of, or the reason it cannot be priced: what the
 * calculators here return and {@code PriceList} publishes as a {@code PriceQuote}.
 */
public final class Quote {

  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private final BigDecimal monthly;
  private final String detail;

  private Quote(BigDecimal monthly, String detail) {
    this.monthly = monthly;
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  static Quote of(BigDecimal monthly, String detail) {
    return new Quote(Objects.requireNonNull(monthly, "monthly"), detail);
  }

  static Quote unknown(String reason) {
    return new Quote(null, reason);
  }

  /**
   * Whether the amount is known.
   *
   * @return true when {@link #monthly()} is not null
   */
  public boolean isKnown() {
    return monthly != null;
  }

  /**
   * The amount at base prices.
   *
   * @return USD per month, or null when the quote is unknown
   */
  public BigDecimal monthly() {
    return monthly;
  }

  /**
   * What was priced, or why it cannot be.
   *
   * @return the detail or the reason
   */
  public String detail() {
    return detail;
  }

  /**
   * Twice this, for a reason named at the end of the detail.
   *
   * @param why e.g. {@code Multi-AZ}
   * @return the doubled quote; an unknown quote unchanged
   */
  public Quote doubled(String why) {
    return monthly == null ? this : new Quote(monthly.multiply(TWO), detail + ", x2 " + why);
  }

  /** This plus another part; the first unknown part makes the sum unknown, with that part's reason. */
  Quote plus(Quote other) {
    if (monthly == null) {
      return this;
    }
    if (other.monthly == null) {
      return other;
    }
    return new Quote(monthly.add(other.monthly), other.detail.isEmpty() ? detail : detail + " + " + other.detail);
  }

  /** A number as it appears in a detail: without trailing zeros or an exponent. */
  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  static boolean isMissingOrNegative(BigDecimal value) {
    return value == null || value.signum() < 0;
  }
}
