package io.github.awsinventory.model.pricing.internal;

import static io.github.awsinventory.model.pricing.internal.Quote.plain;

import java.math.BigDecimal;
import java.util.Optional;

/** What is billed by the month for each item that exists, whatever its use: KMS customer managed keys. */
public final class MonthlyItemPrices {

  private static final String KMS_KEY_MONTH = "kms/customer_managed_key_month";

  private final PriceTable table;

  /**
   * Prices from a table.
   *
   * @param table the price file's prices
   */
  public MonthlyItemPrices(PriceTable table) {
    this.table = table;
  }

  /**
   * A KMS customer managed key that is not pending deletion, requests and rotated key material excluded.
   *
   * @return the quote
   */
  public Quote kmsKeyQuote() {
    return monthlyQuote(KMS_KEY_MONTH, "customer managed KMS key",
        "requests and the first two rotations' extra key material excluded");
  }

  private Quote monthlyQuote(String key, String what, String remark) {
    Optional<BigDecimal> monthly = table.price(key);
    if (monthly.isEmpty()) {
      return Quote.unknown("no list price for " + what + " in price file " + table.version());
    }
    return Quote.of(monthly.get(), what + " " + plain(monthly.get()) + "/month (" + remark + ")");
  }
}
