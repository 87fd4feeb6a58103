package io.github.awsinventory.model.pricing.internal;

import static io.github.awsinventory.model.pricing.internal.Quote.plain;

import java.math.BigDecimal;
import java.util.Optional;

/** Managed container and data services billed by the hour or the GB-month: EKS control planes. */
public final class ManagedServicePrices {

  private static final String EKS_CLUSTER_HOURLY = "eks/cluster_hourly";

  private final PriceTable table;

  /**
   * Prices from a table.
   *
   * @param table the price file's prices
   */
  public ManagedServicePrices(PriceTable table) {
    this.table = table;
  }

  /**
   * An EKS cluster's control plane in standard support.
   *
   * @return the quote
   */
  public Quote eksClusterQuote() {
    Optional<BigDecimal> hourly = table.price(EKS_CLUSTER_HOURLY);
    if (hourly.isEmpty()) {
      return Quote.unknown("no list price for EKS clusters in price file " + table.version());
    }
    BigDecimal hoursPerMonth = table.hoursPerMonth();
    return Quote.of(hourly.get().multiply(hoursPerMonth), "EKS cluster " + plain(hourly.get()) + "/h x "
        + plain(hoursPerMonth) + " h (standard support; a version in extended support is billed at a higher rate, "
        + "not priced; nodes excluded)");
  }
}
