package io.github.awsinventory.model.pricing.internal;

import static io.github.awsinventory.model.pricing.internal.Quote.isMissingOrNegative;
import static io.github.awsinventory.model.pricing.internal.Quote.plain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Storage billed by the GB-month (GB = 2^30 bytes) of what a resource reports it holds: CloudWatch Logs log groups
 * and ECR repositories.
 */
public final class StoredBytesPrices {

  private static final String LOGS_GB_MONTH = "logs/storage_gb_month";
  private static final String ECR_GB_MONTH = "ecr/storage_gb_month";
  private static final BigDecimal BYTES_PER_GB = BigDecimal.valueOf(1L << 30);

  private final PriceTable table;

  /**
   * Prices from a table.
   *
   * @param table the price file's prices
   */
  public StoredBytesPrices(PriceTable table) {
    this.table = table;
  }

  /**
   * A log group's stored events, Standard log class.
   *
   * @param storedBytes the bytes the group stores
   * @return the quote
   */
  public Quote logStorageQuote(BigDecimal storedBytes) {
    return storageQuote(LOGS_GB_MONTH, "CloudWatch Logs storage", storedBytes,
        "stored bytes as CloudWatch Logs reports them; ingestion and queries excluded");
  }

  /**
   * An ECR repository's images.
   *
   * @param imageBytes the sum of the repository's image sizes
   * @return the quote
   */
  public Quote ecrStorageQuote(BigDecimal imageBytes) {
    return storageQuote(ECR_GB_MONTH, "ECR storage", imageBytes,
        "the sum of the image sizes, an upper bound: layers shared between images are counted for each; data "
            + "transfer excluded");
  }

  private Quote storageQuote(String key, String what, BigDecimal bytes, String remark) {
    Optional<BigDecimal> gbMonth = table.price(key);
    if (gbMonth.isEmpty()) {
      return Quote.unknown("no list price for " + what + " in price file " + table.version());
    }
    if (isMissingOrNegative(bytes)) {
      return Quote.unknown("the stored bytes must be given and at least 0");
    }
    BigDecimal gb = bytes.divide(BYTES_PER_GB, MathContext.DECIMAL128);
    return Quote.of(gb.multiply(gbMonth.get()), plain(gb.setScale(3, RoundingMode.HALF_UP)) + " GB x "
        + plain(gbMonth.get()) + " " + what + " (" + remark + ")");
  }
}
