package io.github.awsinventory.model.pricing.internal;

import static io.github.awsinventory.model.pricing.internal.Quote.isMissingOrNegative;
import static io.github.awsinventory.model.pricing.internal.Quote.plain;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/** RDS: DB instance classes by engine, and storage by size and provisioned IOPS. */
public final class RdsPrices {

  private static final String SEP = PriceFileParser.SEPARATOR;
  private static final String HOURLY = "rds/instance_hourly" + SEP;
  private static final String GB_MONTH = "rds/storage_gb_month" + SEP;
  private static final String IOPS_MONTH = "rds/iops_month" + SEP;
  private static final String GP3_INCLUDED_IOPS = "rds/gp3_included_iops";
  private static final String GP3_LARGE_VOLUME_GIB = "rds/gp3_large_volume_gib";
  private static final String GP3_INCLUDED_IOPS_LARGE = "rds/gp3_included_iops_large_volume";

  private static final Set<String> IOPS_BILLED = Set.of("io1", "io2", "gp3");

  private final PriceTable table;

  /**
   * Prices from a table.
   *
   * @param table the price file's prices
   */
  public RdsPrices(PriceTable table) {
    this.table = table;
  }

  /**
   * A running DB instance's compute, Single-AZ: hourly price x hours per month.
   *
   * @param instanceClass a class such as {@code db.m5.large}
   * @param engine the engine
   * @return the quote
   */
  public Quote computeQuote(String instanceClass, String engine) {
    Optional<BigDecimal> hourly = table.price(HOURLY + engine + SEP + instanceClass);
    if (hourly.isEmpty()) {
      return Quote.unknown("no list price for RDS instance class " + instanceClass + " (" + engine + ")");
    }
    BigDecimal hoursPerMonth = table.hoursPerMonth();
    return Quote.of(hourly.get().multiply(hoursPerMonth), instanceClass + " " + engine + " "
        + plain(hourly.get()) + "/h x " + plain(hoursPerMonth) + " h");
  }

  /**
   * A DB instance's storage, Single-AZ: size, plus provisioned IOPS for io1 and io2, plus IOPS above the
   * included amount for gp3.
   *
   * @param storageType the storage type
   * @param sizeGib the allocated storage in GiB
   * @param iops provisioned IOPS, or null
   * @return the quote
   */
  public Quote storageQuote(String storageType, BigDecimal sizeGib, BigDecimal iops) {
    Optional<BigDecimal> gbMonth = table.price(GB_MONTH + storageType);
    if (gbMonth.isEmpty()) {
      return Quote.unknown("no list price for RDS storage type " + storageType);
    }
    if (isMissingOrNegative(sizeGib) || iops != null && iops.signum() < 0) {
      return Quote.unknown("size and IOPS must be given and at least 0");
    }
    Quote quote = Quote.of(sizeGib.multiply(gbMonth.get()),
        plain(sizeGib) + " GiB " + storageType + " x " + plain(gbMonth.get()));
    if (!IOPS_BILLED.contains(storageType)) {
      return quote;
    }
    if (iops == null) {
      return storageType.equals("gp3") ? quote : Quote.unknown("IOPS are required to price RDS " + storageType);
    }
    Optional<BigDecimal> perIops = table.price(IOPS_MONTH + storageType);
    if (perIops.isEmpty()) {
      return Quote.unknown("no list price for RDS " + storageType + " IOPS in price file " + table.version());
    }
    BigDecimal included = BigDecimal.ZERO;
    if (storageType.equals("gp3")) {
      Optional<BigDecimal> small = table.price(GP3_INCLUDED_IOPS);
      Optional<BigDecimal> threshold = table.price(GP3_LARGE_VOLUME_GIB);
      Optional<BigDecimal> large = table.price(GP3_INCLUDED_IOPS_LARGE);
      if (small.isEmpty() || threshold.isEmpty() || large.isEmpty()) {
        return Quote.unknown("no gp3 included IOPS for RDS in price file " + table.version());
      }
      included = sizeGib.compareTo(threshold.get()) >= 0 ? large.get() : small.get();
    }
    BigDecimal billable = iops.subtract(included).max(BigDecimal.ZERO);
    if (billable.signum() == 0) {
      return quote;
    }
    return quote.plus(Quote.of(billable.multiply(perIops.get()), plain(billable) + " IOPS"
        + (included.signum() > 0 ? " above " + plain(included) : "") + " x " + plain(perIops.get())));
  }

  /**
   * A running DB instance: compute plus storage.
   *
   * @param instanceClass the class
   * @param engine the engine
   * @param storageType the storage type
   * @param sizeGib the allocated storage in GiB
   * @param iops provisioned IOPS, or null
   * @return the quote, Single-AZ
   */
  public Quote instanceQuote(String instanceClass, String engine, String storageType, BigDecimal sizeGib,
      BigDecimal iops) {
    return computeQuote(instanceClass, engine).plus(storageQuote(storageType, sizeGib, iops));
  }
}
