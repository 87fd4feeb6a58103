package io.github.awsinventory.lambda.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.awsinventory.model.config.ConfigProblem;
import io.github.awsinventory.model.config.ConfigurationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.regions.Region;

class HandlerSettingsTest {

  private static final Map<String, String> MINIMAL = Map.of(HandlerSettings.REGION, "eu-west-1");

  @Test
  void from_withOnlyTheRegion_usesTheDefaults() {
    HandlerSettings settings = HandlerSettings.from(MINIMAL);

    assertThat(settings.table()).isEqualTo("aws-inventory");
    assertThat(settings.region()).isEqualTo(Region.EU_WEST_1);
    assertThat(settings.memberRole()).isEqualTo("InventoryRole");
    assertThat(settings.topic()).isEmpty();
    assertThat(settings.bucket()).isEmpty();
    assertThat(settings.threshold()).isEmpty();
    assertThat(settings.configPath()).isEmpty();
    assertThat(settings.configS3()).isEmpty();
    assertThat(settings.externalId()).isEmpty();
    assertThat(settings.endpoint()).isEmpty();
  }

  @Test
  void from_withEveryVariableSet_parsesEachOne(@TempDir Path dir) throws IOException {
    Path config = Files.writeString(dir.resolve("accounts.json"), "{}");
    Map<String, String> env = new HashMap<>(MINIMAL);
    env.put(HandlerSettings.TABLE, "inventory-prod");
    env.put(HandlerSettings.TOPIC, "arn:aws:sns:eu-west-1:123456789012:inventory-alerts");
    env.put(HandlerSettings.BUCKET, "inventory-reports.example");
    env.put(HandlerSettings.THRESHOLD, " 12500.50 ");
    env.put(HandlerSettings.CONFIG_PATH, config.toString());
    env.put(HandlerSettings.EXTERNAL_ID, "shared-secret:2026");
    env.put(HandlerSettings.MEMBER_ROLE, "OrgInventoryReader");
    env.put(HandlerSettings.ENDPOINT, "http://127.0.0.1:5000");

    HandlerSettings settings = HandlerSettings.from(env);

    assertThat(settings.table()).isEqualTo("inventory-prod");
    assertThat(settings.topic()).hasValue("arn:aws:sns:eu-west-1:123456789012:inventory-alerts");
    assertThat(settings.bucket()).hasValue("inventory-reports.example");
    assertThat(settings.threshold()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("12500.5"));
    assertThat(settings.configPath()).hasValue(config);
    assertThat(settings.externalId()).hasValue("shared-secret:2026");
    assertThat(settings.memberRole()).isEqualTo("OrgInventoryReader");
    assertThat(settings.endpoint()).hasValue(URI.create("http://127.0.0.1:5000"));
  }

  @Test
  void from_groupFunctions_areReadByGroup_andAWrongListNamesTheVariableAndTheGroups() {
    Map<String, String> env = new HashMap<>(MINIMAL);
    String data = "arn:aws:lambda:eu-west-1:123456789012:function:aws-inventory-collector-data:live";
    String app = "arn:aws:lambda:eu-west-1:123456789012:function:aws-inventory-collector-app:live";
    env.put(HandlerSettings.GROUP_FUNCTIONS, "data=" + data + ", app=" + app);

    assertThat(HandlerSettings.from(env).groupFunctions())
        .containsExactly(Map.entry(CollectorGroup.DATA, data), Map.entry(CollectorGroup.APP, app));
    assertThat(HandlerSettings.from(MINIMAL).groupFunctions()).isEmpty();
    for (String wrong : List.of("core=" + data, "data=" + data + ",data=" + app, "data=arn:aws:s3:::bucket",
        "storage=" + data, data)) {
      env.put(HandlerSettings.GROUP_FUNCTIONS, wrong);
      assertThatThrownBy(() -> HandlerSettings.from(env)).as(wrong)
          .hasMessageContaining(HandlerSettings.GROUP_FUNCTIONS).hasMessageContaining("groups: data, app");
    }
  }

