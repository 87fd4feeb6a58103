package io.github.awsinventory.model.pricing.internal;

import static io.github.awsinventory.model.pricing.internal.Quote.plain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What is billed by the month for each item that exists, whatever its use: KMS customer managed keys, Secrets
 * Manager secrets and Route 53 hosted zones.
 */
public final class MonthlyItemPrices {

  private static final String KMS_KEY_MONTH = "kms/customer_managed_key_month";
  private static final String SECRET_MONTH = "secretsmanager/secret_month";
  private static final String HOSTED_ZONE_MONTH = "route53/hosted_zone_month";

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

  /**
   * A Secrets Manager secret that is not marked for deletion, API calls excluded.
   *
   * @return the quote
   */
  public Quote secretQuote() {
    return monthlyQuote(SECRET_MONTH, "Secrets Manager secret", "API calls excluded");
  }

  /**
   * A Route 53 hosted zone at the price of an account's first 25 zones, queries excluded.
   *
   * @return the quote
   */
  public Quote hostedZoneQuote() {
    return monthlyQuote(HOSTED_ZONE_MONTH, "Route 53 hosted zone", "the first 25 zones' price; queries excluded");
  }

  private Quote monthlyQuote(String key, String what, String remark) {
    Optional<BigDecimal> monthly = table.price(key);
    if (monthly.isEmpty()) {
      return Quote.unknown("no list price for " + what + " in price file " + table.version());
    }
    return Quote.of(monthly.get(), what + " " + plain(monthly.get()) + "/month (" + remark + ")");
  }
}
