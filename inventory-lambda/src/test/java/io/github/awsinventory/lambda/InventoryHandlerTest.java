package io.github.awsinventory.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.awsinventory.model.config.ConfigurationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The handler's answers to events it must refuse, and to {@code plan} over a configuration file: none of
 * these needs AWS, so the endpoint is a closed port — a call would fail the test.
 */
class InventoryHandlerTest {

  private static final StaticCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
  private static final ByteArrayOutputStream METRICS = new ByteArrayOutputStream();

  private static InventoryHandler handler;

  @BeforeAll
  static void createHandler(@TempDir Path dir) throws IOException {
    Path config = Files.writeString(dir.resolve("accounts.json"), "{\"accounts\": {"
        + "\"engineering\": {\"account_id\": \"111111111111\", \"role_name\": \"InventoryRole\"},"
        + "\"marketing\": {\"account_id\": \"222222222222\", \"role_name\": \"InventoryRole\"},"
        + "\"data\": {\"account_id\": \"333333333333\", \"role_name\": \"InventoryRole\"}},"
        + "\"regions\": [\"us-east-1\"]}");
    handler = new InventoryHandler(Map.of("AWS_REGION", "us-east-1", "AWS_ENDPOINT_URL", "http://127.0.0.1:9",
        "CONFIG_PATH", config.toString()), CREDENTIALS, new PrintStream(METRICS, true, StandardCharsets.UTF_8));
  }

  static Stream<Arguments> refusedEvents() {
    return Stream.of(
        Arguments.of("no event", null, List.of("the event has no \"action\"", "{\"action\": \"collect\"}")),
        Arguments.of("no action", Map.of("accounts", List.of()), List.of("the event has no \"action\"")),
        Arguments.of("blank action", Map.of("action", " "), List.of("the event has no \"action\"")),
        Arguments.of("action not a string", Map.of("action", 42),
            List.of("\"action\" must be a string (was 42)", "collect, plan, summary")),
        Arguments.of("unknown action", Map.of("action", "colect"),
            List.of("unknown action \"colect\"",
                "use one of collect, plan, summary, cost_analysis, security_check, cleanup")),
        Arguments.of("accounts not a list", Map.of("action", "collect", "accounts", "111111111111"),
            List.of("\"accounts\" must be a list of 12-digit account ids", "(was 111111111111)")),
        Arguments.of("account id as a number", Map.of("action", "collect", "accounts", List.of(111111111111L)),
            List.of("\"accounts\" must hold 12-digit account ids as strings", "(found 111111111111)")),
        Arguments.of("short account id", Map.of("action", "collect", "accounts", List.of("111111111111", "12345")),
            List.of("12-digit account ids", "(found 12345)")),
        Arguments.of("account not configured", Map.of("action", "collect", "accounts", List.of("999999999999")),
            List.of("999999999999", "not in the configuration")),
        Arguments.of("organization_accounts a list", Map.of("action", "collect", "organization_accounts",
            List.of("111111111111")),
            List.of("\"organization_accounts\" must map 12-digit account ids to account names",
                "(was [111111111111])")),
        Arguments.of("organization_accounts with a short id", Map.of("action", "collect", "organization_accounts",
            Map.of("12345", "research")), List.of("(found 12345: research)")),
        Arguments.of("organization_accounts with a name that is no string", Map.of("action", "collect",
            "organization_accounts", Map.of("111111111111", 7)), List.of("(found 111111111111: 7)")),
        Arguments.of("shard out of range", Map.of("action", "collect", "shard", "5/4"), List.of("\"shard\"", "5/4")),
        Arguments.of("shard not k/n", Map.of("action", "collect", "shard", "half"), List.of("\"shard\"", "half")),
        Arguments.of("batch_size zero", Map.of("action", "plan", "batch_size", 0),
            List.of("\"batch_size\" must be a whole number from 1 to 1000 (was 0)")),
        Arguments.of("batch_size too large", Map.of("action", "plan", "batch_size", 1001), List.of("(was 1001)")),
        Arguments.of("batch_size a fraction", Map.of("action", "plan", "batch_size", 2.5), List.of("(was 2.5)")),
        Arguments.of("batch_size a string", Map.of("action", "plan", "batch_size", "10"), List.of("(was 10)")),
        Arguments.of("batch_size overflowing int", Map.of("action", "plan", "batch_size", 4_294_967_297L),
            List.of("(was 4294967297)")),
        Arguments.of("plan of an unknown account", Map.of("action", "plan", "accounts", List.of("999999999999")),
            List.of("999999999999")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedEvents")
  void handleRequest_withAMalformedEvent_answersErrorNamingTheProblem(String name, Map<String, Object> event,
      List<String> expected) {
    Map<String, Object> result = handler.handleRequest(event, null);

    assertThat(result).containsEntry("status", "error").containsKeys("action", "error");
    assertThat((String) result.get("error")).contains(expected);
    assertThat(result).containsEntry("action", event == null ? null : event.get("action"));
  }

  @Test
  void handleRequest_refusesAMalformedEvent_beforeReadingTheConfigurationFromS3() {
    InventoryHandler fromS3 = new InventoryHandler(Map.of("AWS_REGION", "us-east-1",
        "AWS_ENDPOINT_URL", "http://127.0.0.1:9", "CONFIG_S3_URI", "s3://config/accounts.json"), CREDENTIALS,
        new PrintStream(METRICS, true, StandardCharsets.UTF_8));

    Map<String, Object> collect = fromS3.handleRequest(Map.of("action", "collect", "accounts", "all"), null);
    Map<String, Object> plan = fromS3.handleRequest(Map.of("action", "plan", "accounts", List.of("1")), null);

    assertThat(collect).containsEntry("status", "error");
    assertThat((String) collect.get("error")).contains("\"accounts\" must be a list");
    assertThat(plan).containsEntry("status", "error");
    assertThat((String) plan.get("error")).contains("12-digit account ids", "(found 1)");
  }

  @Test
  void plan_splitsTheConfiguredAccountsIntoBatches_inOrder() {
    Map<String, Object> result = handler.handleRequest(Map.of("action", "plan", "batch_size", 2), null);

    assertThat(result).containsEntry("status", "ok").containsEntry("accounts", 3)
        .containsEntry("batches", List.of(List.of("111111111111", "222222222222"), List.of("333333333333")));
  }

  @Test
  void plan_withoutABatchSize_usesTwentyFive_andHonoursAnAccountsFilter() {
    Map<String, Object> all = handler.handleRequest(Map.of("action", "plan"), null);
    Map<String, Object> some = handler.handleRequest(Map.of("action", "plan", "batch_size", 1.0,
        "accounts", List.of("333333333333", "111111111111")), null);

    assertThat(all).containsEntry("batches", List.of(List.of("111111111111", "222222222222", "333333333333")));
    assertThat(some).containsEntry("accounts", 2)
        .containsEntry("batches", List.of(List.of("111111111111"), List.of("333333333333")));
  }

  @Test
  void constructor_withAWrongEnvironment_failsTheInitNamingEachVariable() {
    Map<String, String> env = new HashMap<>();
    env.put("DYNAMODB_TABLE_NAME", "x");
    env.put("AWS_ENDPOINT_URL", "localhost:4566");

    ConfigurationException e = catchThrowableOfType(ConfigurationException.class,
        () -> new InventoryHandler(env, CREDENTIALS, System.out));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("DYNAMODB_TABLE_NAME", "(was x)", "AWS_REGION", "Lambda sets it",
        "AWS_ENDPOINT_URL", "(was localhost:4566)", "http://127.0.0.1:5000");
  }
}