  @Test
  void from_withAnS3Configuration_keepsBucketAndKey() {
    Map<String, String> env = new HashMap<>(MINIMAL);
    env.put(HandlerSettings.CONFIG_S3_URI, "s3://config-bucket/inventory/accounts.json");

    URI uri = HandlerSettings.from(env).configS3().orElseThrow();

    assertThat(uri.getHost()).isEqualTo("config-bucket");
    assertThat(uri.getPath()).isEqualTo("/inventory/accounts.json");
  }

  @Test
  void from_treatsBlankValuesAsUnset() {
    Map<String, String> env = new HashMap<>(MINIMAL);
    env.put(HandlerSettings.TOPIC, "  ");
    env.put(HandlerSettings.THRESHOLD, "");

    HandlerSettings settings = HandlerSettings.from(env);

    assertThat(settings.topic()).isEmpty();
    assertThat(settings.threshold()).isEmpty();
  }

  static Stream<Arguments> wrongValues() {
    return Stream.of(
        Arguments.of(HandlerSettings.TABLE, "ab", "use 3-255 letters"),
        Arguments.of(HandlerSettings.TABLE, "inventory table", "use 3-255 letters"),
        Arguments.of(HandlerSettings.TOPIC, "inventory-alerts", "use arn:aws:sns:<region>:<account>:<topic>"),
        Arguments.of(HandlerSettings.TOPIC, "arn:aws:sqs:eu-west-1:123456789012:q", "use arn:aws:sns:"),
        Arguments.of(HandlerSettings.BUCKET, "s3://inventory-reports", "without s3://"),
        Arguments.of(HandlerSettings.BUCKET, "Inventory_Reports", "use the bucket's name"),
        Arguments.of(HandlerSettings.THRESHOLD, "10,000", "set a monthly amount in USD"),
        Arguments.of(HandlerSettings.THRESHOLD, "$500", "set a monthly amount in USD"),
        Arguments.of(HandlerSettings.THRESHOLD, "0", "set a monthly amount in USD"),
        Arguments.of(HandlerSettings.THRESHOLD, "-20", "set a monthly amount in USD"),
        Arguments.of(HandlerSettings.CONFIG_PATH, "/nonexistent/accounts.json", "package the file with the function"),
        Arguments.of(HandlerSettings.CONFIG_S3_URI, "https://bucket.s3.amazonaws.com/accounts.json",
            "write s3://<bucket>/<key>"),
        Arguments.of(HandlerSettings.CONFIG_S3_URI, "s3://bucket-only", "write s3://<bucket>/<key>"),
        Arguments.of(HandlerSettings.CONFIG_S3_URI, "s3://bucket/with space.json", "write s3://<bucket>/<key>"),
        Arguments.of(HandlerSettings.MEMBER_ROLE, "arn:aws:iam::111111111111:role/InventoryRole", "not its ARN"),
        Arguments.of(HandlerSettings.MEMBER_ROLE, "Inventory Role", "use 1-64 letters"),
        Arguments.of(HandlerSettings.REGION, "US-EAST-1", "e.g. us-east-1"),
        Arguments.of(HandlerSettings.REGION, "europe", "e.g. us-east-1"),
        Arguments.of(HandlerSettings.ENDPOINT, "localhost:4566", "write e.g. http://127.0.0.1:5000"),
        Arguments.of(HandlerSettings.ENDPOINT, "127.0.0.1:5000", "write e.g. http://127.0.0.1:5000"),
        Arguments.of(HandlerSettings.ENDPOINT, "ftp://127.0.0.1", "write e.g. http://127.0.0.1:5000"));
  }

