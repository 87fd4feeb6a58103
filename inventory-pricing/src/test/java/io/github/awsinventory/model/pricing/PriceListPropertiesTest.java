package io.github.awsinventory.model.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/** Properties of the price list that hold for any instance type and any valid price file. */
class PriceListPropertiesTest {

  private static final PriceList PRICES = PriceList.bundled();
  private static final List<String> FAMILIES = List.of("t2", "t3", "m1", "m3", "m4", "m5", "m6i", "c4", "c6i", "r4",
      "r6i", "x9", "db");
  private static final List<String> SIZES = List.of("nano", "micro", "medium", "large", "xlarge", "2xlarge",
      "16xlarge");

  @Property
  void currentGenerationEquivalent_bundled_isAPricedCurrentTypeOfTheSameSize(@ForAll("instanceTypes") String type) {
    Optional<String> equivalent = PRICES.currentGenerationEquivalent(type);

    equivalent.ifPresent(current -> {
      assertThat(current).isNotEqualTo(type);
      assertThat(size(current)).isEqualTo(size(type));
      assertThat(PRICES.isPreviousGeneration(type)).as(type).isTrue();
      assertThat(PRICES.isPreviousGeneration(current)).as(current).isFalse();
      assertThat(PRICES.ec2Monthly(current, "us-east-1")).as(current).isPresent();
      assertThat(PRICES.currentGenerationEquivalent(current)).as("the equivalent of " + current).isEmpty();
    });
    Statistics.label("equivalent").collect(equivalent.isPresent());
    Statistics.label("equivalent").coverage(coverage -> coverage.check(true).percentage(p -> p >= 5));
  }

  @Property
  void currentGenerationEquivalent_anyFile_isPresentExactlyWhenTheFamilyIsUpgradedAndTheTargetPriced(
      @ForAll("upgrades") Map<String, String> upgrades, @ForAll("pricedTypes") Set<String> pricedTypes,
      @ForAll("instanceTypes") String type, @ForAll boolean priceTheTarget) {
    String family = type.contains(".") ? type.substring(0, type.indexOf('.')) : null;
    String expected = family != null && upgrades.containsKey(family)
        ? upgrades.get(family) + type.substring(type.indexOf('.')) : null;
    Set<String> priced = new java.util.HashSet<>(pricedTypes);
    if (expected != null && priceTheTarget && expected.matches("[a-z][a-z0-9]*\\.[a-z0-9]+")) {
      priced.add(expected); // random sets rarely hold the target: price it half the time, so both outcomes occur
    }
    PriceList prices = PriceList.fromJson(file(upgrades, priced), "generated.json");

    Optional<String> equivalent = prices.currentGenerationEquivalent(type);

    if (expected != null && priced.contains(expected)) {
      assertThat(equivalent).contains(expected);
    } else {
      assertThat(equivalent).isEmpty();
    }
    Statistics.label("equivalent").collect(equivalent.isPresent() ? "present" : expected != null ? "unpriced" : "none");
    Statistics.label("equivalent").coverage(coverage -> {
      coverage.check("present").percentage(p -> p >= 2);
      coverage.check("unpriced").percentage(p -> p >= 2);
    });
  }

  @Property
  void monthlyHelpers_areInCentsAndNeverNegativeWhateverTheInput(@ForAll("instanceTypes") String type,
      @ForAll("amounts") BigDecimal size, @ForAll("amounts") BigDecimal iops, @ForAll("amounts") BigDecimal throughput,
      @ForAll("volumeTypes") String volumeType, @ForAll("regions") String region) {
    List<Optional<BigDecimal>> amounts = List.of(PRICES.ec2Monthly(type, region),
        PRICES.ebsMonthly(volumeType, size, iops, throughput, region),
        PRICES.inRegion(PRICES.ebsSnapshotQuote(size), region));

    for (Optional<BigDecimal> amount : amounts) {
      amount.ifPresent(cost -> {
        assertThat(cost.signum()).isGreaterThanOrEqualTo(0);
        assertThat(cost.scale()).isEqualTo(2);
      });
    }
    Statistics.label("ebs priced").collect(amounts.get(1).isPresent());
    Statistics.label("ebs priced").coverage(coverage -> coverage.check(true).percentage(p -> p >= 5));
  }

  @Provide
  Arbitrary<String> instanceTypes() {
    Arbitrary<String> typical = Combinators.combine(Arbitraries.of(FAMILIES), Arbitraries.of(SIZES))
        .as((family, size) -> family + "." + size);
    Arbitrary<String> odd = Arbitraries.oneOf(Arbitraries.of(FAMILIES), Arbitraries.of("db.m4.large", "m4.", ".large",
        "m4.large.x", ""), Arbitraries.strings().ofMaxLength(12));
    return Arbitraries.frequencyOf(Tuple.of(4, typical), Tuple.of(1, odd));
  }

  @Provide
  Arbitrary<Map<String, String>> upgrades() {
    return Arbitraries.maps(Arbitraries.of(FAMILIES).filter(f -> !f.equals("db")), Arbitraries.of(FAMILIES))
        .ofMinSize(2).ofMaxSize(8)
        .filter(map -> map.entrySet().stream().noneMatch(e -> e.getKey().equals(e.getValue())));
  }

  @Provide
  Arbitrary<Set<String>> pricedTypes() {
    return Combinators.combine(Arbitraries.of(FAMILIES).filter(f -> !f.equals("db")), Arbitraries.of(SIZES))
        .as((family, size) -> family + "." + size).set().ofMaxSize(60);
  }

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return Arbitraries.bigDecimals().between(new BigDecimal("-100"), new BigDecimal("100000")).ofScale(3)
        .injectNull(0.1);
  }

  @Provide
  Arbitrary<String> volumeTypes() {
    return Arbitraries.of("gp2", "gp3", "io1", "io2", "st1", "sc1", "standard", "gp9");
  }

  @Provide
  Arbitrary<String> regions() {
    return Arbitraries.of("us-east-1", "eu-west-1", "sa-east-1", "me-central-2", "global");
  }

  private static String file(Map<String, String> upgrades, Set<String> priced) {
    String prices = priced.stream().map(type -> "\"" + type + "\": 0.1").collect(Collectors.joining(", "));
    String families = upgrades.entrySet().stream().map(e -> "\"" + e.getKey() + "\": \"" + e.getValue() + "\"")
        .collect(Collectors.joining(", "));
    return "{\"version\": \"generated\", \"hours_per_month\": 730, \"region_factors\": {\"us-east-1\": 1},"
        + " \"ec2\": {\"linux_on_demand_hourly\": {" + prices + "}},"
        + " \"ec2_generation_upgrades\": {" + families + "}}";
  }

  private static String size(String type) {
    return type.substring(type.indexOf('.') + 1);
  }
}
