package io.github.awsinventory.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

class ExampleOptionsTest {

  @Test
  void parse_withoutOptionsOrEnvironment_usesAwsItselfAndTheDefaultTable() {
    ExampleOptions options = ExampleOptions.parse(new String[0], Map.of());

    assertThat(options.endpoint()).isEmpty();
    assertThat(options.region()).isEqualTo(Region.US_EAST_1);
    assertThat(options.table()).isEqualTo("aws-inventory");
  }

  @Test
  void parse_takesTheEnvironment_andOptionsWinOverIt() {
    Map<String, String> env = Map.of("AWS_ENDPOINT_URL", "http://127.0.0.1:5000", "AWS_DEFAULT_REGION", "eu-west-1",
        "DYNAMODB_TABLE_NAME", "from-env");

    ExampleOptions fromEnv = ExampleOptions.parse(new String[0], env);
    ExampleOptions fromArgs = ExampleOptions.parse(new String[] {"--region", "ap-south-1", "--table=from-args",
        "--endpoint-url", "http://localhost:4566"}, env);

    assertThat(fromEnv.endpoint()).contains(URI.create("http://127.0.0.1:5000"));
    assertThat(fromEnv.region()).isEqualTo(Region.EU_WEST_1);
    assertThat(fromEnv.table()).isEqualTo("from-env");
    assertThat(fromArgs.endpoint()).contains(URI.create("http://localhost:4566"));
    assertThat(fromArgs.region()).isEqualTo(Region.AP_SOUTH_1);
    assertThat(fromArgs.table()).isEqualTo("from-args");
  }

  @Test
  void parse_givesTheExamplesOwnOptions() {
    ExampleOptions options = ExampleOptions.parse(new String[] {"--config", "accounts.json", "--page-size", "20"},
        Map.of(), "--config", "--page-size");

    assertThat(options.required("--config")).isEqualTo("accounts.json");
    assertThat(options.intValue("--page-size", 50, 1)).isEqualTo(20);
    assertThat(options.value("--missing")).isEmpty();
  }

  @Test
  void parse_whenTheCommandLineIsWrong_saysWhatToChange() {
    assertThatThrownBy(() -> ExampleOptions.parse(new String[] {"--tabel", "x"}, Map.of()))
        .isInstanceOf(UsageException.class).hasMessageContaining("unknown option '--tabel'")
        .hasMessageContaining("--table");
    assertThatThrownBy(() -> ExampleOptions.parse(new String[] {"--table"}, Map.of()))
        .isInstanceOf(UsageException.class).hasMessageContaining("--table needs a value");
    assertThatThrownBy(() -> ExampleOptions.parse(new String[] {"--endpoint-url", "localhost"}, Map.of()))
        .isInstanceOf(UsageException.class).hasMessageContaining("must be a URL").hasMessageContaining("'localhost'");
    assertThatThrownBy(() -> ExampleOptions.parse(new String[0], Map.of()).required("--config"))
        .isInstanceOf(UsageException.class).hasMessageContaining("--config is required");
    assertThatThrownBy(() -> ExampleOptions.parse(new String[] {"--page-size", "ten"}, Map.of(), "--page-size")
        .intValue("--page-size", 50, 1)).isInstanceOf(UsageException.class)
        .hasMessageContaining("--page-size must be a whole number >= 1 (was 'ten')");
  }

  @Test
  void report_printsTheProblemAndTheUsage_andHelpIsNoError() {
    Console console = new Console();

    Console helped = new Console();

    int wrong = UsageException.of("--config is required").report("Usage: Example --config FILE\n", console.out,
        console.err);
    int help = UsageException.help().report("Usage: Example --config FILE\n", helped.out, helped.err);

    assertThat(wrong).isEqualTo(2);
    assertThat(help).isZero();
    assertThat(console.err()).startsWith("error: --config is required").endsWith("Usage: Example --config FILE\n");
    assertThat(console.out()).isEmpty();
    assertThat(helped.out()).isEqualTo("Usage: Example --config FILE\n");
    assertThat(helped.err()).isEmpty();
  }
}