  @ParameterizedTest(name = "{0}={1}")
  @MethodSource("wrongValues")
  void from_withAWrongValue_namesTheVariableTheValueAndTheFix(String variable, String value, String fix) {
    Map<String, String> env = new HashMap<>(MINIMAL);
    env.put(variable, value);

    ConfigurationException e = catchThrowableOfType(ConfigurationException.class, () -> HandlerSettings.from(env));

    assertThat(e).as("%s=%s is accepted", variable, value).isNotNull();
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo(variable);
      assertThat(p.value()).hasValue(value.trim());
      assertThat(p.fix()).contains(fix);
    });
    assertThat(e.getMessage()).contains("the function's environment has 1 error", variable,
        "(was " + value.trim() + ")", fix);
  }

  @Test
  void from_withoutTheRegion_saysLambdaSetsIt() {
    ConfigurationException e = catchThrowableOfType(ConfigurationException.class, () -> HandlerSettings.from(Map.of()));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo(HandlerSettings.REGION);
      assertThat(p.value()).isEmpty();
      assertThat(p.message()).isEqualTo("is not set");
      assertThat(p.fix()).contains("Lambda sets it");
    });
  }

  @Test
  void from_withAnInvalidExternalId_neverPrintsIt() {
    Map<String, String> env = new HashMap<>(MINIMAL);
    env.put(HandlerSettings.EXTERNAL_ID, "s3cr3t with spaces");

    ConfigurationException e = catchThrowableOfType(ConfigurationException.class, () -> HandlerSettings.from(env));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo(HandlerSettings.EXTERNAL_ID);
      assertThat(p.value()).hasValue("<redacted, 18 characters>");
      assertThat(p.fix()).contains("2-1224 letters");
    });
    assertThat(e.getMessage()).doesNotContain("s3cr3t");
  }

  @Test
  void from_withBothConfigurationSources_asksForOne(@TempDir Path dir) throws IOException {
    Map<String, String> env = new HashMap<>(MINIMAL);
    env.put(HandlerSettings.CONFIG_PATH, Files.writeString(dir.resolve("accounts.json"), "{}").toString());
    env.put(HandlerSettings.CONFIG_S3_URI, "s3://config-bucket/accounts.json");

    ConfigurationException e = catchThrowableOfType(ConfigurationException.class, () -> HandlerSettings.from(env));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo(HandlerSettings.CONFIG_S3_URI);
      assertThat(p.message()).contains("both CONFIG_PATH and CONFIG_S3_URI are set");
      assertThat(p.fix()).isEqualTo("set one of them");
    });
  }

  @Test
  void from_withSeveralWrongValues_reportsEveryOneTogether() {
    Map<String, String> env = new HashMap<>();
    env.put(HandlerSettings.TABLE, "x");
    env.put(HandlerSettings.TOPIC, "alerts");
    env.put(HandlerSettings.BUCKET, "s3://reports");
    env.put(HandlerSettings.THRESHOLD, "lots");
    env.put(HandlerSettings.CONFIG_PATH, "/nonexistent/accounts.json");
    env.put(HandlerSettings.ENDPOINT, "not a url");

    ConfigurationException e = catchThrowableOfType(ConfigurationException.class, () -> HandlerSettings.from(env));

    assertThat(e.problems()).extracting(ConfigProblem::path).containsExactly(HandlerSettings.TABLE,
        HandlerSettings.TOPIC, HandlerSettings.BUCKET, HandlerSettings.THRESHOLD, HandlerSettings.CONFIG_PATH,
        HandlerSettings.REGION, HandlerSettings.ENDPOINT);
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.severity()).isEqualTo(ConfigProblem.Severity.ERROR));
    assertThat(e.getMessage()).startsWith("the function's environment has 7 errors:")
        .contains("(was x)", "(was alerts)", "(was s3://reports)", "(was lots)", "(was not a url)");
  }

  @Test
  void threshold_keepsTheExactAmount() {
    Map<String, String> env = new HashMap<>(MINIMAL);
    env.put(HandlerSettings.THRESHOLD, "0.01");

    Optional<BigDecimal> threshold = HandlerSettings.from(env).threshold();

    assertThat(threshold).hasValue(new BigDecimal("0.01"));
    assertThatThrownBy(() -> HandlerSettings.from(Map.of(HandlerSettings.REGION, "eu-west-1",
        HandlerSettings.THRESHOLD, "NaN"))).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("not a number");
  }
}
