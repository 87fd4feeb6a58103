package io.github.awsinventory.model.pricing.internal;

import static io.github.awsinventory.model.pricing.internal.Quote.isMissingOrNegative;
import static io.github.awsinventory.model.pricing.internal.Quote.plain;

import java.math.BigDecimal;
import java.util.Optional;

/** Kinesis Data Streams: what a stream is billed by the hour whatever its traffic. */
public final class KinesisPrices {

  private static final String SHARD_HOURLY = "kinesis/shard_hourly";
  private static final String ON_DEMAND_STREAM_HOURLY = "kinesis/on_demand_stream_hourly";

  private final PriceTable table;

  /**
   * Prices from a table.
   *
   * @param table the price file's prices
   */
  public KinesisPrices(PriceTable table) {
    this.table = table;
  }

  /**
   * A stream in provisioned mode: its open shards by the hour, PUT payload units excluded.
   *
   * @param shards the stream's open shards
   * @return the quote
   */
  public Quote provisionedQuote(BigDecimal shards) {
    Optional<BigDecimal> hourly = table.price(SHARD_HOURLY);
    if (hourly.isEmpty()) {
      return Quote.unknown("no list price for Kinesis shard hours in price file " + table.version());
    }
    if (isMissingOrNegative(shards)) {
      return Quote.unknown("the shard count must be given and at least 0");
    }
    BigDecimal hoursPerMonth = table.hoursPerMonth();
    return Quote.of(shards.multiply(hourly.get()).multiply(hoursPerMonth), plain(shards) + " shards x "
        + plain(hourly.get()) + "/h x " + plain(hoursPerMonth) + " h (PUT payload units, extended retention and "
        + "enhanced fan-out excluded)");
  }

  /**
   * A stream in on-demand mode: the stream by the hour, the data it ingests and serves excluded.
   *
   * @return the quote
   */
  public Quote onDemandQuote() {
    Optional<BigDecimal> hourly = table.price(ON_DEMAND_STREAM_HOURLY);
    if (hourly.isEmpty()) {
      return Quote.unknown("no list price for Kinesis on-demand stream hours in price file " + table.version());
    }
    BigDecimal hoursPerMonth = table.hoursPerMonth();
    return Quote.of(hourly.get().multiply(hoursPerMonth), "on-demand stream " + plain(hourly.get()) + "/h x "
        + plain(hoursPerMonth) + " h (data ingested and retrieved is billed per GB and excluded)");
  }
}
