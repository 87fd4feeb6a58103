package io.github.awsinventory.collector.cost;

import static io.github.awsinventory.collector.cost.TestResources.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.awsinventory.collector.spi.CostEstimate;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.ConfigProblem;
import io.github.awsinventory.model.config.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceFileTest {

  private static final String BROKEN = """
      {
        "source": "my negotiated prices",
        "hours_per_month": 0,
        "region_factors": {"us-east-1": 1.00, "europe": 1.10, "eu-west-1": 0},
        "ec2": {
          "linux_on_demand_hourly": {"m5.large": -0.096, "m5.xlarge": "0.192", "m5.2xlarge": true, "m5": 0.1}
        },
        "ec3": {},
        "ec2_previous_generation_families": ["m4", 4],
        "ebs": {"gb_month": {"gp3": 0.08}, "gp3_iops": 0.005},
        "rds": {"instance_hourly": {"oracle-ee": {"db.m5.large": 0.5}}},
        "dynamodb": []
      }
      """;

  @Test
  void fromJson_brokenFile_reportsEveryProblemWithItsPathAndFix() {
    ConfigurationException e = catchThrowableOfType(() -> ListPriceCostEstimator.fromJson(BROKEN, "broken.json"),
        ConfigurationException.class);

    assertThat(paths(e.problems())).containsExactly(
        "$.hours_per_month",
        "$.region_factors.europe",
        "$.region_factors.eu-west-1",
        "$.ec2.linux_on_demand_hourly['m5.large']",
        "$.ec2.linux_on_demand_hourly['m5.xlarge']",
        "$.ec2.linux_on_demand_hourly['m5.2xlarge']",
        "$.ec2.linux_on_demand_hourly.m5",
        "$.ec3",
        "$.ec2_previous_generation_families[1]",
        "$.ebs.gp3_iops",
        "$.rds.instance_hourly.oracle-ee",
        "$.dynamodb",
        "$");
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.fix()).isNotBlank());
    assertThat(e).hasMessageStartingWith("broken.json has 13 errors:");
    assertThat(problem(e, "$")).contains("missing required section 'version'").contains("2026-11");
    assertThat(problem(e, "$.hours_per_month")).contains("must be > 0").contains("(was 0)");
    assertThat(problem(e, "$.ec2.linux_on_demand_hourly['m5.large']")).contains("must be >= 0").contains("-0.096");
    assertThat(problem(e, "$.ec2.linux_on_demand_hourly['m5.xlarge']"))
        .contains("must be a JSON number, not a string").contains("remove the quotes: 0.192");
    assertThat(problem(e, "$.ec2.linux_on_demand_hourly['m5.2xlarge']")).contains("must be a number (was a boolean)");
    assertThat(problem(e, "$.ec3")).contains("unknown section 'ec3'").contains("did you mean ec2?");
    assertThat(problem(e, "$.ebs.gp3_iops")).contains("unknown key 'gp3_iops'").contains("gp3_included_iops");
    assertThat(problem(e, "$.rds.instance_hourly.oracle-ee")).contains("only mysql, postgres and mariadb");
    assertThat(problem(e, "$.region_factors.europe")).contains("eu-west-1");
  }

  @Test
  void fromJson_invalidJson_reportsWhere() {
    ConfigurationException e = catchThrowableOfType(
        () -> ListPriceCostEstimator.fromJson("{\"version\": \"2026-11\",\n \"hours_per_month\": }", "bad.json"),
        ConfigurationException.class);

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).path()).isEqualTo("$");
    assertThat(e.problems().get(0).message()).contains("not valid JSON").contains("line 2");
  }

  @Test
  void fromJson_duplicateKey_isRejected() {
    String json = "{\"version\": \"a\", \"version\": \"b\", \"hours_per_month\": 730, \"region_factors\": {}}";

    ConfigurationException e = catchThrowableOfType(() -> ListPriceCostEstimator.fromJson(json, "dup.json"),
        ConfigurationException.class);

    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("version"));
  }

  @Test
  void fromJson_emptyText_isRejected() {
    ConfigurationException e = catchThrowableOfType(() -> ListPriceCostEstimator.fromJson("", "empty.json"),
        ConfigurationException.class);

    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("the file is empty"));
  }

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
    assertThat(prices.version()).isEqualTo("acme-2027-01");
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
    assertThat(prices.isPreviousGeneration("m4.large")).isFalse();
  }

  @Test
  void fromFile_missingFile_namesThePath(@TempDir Path dir) {
    Path missing = dir.resolve("nope.json");

    ConfigurationException e = catchThrowableOfType(() -> ListPriceCostEstimator.fromFile(missing),
        ConfigurationException.class);

    assertThat(e).hasMessageContaining(missing.toString()).hasMessageContaining("cannot read the price file");
    assertThat(e.getCause()).isInstanceOf(IOException.class);
  }

  @Test
  void bundledFile_isValidAndCarriesItsDateSourceAndNote() throws IOException {
    ListPriceCostEstimator prices = ListPriceCostEstimator.fromJson(bundledJson(), "list-prices.json");

    assertThat(prices.version()).isEqualTo("2026-11");
    assertThat(prices.source()).isPresent();
    assertThat(prices.note()).isPresent();
  }

  static String bundledJson() throws IOException {
    try (InputStream in = PriceFileTest.class.getResourceAsStream(ListPriceCostEstimator.BUNDLED_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> paths(List<ConfigProblem> problems) {
    return problems.stream().map(ConfigProblem::path).collect(Collectors.toList());
  }

  private static String problem(ConfigurationException e, String path) {
    return e.problems().stream().filter(p -> p.path().equals(path)).map(ConfigProblem::toString)
        .collect(Collectors.joining("\n"));
  }
}
