package io.github.awsinventory.collector.spi;

import io.github.awsinventory.collector.CollectionException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A monthly cost estimate in USD with its basis, or an explanation of why there is none. An unknown cost
 * is never 0.
 */
public final class CostEstimate {

  private final BigDecimal monthlyCost;
  private final String basis;

  private CostEstimate(BigDecimal monthlyCost, String basis) {
    this.monthlyCost = monthlyCost;
    this.basis = Objects.requireNonNull(basis, "basis");
  }

  /**
   * A known estimate.
   *
   * @param monthlyCost USD per month, at least 0
   * @param basis how it was made, e.g. {@code list-price 2026-11 us-east-1 x1.00}
   * @return the estimate
   * @throws CollectionException when the cost is negative
   */
  public static CostEstimate known(BigDecimal monthlyCost, String basis) {
    if (monthlyCost.signum() < 0) {
      throw new CollectionException("monthlyCost must be >= 0 (was " + monthlyCost + "); use CostEstimate.unknown"
          + "(reason) when there is no price");
    }
    return new CostEstimate(monthlyCost, basis);
  }

  /**
   * No estimate.
   *
   * @param reason why, e.g. {@code no list price for instance type x9.mega}
   * @return the unknown estimate; its basis starts with {@code unknown: }
   */
  public static CostEstimate unknown(String reason) {
    return new CostEstimate(null, reason.startsWith("unknown") ? reason : "unknown: " + reason);
  }

  /**
   * The monthly cost.
   *
   * @return USD per month; empty when unknown
   */
  public Optional<BigDecimal> monthlyCost() {
    return Optional.ofNullable(monthlyCost);
  }

  /**
   * How the estimate was made, or why there is none.
   *
   * @return the basis
   */
  public String basis() {
    return basis;
  }

  /**
   * Whether the cost is known.
   *
   * @return true when known
   */
  public boolean isKnown() {
    return monthlyCost != null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CostEstimate && Objects.equals(((CostEstimate) o).monthlyCost, monthlyCost)
        && ((CostEstimate) o).basis.equals(basis);
  }

  @Override
  public int hashCode() {
    return Objects.hash(monthlyCost, basis);
  }

  @Override
  public String toString() {
    return (monthlyCost == null ? "unknown" : monthlyCost.toPlainString() + " USD/month") + " (" + basis + ")";
  }
}
