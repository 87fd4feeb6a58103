package io.github.awsinventory.model.pricing.internal;

import static io.github.awsinventory.model.pricing.internal.Quote.isMissingOrNegative;
import static io.github.awsinventory.model.pricing.internal.Quote.plain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/** DynamoDB: tables in provisioned mode, standard table class. */
public final class DynamoDbPrices {

  private static final String RCU_HOUR = "dynamodb/read_capacity_unit_hour";
  private static final String WCU_HOUR = "dynamodb/write_capacity_unit_hour";
  private static final String GB_MONTH = "dynamodb/storage_gb_month";
  private static final BigDecimal BYTES_PER_GB = BigDecimal.valueOf(1L << 30);

  private final PriceTable table;

  /**
   * Prices from a table.
   *
   * @param table the price file's prices
   */
  public DynamoDbPrices(PriceTable table) {
    this.table = table;
  }

  /**
   * Capacity units by the hour plus storage by the GB (2^30 bytes).
   *
   * @param readCapacityUnits provisioned read capacity of the table and its indexes
   * @param writeCapacityUnits provisioned write capacity of the table and its indexes
   * @param sizeBytes the table's size in bytes
   * @return the quote
   */
  public Quote provisionedQuote(BigDecimal readCapacityUnits, BigDecimal writeCapacityUnits, BigDecimal sizeBytes) {
    Optional<BigDecimal> rcuHour = table.price(RCU_HOUR);
    Optional<BigDecimal> wcuHour = table.price(WCU_HOUR);
    Optional<BigDecimal> gbMonth = table.price(GB_MONTH);
    if (rcuHour.isEmpty() || wcuHour.isEmpty() || gbMonth.isEmpty()) {
      return Quote.unknown("no list price for DynamoDB provisioned capacity or storage in price file "
          + table.version());
    }
    if (isMissingOrNegative(readCapacityUnits) || isMissingOrNegative(writeCapacityUnits)
        || isMissingOrNegative(sizeBytes)) {
      return Quote.unknown("capacity and size must be given and at least 0");
    }
    BigDecimal hoursPerMonth = table.hoursPerMonth();
    BigDecimal gb = sizeBytes.divide(BYTES_PER_GB, MathContext.DECIMAL128);
    BigDecimal monthly = readCapacityUnits.multiply(rcuHour.get()).add(writeCapacityUnits.multiply(wcuHour.get()))
        .multiply(hoursPerMonth).add(gb.multiply(gbMonth.get()));
    return Quote.of(monthly, "(" + plain(readCapacityUnits) + " RCU x " + plain(rcuHour.get()) + " + "
        + plain(writeCapacityUnits) + " WCU x " + plain(wcuHour.get()) + ")/h x " + plain(hoursPerMonth) + " h + "
        + plain(gb.setScale(3, RoundingMode.HALF_UP)) + " GB x " + plain(gbMonth.get())
        + " (tables and global secondary indexes; requests beyond provisioned capacity excluded)");
  }
}
