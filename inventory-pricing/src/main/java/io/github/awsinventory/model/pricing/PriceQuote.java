package io.github.awsinventory.model.pricing;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What something costs per month at the price file's base prices (us-east-1, before the region factor and
 * before rounding) and what that amount consists of; or, when it cannot be priced, why. Quotes come from
 * the {@code ...Quote} methods of {@link PriceList}; {@link PriceList#inRegion(PriceQuote, String)} turns
 * one into USD per month in a region. Immutable and thread-safe.
 *
 * <pre>{@code
 * PriceQuote quote = prices.ec2Quote("m5.large");
 * quote.detail();                          // "m5.large 0.096/h x 730 h"
 * quote.monthly();                         // Optional[70.080]: us-east-1, not rounded
 * prices.inRegion(quote, "eu-west-1");     // Optional[77.79]
 *
 * prices.ec2Quote("x9.mega").detail();     // "no list price for instance type x9.mega"
 * }</pre>
 */
public final class PriceQuote {

  private final BigDecimal monthly;
  private final String detail;

  private PriceQuote(BigDecimal monthly, String detail) {
    this.monthly = monthly;
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  static PriceQuote of(BigDecimal monthly, String detail) {
    return new PriceQuote(Objects.requireNonNull(monthly, "monthly"), detail);
  }

  static PriceQuote unknown(String reason) {
    return new PriceQuote(null, reason);
  }

  /**
   * The monthly amount at the file's base prices: not multiplied by a region factor and not rounded.
   *
   * @return USD per month at base prices; empty when the quote is unknown
   */
  public Optional<BigDecimal> monthly() {
    return Optional.ofNullable(monthly);
  }

  /**
   * Whether the amount is known.
   *
   * @return true when {@link #monthly()} has a value
   */
  public boolean isKnown() {
    return monthly != null;
  }

  /**
   * What was priced, e.g. {@code 100 GiB gp3 x 0.08 + 3000 IOPS above 3000 x 0.005}; for an unknown quote,
   * why it cannot be priced, e.g. {@code no list price for volume type gp9}.
   *
   * @return the detail or the reason
   */
  public String detail() {
    return detail;
  }

  /**
   * The same quote with an explanation in front of its detail, for a rule that prices only part of a
   * resource.
   *
   * <pre>{@code
   * prices.rdsStorageQuote("gp2", new BigDecimal("100"), null, false)
   *     .prefixed("stopped: storage only").detail();   // "stopped: storage only: 100 GiB gp2 x 0.115"
   * }</pre>
   *
   * @param explanation the text to put before the detail, followed by {@code ": "}
   * @return the prefixed quote; an unknown quote is returned unchanged, its reason still being the reason
   */
  public PriceQuote prefixed(String explanation) {
    Objects.requireNonNull(explanation, "explanation");
    return monthly == null ? this : new PriceQuote(monthly, explanation + ": " + detail);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PriceQuote && Objects.equals(((PriceQuote) o).monthly, monthly)
        && ((PriceQuote) o).detail.equals(detail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(monthly, detail);
  }

  @Override
  public String toString() {
    return monthly == null ? "unknown (" + detail + ")"
        : monthly.toPlainString() + " USD/month at base prices (" + detail + ")";
  }
}
