package io.github.awsinventory.model.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.awsinventory.model.config.ConfigProblem;
import io.github.awsinventory.model.config.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
    ConfigurationException e = catchThrowableOfType(() -> PriceList.fromJson(BROKEN, "broken.json"),
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
  void fromJson_badGenerationUpgrades_reportsEveryProblemWithItsPathAndFix() {
    String json = """
        {"version": "up", "hours_per_month": 730, "region_factors": {"us-east-1": 1},
         "ec2_previous_generation_families": ["m3", "m4"],
         "ec2_generation_upgrades": {"note": "fine", "m4.large": "m6i", "c4": 6, "r4": "r4", "t2": "T3!",
                                     "m3": "m4", "c3": "c6i"}}
        """;

    ConfigurationException e = catchThrowableOfType(() -> PriceList.fromJson(json, "up.json"),
        ConfigurationException.class);

    assertThat(paths(e.problems())).containsExactly(
        "$.ec2_generation_upgrades['m4.large']",
        "$.ec2_generation_upgrades.c4",
        "$.ec2_generation_upgrades.r4",
        "$.ec2_generation_upgrades.t2",
        "$.ec2_generation_upgrades.m3");
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.fix()).isNotBlank());
    assertThat(e).hasMessageStartingWith("up.json has 5 errors:");
    assertThat(problem(e, "$.ec2_generation_upgrades['m4.large']")).contains("'m4.large' is not a valid key here")
        .contains("a previous-generation instance family such as m4");
    assertThat(problem(e, "$.ec2_generation_upgrades.c4")).contains("is not an instance family").contains("(was 6)")
        .contains("move c4 instances to");
    assertThat(problem(e, "$.ec2_generation_upgrades.r4")).contains("upgrades r4 to itself");
    assertThat(problem(e, "$.ec2_generation_upgrades.t2")).contains("is not an instance family").contains("T3!");
    assertThat(problem(e, "$.ec2_generation_upgrades.m3")).contains("upgrades m3 to m4")
        .contains("ec2_previous_generation_families lists as previous-generation");
  }

  @Test
  void fromJson_generationUpgradesNotAnObject_isRejected() {
    String json = """
        {"version": "up", "hours_per_month": 730, "region_factors": {}, "ec2_generation_upgrades": ["m4", "m6i"]}
        """;

    ConfigurationException e = catchThrowableOfType(() -> PriceList.fromJson(json, "up.json"),
        ConfigurationException.class);

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.ec2_generation_upgrades");
      assertThat(p.message()).isEqualTo("must be an object (was a list)");
    });
  }

  @Test
  void fromJson_misspelledGenerationUpgrades_suggestsTheSection() {
    String json = """
        {"version": "up", "hours_per_month": 730, "region_factors": {}, "ec2_generation_upgrade": {"m4": "m6i"}}
        """;

    ConfigurationException e = catchThrowableOfType(() -> PriceList.fromJson(json, "up.json"),
        ConfigurationException.class);

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.ec2_generation_upgrade");
      assertThat(p.fix()).contains("did you mean ec2_generation_upgrades?");
    });
  }

  @Test
  void fromJson_invalidJson_reportsWhere() {
    ConfigurationException e = catchThrowableOfType(
        () -> PriceList.fromJson("{\"version\": \"2026-11\",\n \"hours_per_month\": }", "bad.json"),
        ConfigurationException.class);

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).path()).isEqualTo("$");
    assertThat(e.problems().get(0).message()).contains("not valid JSON").contains("line 2");
  }

  @Test
  void fromJson_duplicateKey_isRejected() {
    String json = "{\"version\": \"a\", \"version\": \"b\", \"hours_per_month\": 730, \"region_factors\": {}}";

    ConfigurationException e = catchThrowableOfType(() -> PriceList.fromJson(json, "dup.json"),
        ConfigurationException.class);

    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("version"));
  }

  @Test
  void fromJson_emptyText_isRejected() {
    ConfigurationException e = catchThrowableOfType(() -> PriceList.fromJson("", "empty.json"),
        ConfigurationException.class);

    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("the file is empty"));
  }

  @Test
  void fromFile_missingFile_namesThePath(@TempDir Path dir) {
    Path missing = dir.resolve("nope.json");

    ConfigurationException e = catchThrowableOfType(() -> PriceList.fromFile(missing),
        ConfigurationException.class);

    assertThat(e).hasMessageContaining(missing.toString()).hasMessageContaining("cannot read the price file");
    assertThat(e.getCause()).isInstanceOf(IOException.class);
  }

  @Test
  void bundledFile_isValidAndCarriesItsDateSourceAndNote() throws IOException {
    PriceList prices = PriceList.fromJson(bundledJson(), "list-prices.json");

    assertThat(prices.version()).isEqualTo("2026-11");
    assertThat(prices.source()).isPresent();
    assertThat(prices.note()).isPresent();
  }

  static String bundledJson() throws IOException {
    try (InputStream in = PriceFileTest.class.getResourceAsStream(PriceList.BUNDLED_RESOURCE)) {
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
