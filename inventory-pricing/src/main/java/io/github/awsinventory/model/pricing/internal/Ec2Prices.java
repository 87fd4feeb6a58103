package io.github.awsinventory.model.pricing.internal;

import static io.github.awsinventory.model.pricing.internal.Quote.plain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** EC2: Linux on-demand hourly prices, and the previous-generation families and their upgrades. */
public final class Ec2Prices {

  private static final String HOURLY = "ec2/linux_on_demand_hourly" + PriceFileParser.SEPARATOR;

  private final PriceTable table;

  /**
   * Prices from a table.
   *
   * @param table the price file's prices
   */
  public Ec2Prices(PriceTable table) {
    this.table = table;
  }

  /**
   * Whether a type's family (the {@code db.} prefix ignored) is listed as previous-generation.
   *
   * @param instanceType an instance type, RDS class or family
   * @return true when listed
   */
  public boolean isPreviousGeneration(String instanceType) {
    String type = instanceType.startsWith("db.") ? instanceType.substring(3) : instanceType;
    int dot = type.indexOf('.');
    return table.previousGenerationFamilies().contains(dot < 0 ? type : type.substring(0, dot));
  }

  /**
   * The same size in the family the file upgrades the type's family to, when that type has a price.
   *
   * @param instanceType an instance type such as {@code m4.large}
   * @return the equivalent type
   */
  public Optional<String> currentGenerationEquivalent(String instanceType) {
    Objects.requireNonNull(instanceType, "instanceType");
    int dot = instanceType.indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String family = table.generationUpgrades().get(instanceType.substring(0, dot));
    if (family == null) {
      return Optional.empty();
    }
    String equivalent = family + instanceType.substring(dot);
    return table.price(HOURLY + equivalent).map(hourly -> equivalent);
  }

  /**
   * A running instance: hourly price x hours per month.
   *
   * @param instanceType an instance type
   * @return the quote
   */
  public Quote quote(String instanceType) {
    Optional<BigDecimal> hourly = table.price(HOURLY + instanceType);
    if (hourly.isEmpty()) {
      return Quote.unknown("no list price for instance type " + instanceType);
    }
    BigDecimal hoursPerMonth = table.hoursPerMonth();
    return Quote.of(hourly.get().multiply(hoursPerMonth),
        instanceType + " " + plain(hourly.get()) + "/h x " + plain(hoursPerMonth) + " h");
  }
}
