package io.github.awsinventory.model.pricing.internal;

import static io.github.awsinventory.model.pricing.internal.Quote.plain;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/** EBS: volumes by size, provisioned IOPS and gp3 throughput, and snapshots. */
public final class EbsPrices {

  private static final String SEP = PriceFileParser.SEPARATOR;
  private static final String GB_MONTH = "ebs/gb_month" + SEP;
  private static final String IOPS_MONTH = "ebs/iops_month" + SEP;
  private static final String GP3_INCLUDED_IOPS = "ebs/gp3_included_iops";
  private static final String GP3_THROUGHPUT_MONTH = "ebs/gp3_throughput_mibps_month";
  private static final String GP3_INCLUDED_THROUGHPUT = "ebs/gp3_included_throughput_mibps";
  private static final String SNAPSHOT_GB_MONTH = "ebs/snapshot_gb_month";

  private static final Set<String> IOPS_BILLED = Set.of("io1", "io2", "gp3");
  private static final BigDecimal IO2_FIRST_TIER_IOPS = BigDecimal.valueOf(32_000);

  private final PriceTable table;

  /**
   * Prices from a table.
   *
   * @param table the price file's prices
   */
  public EbsPrices(PriceTable table) {
    this.table = table;
  }

  /**
   * A volume: size, plus provisioned IOPS for io1 and io2, plus IOPS and throughput above the included
   * amounts for gp3.
   *
   * @param volumeType the volume type
   * @param sizeGib the size in GiB
   * @param iops provisioned IOPS, or null
   * @param throughputMibps provisioned MiB/s, or null
   * @return the quote
   */
  public Quote volumeQuote(String volumeType, BigDecimal sizeGib, BigDecimal iops, BigDecimal throughputMibps) {
    String version = table.version();
    Optional<BigDecimal> gbMonth = table.price(GB_MONTH + volumeType);
    if (gbMonth.isEmpty()) {
      return Quote.unknown("no list price for volume type " + volumeType);
    }
    if (sizeGib == null || sizeGib.signum() < 0 || iops != null && iops.signum() < 0
        || throughputMibps != null && throughputMibps.signum() < 0) {
      return Quote.unknown("size, IOPS and throughput must be given and at least 0");
    }
    Quote quote = Quote.of(sizeGib.multiply(gbMonth.get()),
        plain(sizeGib) + " GiB " + volumeType + " x " + plain(gbMonth.get()));
    if (IOPS_BILLED.contains(volumeType)) {
      quote = quote.plus(iopsQuote(volumeType, iops));
    }
    if (volumeType.equals("gp3") && throughputMibps != null) {
      Optional<BigDecimal> included = table.price(GP3_INCLUDED_THROUGHPUT);
      Optional<BigDecimal> perMibps = table.price(GP3_THROUGHPUT_MONTH);
      if (included.isEmpty() || perMibps.isEmpty()) {
        return Quote.unknown("no list price for gp3 throughput in price file " + version);
      }
      BigDecimal billable = throughputMibps.subtract(included.get()).max(BigDecimal.ZERO);
      if (billable.signum() > 0) {
        quote = quote.plus(Quote.of(billable.multiply(perMibps.get()), plain(billable) + " MiB/s above "
            + plain(included.get()) + " x " + plain(perMibps.get())));
      }
    }
    return quote;
  }

  /**
   * A snapshot in the standard tier: size x {@code snapshot_gb_month}, an upper bound.
   *
   * @param sizeGib the snapshot's size in GiB
   * @return the quote
   */
  public Quote snapshotQuote(BigDecimal sizeGib) {
    Optional<BigDecimal> gbMonth = table.price(SNAPSHOT_GB_MONTH);
    if (gbMonth.isEmpty()) {
      return Quote.unknown("no list price for EBS snapshots in price file " + table.version());
    }
    if (sizeGib == null || sizeGib.signum() < 0) {
      return Quote.unknown("the snapshot size must be given and at least 0");
    }
    return Quote.of(sizeGib.multiply(gbMonth.get()), plain(sizeGib) + " GiB snapshot x "
        + plain(gbMonth.get()) + "/GB-month (an upper bound: snapshots are incremental)");
  }

  private Quote iopsQuote(String volumeType, BigDecimal iops) {
    boolean gp3 = volumeType.equals("gp3");
    if (iops == null) {
      return gp3 ? Quote.of(BigDecimal.ZERO, "") : Quote.unknown("IOPS are required to price " + volumeType);
    }
    Optional<BigDecimal> perIops = table.price(IOPS_MONTH + volumeType);
    if (perIops.isEmpty()) {
      return Quote.unknown("no list price for " + volumeType + " IOPS in price file " + table.version());
    }
    if (gp3) {
      Optional<BigDecimal> included = table.price(GP3_INCLUDED_IOPS);
      if (included.isEmpty()) {
        return Quote.unknown("no gp3_included_iops in price file " + table.version());
      }
      BigDecimal billable = iops.subtract(included.get()).max(BigDecimal.ZERO);
      return billable.signum() == 0 ? Quote.of(BigDecimal.ZERO, "")
          : Quote.of(billable.multiply(perIops.get()),
              plain(billable) + " IOPS above " + plain(included.get()) + " x " + plain(perIops.get()));
    }
    String tiers = volumeType.equals("io2") && iops.compareTo(IO2_FIRST_TIER_IOPS) > 0
        ? " (all io2 IOPS at the first-tier price: an upper bound)" : "";
    return Quote.of(iops.multiply(perIops.get()), plain(iops) + " IOPS x " + plain(perIops.get()) + tiers);
  }
}
