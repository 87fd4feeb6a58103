package io.github.awsinventory.model.pricing.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The prices of a valid price file by their flattened keys (such as {@code ebs/gb_month/gp3}), with the values
 * every calculator needs: the file's version, for "no list price ... in price file 2026-11", and the hours per
 * month.
 */
public final class PriceTable {

  private static final String REGION_FACTORS = "region_factors" + PriceFileParser.SEPARATOR;

  private final PriceFileParser.Result parsed;

  /**
   * Wraps a parsed price file.
   *
   * @param parsed what {@link PriceFileParser#parse} returned
   */
  public PriceTable(PriceFileParser.Result parsed) {
    this.parsed = parsed;
  }

  /**
   * The file's {@code version}.
   *
   * @return the version, e.g. {@code 2026-11}
   */
  public String version() {
    return parsed.texts().get("version");
  }

  /**
   * A text of the file, such as {@code source} or {@code note}.
   *
   * @param key the flattened key
   * @return the text, if the file has it
   */
  public Optional<String> text(String key) {
    return Optional.ofNullable(parsed.texts().get(key));
  }

  /**
   * The file's {@code hours_per_month}.
   *
   * @return hours per month
   */
  public BigDecimal hoursPerMonth() {
    return parsed.numbers().get("hours_per_month");
  }

  /**
   * A region's factor, exactly as in the file.
   *
   * @param region a region code
   * @return the factor, if the file has one
   */
  public Optional<BigDecimal> regionFactor(String region) {
    return price(REGION_FACTORS + region);
  }

  Optional<BigDecimal> price(String key) {
    return Optional.ofNullable(parsed.numbers().get(key));
  }

  Set<String> previousGenerationFamilies() {
    return parsed.families();
  }

  Map<String, String> generationUpgrades() {
    return parsed.upgrades();
  }
}
