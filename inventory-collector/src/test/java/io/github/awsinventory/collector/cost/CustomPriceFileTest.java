package io.github.awsinventory.collector.cost;

import static io.github.awsinventory.collector.cost.TestResources.bundledJson;
import static io.github.awsinventory.collector.cost.TestResources.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.collector.spi.CostEstimate;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The estimator with prices from a file other than the bundled one; the file's validation is the model's. */
class CustomPriceFileTest {

  @Test
  void fromFile_customFile_overridesAPriceAndNamesItsVersion(@TempDir Path dir) throws IOException {
    String json = bundledJson()
        .replace("\"version\": \"2026-11\"", "\"version\": \"acme-2027-01\"")
        .replace("\"m5.large\": 0.096", "\"m5.large\": 0.080");
    Path file = Files.writeString(dir.resolve("prices.json"), json);
    ListPriceCostEstimator prices = ListPriceCostEstimator.fromFile(file);
    Resource instance = resource(ResourceType.EC2_INSTANCE, "us-east-1").state("running")
        .putAttributes("instance_type", "m5.large").putAttributes("platform", "linux").build();

    CostEstimate estimate = prices.estimate(instance).orElseThrow();

    assertThat(estimate.monthlyCost()).contains(new BigDecimal("58.40")); // 0.080 x 730
    assertThat(estimate.basis()).startsWith("list-price acme-2027-01 us-east-1 x1.00: m5.large 0.08/h");
    assertThat(prices.priceList().version()).isEqualTo("acme-2027-01");
  }

  @Test
  void fromJson_minimalFile_pricesWhatItHasAndLeavesTheRestUnknown() {
    String json = """
        {"version": "mini", "hours_per_month": 730, "region_factors": {"eu-west-1": 1.5},
         "ec2": {"linux_on_demand_hourly": {"m5.large": 0.1}}}
        """;
    ListPriceCostEstimator prices = ListPriceCostEstimator.fromJson(json, "mini.json");
    Resource instance = resource(ResourceType.EC2_INSTANCE, "eu-west-1").state("running")
        .putAttributes("instance_type", "m5.large").putAttributes("platform", "linux").build();
    Resource volume = resource(ResourceType.EBS_VOLUME, "eu-west-1").putAttributes("volume_type", "gp2")
        .putAttributes("size_gib", 10).build();
    Resource address = resource(ResourceType.ELASTIC_IP, "eu-west-1").build();

    assertThat(prices.estimate(instance).orElseThrow().monthlyCost()).contains(new BigDecimal("109.50")); // x1.5
    assertThat(prices.estimate(volume).orElseThrow().basis()).isEqualTo("unknown: no list price for volume type gp2");
    assertThat(prices.estimate(address).orElseThrow().basis())
        .isEqualTo("unknown: no list price for public IPv4 in price file mini");
    assertThat(prices.priceList().isPreviousGeneration("m4.large")).isFalse();
  }
}
