package io.github.awsinventory.model.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled prices of the managed container and data services. */
class ManagedServicePricesTest {

  private final PriceList prices = PriceList.bundled();

  private static PriceList mini(String sections) {
    return PriceList.fromJson("{\"version\": \"mini\", \"hours_per_month\": 730, "
        + "\"region_factors\": {\"us-east-1\": 1}" + sections + "}", "mini.json");
  }

  @Test
  void eksClusterQuote_isTheStandardSupportHourlyPriceTimes730() {
    PriceQuote quote = prices.eksClusterQuote();

    assertThat(prices.inRegion(quote, "us-east-1")).contains(new BigDecimal("73.00")); // 0.10 x 730
    assertThat(prices.inRegion(quote, "eu-west-1")).contains(new BigDecimal("81.03")); // x1.11
    assertThat(quote.detail()).startsWith("EKS cluster 0.1/h x 730 h (standard support;")
        .contains("extended support", "not priced");
  }

  @Test
  void eksClusterQuote_withoutAPrice_isUnknown() {
    PriceQuote quote = mini("").eksClusterQuote();

    assertThat(quote.isKnown()).isFalse();
    assertThat(quote.detail()).isEqualTo("no list price for EKS clusters in price file mini");
  }

  @Test
  void efsStandardQuote_isStandardGigabytesTimesTheGbMonthPrice_namingWhatIsLeftOut() {
    PriceQuote quote = prices.efsStandardQuote(BigDecimal.valueOf(10L << 30), BigDecimal.valueOf(5L << 30));

    assertThat(prices.inRegion(quote, "us-east-1")).contains(new BigDecimal("3.00")); // 10 GB x 0.30
    assertThat(quote.detail()).isEqualTo("EFS 10 GB Standard x 0.3 (5 GB in Infrequent Access or Archive not priced; "
        + "throughput and data access excluded)");
    assertThat(prices.efsStandardQuote(BigDecimal.ZERO, BigDecimal.ZERO).detail())
        .contains("no data in other storage classes");
  }

  @Test
  void efsStandardQuote_withoutAPriceOrASize_isUnknown() {
    assertThat(mini("").efsStandardQuote(BigDecimal.ONE, BigDecimal.ZERO).detail())
        .isEqualTo("no list price for EFS Standard storage in price file mini");
    assertThat(prices.efsStandardQuote(null, BigDecimal.ZERO).isKnown()).isFalse();
    assertThat(prices.efsStandardQuote(BigDecimal.ONE, new BigDecimal("-1")).detail())
        .isEqualTo("sizes must be given and at least 0");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
      "cache.t3.micro, 12.41",    // 0.017 x 730
      "cache.t3.small, 24.82",
      "cache.t3.medium, 49.64",
      "cache.m6g.large, 108.77",  // 0.149 x 730
      "cache.r6g.large, 150.38"}) // 0.206 x 730
  void elastiCacheNodesQuote_isTheNodeHourlyPriceTimes730(String nodeType, String expected) {
    assertThat(prices.inRegion(prices.elastiCacheNodesQuote(nodeType, BigDecimal.ONE), "us-east-1"))
        .contains(new BigDecimal(expected));
  }

  @Test
  void elastiCacheNodesQuote_multipliesByTheNodes_andAnUnlistedTypeIsUnknown() {
    PriceQuote quote = prices.elastiCacheNodesQuote("cache.r6g.large", BigDecimal.valueOf(3));

    assertThat(prices.inRegion(quote, "us-east-1")).contains(new BigDecimal("451.14")); // 3 x 0.206 x 730
    assertThat(quote.detail()).isEqualTo("3 x cache.r6g.large 0.206/h x 730 h (backups and data transfer excluded)");
    assertThat(prices.elastiCacheNodesQuote("cache.x9.mega", BigDecimal.ONE).detail())
        .isEqualTo("no list price for ElastiCache node type cache.x9.mega in price file 2026-11");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
      "dc2.large, 182.50",     // 0.25 x 730
      "ra3.xlplus, 792.78",    // 1.086 x 730
      "ra3.4xlarge, 2379.80"}) // 3.26 x 730
  void redshiftNodesQuote_isTheNodeHourlyPriceTimes730(String nodeType, String expected) {
    assertThat(prices.inRegion(prices.redshiftNodesQuote(nodeType, BigDecimal.ONE), "us-east-1"))
        .contains(new BigDecimal(expected));
  }

  @Test
  void redshiftNodesQuote_multipliesByTheNodes_andAnUnlistedTypeIsUnknown() {
    PriceQuote quote = prices.redshiftNodesQuote("ra3.xlplus", BigDecimal.valueOf(2));

    assertThat(prices.inRegion(quote, "us-east-1")).contains(new BigDecimal("1585.56")); // 2 x 1.086 x 730
    assertThat(quote.detail()).isEqualTo("2 x ra3.xlplus 1.086/h x 730 h (RA3 managed storage, concurrency scaling "
        + "and Spectrum excluded)");
    assertThat(prices.redshiftNodesQuote("ra3.16xlarge", BigDecimal.ONE).isKnown()).isFalse();
    assertThat(prices.redshiftNodesQuote("dc2.large", null).detail())
        .isEqualTo("the node count must be given and at least 0");
  }
}
