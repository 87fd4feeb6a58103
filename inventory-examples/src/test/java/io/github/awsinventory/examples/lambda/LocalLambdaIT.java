package io.github.awsinventory.examples.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.awsinventory.examples.Console;
import io.github.awsinventory.model.table.InventoryTable;
import io.github.awsinventory.query.InventoryQuery;
import io.github.awsinventory.query.report.InventoryReports;
import io.github.awsinventory.query.security.FindingStatus;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.estate.Estate;
import io.github.awsinventory.testkit.estate.EstateAccount;
import io.github.awsinventory.testkit.estate.EstateManifest;
import io.github.awsinventory.testkit.estate.Site;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Runs example 4 against moto: every sample event must come back {@code ok}, with figures that match the
 * estate and the reports computed independently from the table.
 */
@AwsEmulatorTest
class LocalLambdaIT {

  private static final String TABLE = "lambda-inventory";
  private static final String REPORT_BUCKET = "inventory-reports";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static AwsEmulator aws;
  private static DynamoDbClient dynamoDb;
  private static EstateManifest estate;
  private static Path config;

  @BeforeAll
  static void buildAnEstate(AwsEmulator emulator, @TempDir Path dir) {
    aws = emulator;
    dynamoDb = aws.client(DynamoDbClient.builder());
    try (Estate building = Estate.in(aws).account("111111111111", "engineering", "engineering")
        .account("222222222222", "data", "data-platform")) {
      Site engineering = building.at("111111111111", "us-east-1");
      engineering.instance(i -> i.name("api").instanceType("m5.large"));
      engineering.volume(v -> v.name("forgotten").sizeGib(100).volumeType("gp2").encrypted(false));
      Site data = building.at("222222222222", "us-east-1");
      data.bucket(b -> b.name("data-lake-raw"));
      data.volume(v -> v.name("warehouse").sizeGib(500).volumeType("st1"));
      estate = building.manifest();
    }
    config = estate.writeAccountsConfig(dir.resolve("accounts.json"));
    InventoryTable.create(dynamoDb, TABLE);
    aws.client(S3Client.builder()).createBucket(b -> b.bucket(REPORT_BUCKET));
  }

  @Test
  void main_runsEverySampleEvent_andEachResultIsOkWithTheEstatesFigures_andReportsInTheBucket() throws IOException {
    Console console = new Console();

    int status = LocalLambda.run(new String[] {"--config", config.toString(), "--endpoint-url",
        aws.endpoint().toString(), "--table", TABLE}, Map.of("REPORT_BUCKET", REPORT_BUCKET),
        aws.credentialsProvider(), console.out, console.err);

    Map<String, Map<String, Object>> results = resultsByAction(console.out());
    assertThat(status).as(console.out() + console.err()).isZero();
    assertThat(results.keySet()).containsExactlyElementsOf(LocalLambda.SAMPLE_EVENTS);
    assertThat(results.values()).allSatisfy(r -> assertThat(r).containsEntry("status", "ok"));
    assertThat(results.get("collect")).containsEntry("resources", estate.resources().size())
        .containsEntry("accounts", estate.accounts().size()).containsEntry("failed_scopes", List.of());
    assertThat(flatten(results.get("plan").get("batches"))).containsExactlyInAnyOrderElementsOf(
        estate.accounts().stream().map(EstateAccount::id).collect(Collectors.toList()));
    InventoryReports reports = InventoryReports.builder().query(InventoryQuery.create(dynamoDb, TABLE)).build();
    assertThat(results.get("summary")).containsEntry("resources", estate.resources().size())
        .containsEntry("stale", false);
    assertThat(money(results.get("cost_analysis").get("total_monthly_cost")))
        .isEqualByComparingTo(reports.summary().total().knownMonthlyCost().setScale(2, RoundingMode.HALF_UP))
        .isPositive();
    long failures = reports.security().findings().stream().filter(f -> f.status() == FindingStatus.FAIL).count();
    assertThat(results.get("security_check")).containsEntry("findings", (int) failures);
    assertThat(failures).isPositive();
    assertThat(results.get("cleanup")).containsEntry("candidates", reports.cleanup().candidates().size());
    List<String> locations = new ArrayList<>();
    results.values().forEach(r -> locations.addAll(strings(r.getOrDefault("reports", List.of()))));
    List<String> stored = aws.client(S3Client.builder()).listObjectsV2(l -> l.bucket(REPORT_BUCKET)).contents()
        .stream().map(S3Object::key).map(key -> "s3://" + REPORT_BUCKET + "/" + key).collect(Collectors.toList());
    assertThat(locations).as("reports stored by the function").isNotEmpty();
    assertThat(stored).containsAll(locations);
  }

  @Test
  void main_withAnEventOfAnUnknownAction_printsTheHandlersErrorAndExits1(@TempDir Path dir) throws IOException {
    Path event = Files.writeString(dir.resolve("typo.json"), "{\"action\": \"colect\"}");
    Console console = new Console();

    int status = LocalLambda.run(new String[] {"--events", event.toString(), "--endpoint-url",
        aws.endpoint().toString(), "--table", TABLE}, Map.of(), aws.credentialsProvider(), console.out, console.err);

    assertThat(status).isEqualTo(1);
    Map<String, Object> result = resultsByAction(console.out()).get("colect");
    assertThat(result).containsEntry("status", "error");
    assertThat((String) result.get("error")).contains("unknown action \"colect\"").contains("collect");
  }

  @Test
  void main_whenTheHandlerRefusesItsEnvironment_namesTheVariableAndExits2() {
    Console console = new Console();

    int status = LocalLambda.run(new String[] {"--table", "x!", "--endpoint-url", aws.endpoint().toString()},
        Map.of(), aws.credentialsProvider(), console.out, console.err);

    assertThat(status).isEqualTo(2);
    assertThat(console.err()).contains("DYNAMODB_TABLE_NAME").contains("x!");
    assertThat(console.out()).isEmpty();
  }

  /** The JSON results the example printed after each "# event" line, by action. */
  private static Map<String, Map<String, Object>> resultsByAction(String out) {
    String documents = out.lines().filter(line -> !line.startsWith("# ")).collect(Collectors.joining("\n"));
    Map<String, Map<String, Object>> results = new LinkedHashMap<>();
    try (MappingIterator<Map<String, Object>> values = JSON.readerForMapOf(Object.class).readValues(documents)) {
      values.forEachRemaining(result -> results.put((String) result.get("action"), result));
    } catch (IOException e) {
      throw new AssertionError("the example printed no JSON results: " + out, e);
    }
    return results;
  }

  private static List<String> flatten(Object batches) {
    List<String> accounts = new ArrayList<>();
    ((List<?>) batches).forEach(batch -> accounts.addAll(strings(batch)));
    return accounts;
  }

  private static List<String> strings(Object list) {
    return ((List<?>) list).stream().map(String::valueOf).collect(Collectors.toList());
  }

  private static BigDecimal money(Object number) {
    return new BigDecimal(String.valueOf(number));
  }
}
