package io.github.awsinventory.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.awsinventory.model.DeletedResource;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.table.InventoryTable;
import io.github.awsinventory.query.InventoryQuery;
import io.github.awsinventory.query.ResourceQuery;
import io.github.awsinventory.query.report.InventoryReports;
import io.github.awsinventory.query.report.SummaryReport;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.estate.EstateManifest;
import io.github.awsinventory.testkit.estate.StandardEstate;
import io.github.awsinventory.testkit.fault.FaultInjector;
import io.github.awsinventory.testkit.fault.FaultRule;
import io.github.awsinventory.testkit.fault.RecordedCall;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Every action of the handler, invoked in-process as Lambda would, against the standard estate in the
 * emulator: the table, the reports in S3, the metric lines and the alerts (read from an SQS queue
 * subscribed to the topic). The handler talks to the emulator through a {@link FaultProxy}, so that a test
 * can deny one account's role and see what the handler called.
 */
@AwsEmulatorTest
class InventoryHandlerIT {

  private static final String TABLE = "inventory-lambda";
  private static final String BUCKET = "inventory-lambda-reports";
  private static final String CONFIG_KEY = "config/accounts.json";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu/MM/dd").withZone(ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static EstateManifest estate;
  private static FaultInjector faults;
  private static FaultProxy proxy;
  private static Map<String, String> environment;
  private static DynamoDbClient dynamoDb;
  private static S3Client s3;
  private static SqsClient sqs;
  private static String queueUrl;
  private static Instant firstCollectStarted;
  private static Invocation firstCollect;

  @BeforeAll
  static void deployTheFunction(AwsEmulator aws, @TempDir Path dir) throws IOException {
    estate = StandardEstate.build(aws);
    Path config = estate.writeAccountsConfig(dir.resolve("accounts.json"));
    dynamoDb = aws.client(DynamoDbClient.builder());
    InventoryTable.create(dynamoDb, TABLE);
    s3 = aws.client(S3Client.builder());
    s3.createBucket(r -> r.bucket(BUCKET));
    s3.putObject(r -> r.bucket(BUCKET).key(CONFIG_KEY), RequestBody.fromFile(config));
    SnsClient sns = aws.client(SnsClient.builder());
    String topic = sns.createTopic(r -> r.name("inventory-alerts")).topicArn();
    sqs = aws.client(SqsClient.builder());
    queueUrl = sqs.createQueue(r -> r.queueName("inventory-alerts")).queueUrl();
    String queueArn = sqs.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
        .attributes().get(QueueAttributeName.QUEUE_ARN);
    sns.subscribe(r -> r.topicArn(topic).protocol("sqs").endpoint(queueArn));
    faults = FaultInjector.withSeed(42);
    proxy = FaultProxy.start(aws, faults);
    environment = Map.of("AWS_REGION", aws.region().id(), "AWS_ENDPOINT_URL", proxy.endpoint().toString(),
        "DYNAMODB_TABLE_NAME", TABLE, "REPORT_BUCKET", BUCKET, "SNS_TOPIC_ARN", topic,
        "CONFIG_PATH", config.toString());

    firstCollectStarted = Instant.now();
    firstCollect = Invocation.of(function(Map.of()), Map.of("action", "collect"));
  }

  @AfterAll
  static void stopTheProxy() {
    proxy.close();
  }

  @BeforeEach
  void forgetCallsAndAlerts() {
    faults.clearRules();
    faults.clearCalls();
    alerts();
  }

  @Test
  void collect_fillsTheTableAsTheEstateIs_storesTheRunReport_andEmitsMetrics() throws IOException {
    Map<String, Object> result = firstCollect.result;

    assertThat(result).as(result.toString()).containsEntry("status", "ok").containsEntry("accounts", 3)
        .containsEntry("resources", (long) estate.resources().size()).containsEntry("failed_accounts", List.of())
        .containsEntry("failed_scopes", List.of()).containsEntry("coverage", 1.0);
    InventoryQuery query = InventoryQuery.create(dynamoDb, TABLE);
    for (String account : StandardEstate.ACCOUNT_IDS) {
      Map<String, Long> collected;
      try (Stream<Resource> live = query.resources(ResourceQuery.byAccount(account))) {
        collected = live.collect(Collectors.groupingBy(r -> r.resourceType().name(), TreeMap::new,
            Collectors.counting()));
      }
      Map<String, Long> built = estate.resources().inAccount(account).stream()
          .collect(Collectors.groupingBy(b -> b.type(), TreeMap::new, Collectors.counting()));
      assertThat(collected).as(account).isEqualTo(built);
    }
    String runId = (String) result.get("run_id");
    String key = "reports/collect/" + DAY.format(firstCollectStarted) + "/" + runId + ".json";
    assertThat(result).containsEntry("reports", List.of("s3://" + BUCKET + "/" + key));
    JsonNode stored = object(key);
    assertThat(stored.get("run_id").asText()).isEqualTo(runId);
    assertThat(stored.get("status").asText()).isEqualTo("OK");
    assertThat(stored.get("resources").get("total").asInt()).isEqualTo(estate.resources().size());
    JsonNode metrics = firstCollect.line("Action", "collect");
    assertThat(units(metrics)).containsEntry("CollectionDuration", "Milliseconds")
        .containsEntry("ResourcesCollected", "Count").containsEntry("FailedAccounts", "Count")
        .containsEntry("FailedScopes", "Count");
    assertThat(metrics.get("CollectionDuration").asLong()).isPositive();
    assertThat(metrics.get("ResourcesCollected").asInt()).isEqualTo(estate.resources().size());
    assertThat(metrics.get("FailedAccounts").asInt()).isZero();
    assertThat(metrics.get("FailedScopes").asInt()).isZero();
    for (String type : estate.types()) {
      assertThat(firstCollect.line("ResourceType", type).get("ResourcesCollected").asInt()).as(type)
          .isEqualTo(estate.ofType(type).size());
    }
  }

  @Test
  void collect_aStepFunctionsMapItem_collectsOnlyThatAccount() {
    Invocation run = Invocation.of(function(Map.of()), Map.of("action", "collect",
        "accounts", List.of(StandardEstate.DATA)));

    assertThat(run.result).as(run.result.toString()).containsEntry("status", "ok").containsEntry("accounts", 1)
        .containsEntry("resources", (long) estate.resources().inAccount(StandardEstate.DATA).size());
    assertThat(assumedRoles()).containsOnly(StandardEstate.DATA);
    assertThat(run.line("Action", "collect").get("ResourcesCollected").asInt())
        .isEqualTo(estate.resources().inAccount(StandardEstate.DATA).size());
  }

  @Test
  void collect_whenOneAccountsRoleIsDenied_reportsItAlertsAndDeletesNothingThere() {
    FaultRule denied = faults.add(FaultRule.accessDenied().service("sts").operation("AssumeRole")
        .account(StandardEstate.MARKETING));
    Instant started = Instant.now();

    Invocation run = Invocation.of(function(Map.of()), Map.of("action", "collect"));

    assertThat(denied.injectedCount()).isPositive();
    int marketing = estate.resources().inAccount(StandardEstate.MARKETING).size();
    assertThat(run.result).as(run.result.toString()).containsEntry("status", "partial").containsEntry("accounts", 3)
        .containsEntry("failed_accounts", List.of(StandardEstate.MARKETING))
        .containsEntry("resources", (long) estate.resources().size() - marketing);
    assertThat(run.line("Action", "collect").get("FailedAccounts").asInt()).isEqualTo(1);
    List<Alert> alerts = alerts();
    int failedScopes = ((List<?>) run.result.get("failed_scopes")).size();
    assertThat(alerts).singleElement().satisfies(alert -> {
      assertThat(alert.subject).isEqualTo("aws-inventory: collection PARTIAL, 1 account(s) failed");
      assertThat(alert.message).contains("Run " + run.result.get("run_id") + " finished PARTIAL",
          "1 of 3 accounts had failed scopes (" + failedScopes + " scopes); nothing in them was marked deleted",
          "Failed accounts: " + StandardEstate.MARKETING + ".",
          "Full report: " + ((List<?>) run.result.get("reports")).get(0));
      assertThat(alert.message.lines().filter(l -> l.startsWith("- "))).singleElement().asString()
          .startsWith("- " + StandardEstate.MARKETING + " (marketing): " + failedScopes + " scope(s) failed, e.g. ")
          .contains("ACCESS_DENIED", "AccessDenied", "role/InventoryRole");
    });
    InventoryQuery query = InventoryQuery.create(dynamoDb, TABLE);
    try (Stream<Resource> live = query.resources(ResourceQuery.byAccount(StandardEstate.MARKETING));
        Stream<DeletedResource> deleted = query.deletedSince(started)) {
      assertThat(live.count()).isEqualTo(marketing);
      assertThat(deleted.collect(Collectors.toList())).isEmpty();
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void collect_whenTwoAccountsAreDenied_theAlertNamesBoth() {
    faults.add(FaultRule.accessDenied().service("sts").operation("AssumeRole").account(StandardEstate.MARKETING));
    faults.add(FaultRule.accessDenied().service("sts").operation("AssumeRole").account(StandardEstate.DATA));

    Invocation run = Invocation.of(function(Map.of()), Map.of("action", "collect"));

    assertThat(run.result).as(run.result.toString()).containsEntry("status", "partial")
        .containsEntry("resources", (long) estate.resources().inAccount(StandardEstate.ENGINEERING).size());
    assertThat((List<Object>) run.result.get("failed_accounts"))
        .containsExactlyInAnyOrder(StandardEstate.MARKETING, StandardEstate.DATA);
    assertThat(alerts()).singleElement().satisfies(alert -> {
      assertThat(alert.subject).isEqualTo("aws-inventory: collection PARTIAL, 2 account(s) failed");
      assertThat(alert.message).contains("2 of 3 accounts had failed scopes");
      assertThat(alert.message.lines().filter(l -> l.startsWith("Failed accounts: "))).singleElement().asString()
          .contains(StandardEstate.MARKETING, StandardEstate.DATA);
      assertThat(alert.message.lines().filter(l -> l.startsWith("- "))).hasSize(2)
          .anySatisfy(l -> assertThat(l).startsWith("- " + StandardEstate.MARKETING + " (marketing): "))
          .anySatisfy(l -> assertThat(l).startsWith("- " + StandardEstate.DATA + " (data): "));
    });
  }

  @Test
  void plan_splitsTheAccountsIntoBatches_eachAccountExactlyOnce() {
    Map<String, Object> byTwo = function(Map.of()).handleRequest(Map.of("action", "plan", "batch_size", 2), null);
    Map<String, Object> byOne = function(Map.of()).handleRequest(Map.of("action", "plan", "batch_size", 1), null);

    assertThat(byTwo).containsEntry("status", "ok").containsEntry("accounts", 3)
        .as("every account is configured: none that only the organisation knows").containsEntry("organization_accounts",
            Map.of());
    List<List<String>> batches = batches(byTwo);
    assertThat(batches).hasSize(2).allSatisfy(b -> assertThat(b).hasSizeBetween(1, 2));
    assertThat(batches.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(StandardEstate.ACCOUNT_IDS)
        .doesNotHaveDuplicates();
    assertThat(batches(byOne)).hasSize(3).flatExtracting(Function.identity())
        .containsExactlyInAnyOrderElementsOf(StandardEstate.ACCOUNT_IDS);
    assertThat(faults.count("sts", "AssumeRole")).as("planning assumes no role").isZero();
  }

  @Test
  void summary_countsTheEstate_storesJsonAndCsv_andNeverScans() throws IOException {
    Invocation run = Invocation.of(function(Map.of()), Map.of("action", "summary"));

    SummaryReport expected = InventoryReports.builder().query(InventoryQuery.create(dynamoDb, TABLE)).build().summary();
    assertThat(run.result).as(run.result.toString()).containsEntry("status", "ok")
        .containsEntry("resources", (long) estate.resources().size()).containsEntry("stale", false);
    assertThat((BigDecimal) run.result.get("total_monthly_cost"))
        .isEqualByComparingTo(expected.total().knownMonthlyCost().setScale(2, RoundingMode.HALF_UP))
        .isPositive();
    List<String> keys = storedKeys(run.result, "summary");
    assertThat(object(keys.get(0)).get("total").get("resources").asInt()).isEqualTo(estate.resources().size());
    assertThat(text(keys.get(1)).lines().count()).isGreaterThan(1);
    JsonNode metrics = run.line("Action", "summary");
    assertThat(metrics.get("Resources").asInt()).isEqualTo(estate.resources().size());
    assertThat(metrics.get("TotalMonthlyCost").decimalValue())
        .isEqualByComparingTo(expected.total().knownMonthlyCost());
    assertThat(metrics.get("UnknownCostResources").asLong()).isEqualTo(expected.total().unknownCostResources());
    for (String type : estate.types()) {
      assertThat(run.line("ResourceType", type).get("Resources").asInt()).as(type)
          .isEqualTo(estate.ofType(type).size());
    }
    assertThat(operations("dynamodb")).isNotEmpty().doesNotContain("Scan");
    assertThat(alerts()).isEmpty();
  }

  @Test
  void costAnalysis_overTheThreshold_alertsWithTheTopResources_andTheMetricIsTheReportsTotal() throws IOException {
    Invocation run = Invocation.of(function(Map.of("MONTHLY_COST_THRESHOLD", "10")), Map.of("action", "cost_analysis"));

    assertThat(run.result).as(run.result.toString()).containsEntry("status", "ok").containsEntry("over_threshold", true)
        .containsEntry("threshold", new BigDecimal("10.00"));
    List<String> keys = storedKeys(run.result, "cost_analysis");
    JsonNode report = object(keys.get(0));
    BigDecimal total = report.get("total_monthly_cost").decimalValue();
    assertThat(total).isGreaterThan(BigDecimal.TEN)
        .isEqualByComparingTo((BigDecimal) run.result.get("total_monthly_cost"));
    assertThat(text(keys.get(1))).isNotBlank();
    JsonNode metrics = run.line("Action", "cost_analysis");
    assertThat(units(metrics)).containsEntry("TotalMonthlyCost", "None")
        .containsEntry("PotentialMonthlySavings", "None");
    assertThat(metrics.get("TotalMonthlyCost").decimalValue().setScale(2, RoundingMode.HALF_UP))
        .isEqualByComparingTo(total);
    assertThat(metrics.get("PotentialMonthlySavings").decimalValue().setScale(2, RoundingMode.HALF_UP))
        .isEqualByComparingTo(report.get("potential_monthly_savings").decimalValue());
    List<Alert> alerts = alerts();
    assertThat(alerts).singleElement().satisfies(alert -> {
      assertThat(alert.subject).startsWith("aws-inventory: monthly cost $").endsWith(" is over $10.00");
      assertThat(alert.message).contains("over the threshold of $10.00",
          "Full report: s3://" + BUCKET + "/" + keys.get(0));
      List<String> items = alert.message.lines().filter(l -> l.startsWith("- ")).collect(Collectors.toList());
      assertThat(items).hasSize(Math.min(10, report.get("top").size()))
          .first().asString().contains(report.get("top").get(0).get("name").asText());
    });
  }

  @Test
  void costAnalysis_underTheThreshold_sendsNoAlert() {
    Invocation run = Invocation.of(function(Map.of("MONTHLY_COST_THRESHOLD", "1000000")),
        Map.of("action", "cost_analysis"));

    assertThat(run.result).as(run.result.toString()).containsEntry("status", "ok")
        .containsEntry("over_threshold", false).containsEntry("threshold", new BigDecimal("1000000.00"));
    assertThat(alerts()).isEmpty();
  }

  @Test
  void securityCheck_metricsMatchTheReport_andTheAlertListsTheWorstWithTheReportLocation() throws IOException {
    Invocation run = Invocation.of(function(Map.of()), Map.of("action", "security_check"));

    List<String> keys = storedKeys(run.result, "security_check");
    JsonNode report = object(keys.get(0));
    List<JsonNode> failed = new ArrayList<>();
    report.get("findings").forEach(f -> {
      if ("FAIL".equals(f.get("status").asText())) {
        failed.add(f);
      }
    });
    long unencrypted = failed.stream().filter(f -> Set.of("EBS-001", "EBS-002", "RDS-001", "S3-002")
        .contains(f.get("rule_id").asText())).count();
    assertThat(failed).hasSizeGreaterThan(10);
    assertThat(unencrypted).isPositive();
    assertThat(run.result).containsEntry("status", "ok").containsEntry("findings", failed.size())
        .containsEntry("unencrypted_resources", unencrypted);
    JsonNode metrics = run.line("Action", "security_check");
    assertThat(metrics.get("SecurityIssues").asInt()).isEqualTo(failed.size());
    assertThat(metrics.get("UnencryptedResources").asLong()).isEqualTo(unencrypted);
    assertThat(text(keys.get(1)).lines().count()).isEqualTo(report.get("findings").size() + 1);
    List<Alert> alerts = alerts();
    assertThat(alerts).singleElement().satisfies(alert -> {
      assertThat(alert.subject).isEqualTo("aws-inventory: " + failed.size() + " security findings");
      assertThat(alert.message).containsPattern(failed.size() + " security findings in \\d+ resources: \\d+ CRITICAL, ")
          .contains("… and " + (failed.size() - 10) + " more", "Full report: s3://" + BUCKET + "/" + keys.get(0));
      List<String> items = alert.message.lines().filter(l -> l.startsWith("- ")).collect(Collectors.toList());
      assertThat(items).hasSize(10);
      for (int i = 0; i < 10; i++) {
        JsonNode finding = failed.get(i);
        assertThat(items.get(i)).startsWith("- " + finding.get("severity").asText() + " "
            + finding.get("rule_id").asText() + " " + finding.get("account_id").asText());
      }
      assertThat(items.get(0)).startsWith("- CRITICAL ");
    });
  }

  @Test
  void cleanup_storesJsonAndCsv_andCountsTheCandidates() throws IOException {
    Invocation run = Invocation.of(function(Map.of()), Map.of("action", "cleanup"));

    List<String> keys = storedKeys(run.result, "cleanup");
    JsonNode report = object(keys.get(0));
    assertThat(report.get("candidates").size()).isPositive();
    assertThat(run.result).containsEntry("status", "ok").containsEntry("candidates", report.get("candidates").size());
    assertThat(text(keys.get(1)).lines().count()).isEqualTo(report.get("candidates").size() + 1);
    JsonNode metrics = run.line("Action", "cleanup");
    assertThat(metrics.get("CleanupCandidates").asInt()).isEqualTo(report.get("candidates").size());
    assertThat(metrics.get("CleanupMonthlySavings").decimalValue().setScale(2, RoundingMode.HALF_UP))
        .isEqualByComparingTo(report.get("monthly_savings").decimalValue());
  }

  @Test
  void configFromS3_isReadAtEachInvocation() {
    Map<String, String> fromS3 = new HashMap<>(environment);
    fromS3.remove("CONFIG_PATH");
    fromS3.put("CONFIG_S3_URI", "s3://" + BUCKET + "/" + CONFIG_KEY);
    InventoryHandler handler = new InventoryHandler(fromS3, credentials(), new PrintStream(new ByteArrayOutputStream(),
        true, StandardCharsets.UTF_8));

    Map<String, Object> collected = handler.handleRequest(Map.of("action", "collect",
        "accounts", List.of(StandardEstate.ENGINEERING)), null);

    assertThat(collected).as(collected.toString()).containsEntry("status", "ok").containsEntry("accounts", 1)
        .containsEntry("resources", (long) estate.resources().inAccount(StandardEstate.ENGINEERING).size());
    assertThat(faults.calls().stream().map(RecordedCall::call)
        .filter(c -> c.service().equals("s3") && c.operation().equals("GetObject"))).isNotEmpty();
  }

  @Test
  void configFromS3_whenTheObjectIsMissing_answersErrorNamingTheVariable() {
    Map<String, String> missing = new HashMap<>(environment);
    missing.remove("CONFIG_PATH");
    missing.put("CONFIG_S3_URI", "s3://" + BUCKET + "/config/missing.json");
    ByteArrayOutputStream metrics = new ByteArrayOutputStream();
    InventoryHandler handler = new InventoryHandler(missing, credentials(), new PrintStream(metrics, true,
        StandardCharsets.UTF_8));

    Map<String, Object> result = handler.handleRequest(Map.of("action", "plan"), null);

    assertThat(result).containsEntry("status", "error");
    assertThat((String) result.get("error")).contains("CONFIG_S3_URI", "s3://" + BUCKET + "/config/missing.json",
        "NoSuchKey", "upload the configuration");
    assertThat(alerts()).as("a scheduled run with a broken configuration must not fail quietly").singleElement()
        .satisfies(alert -> {
          assertThat(alert.subject).isEqualTo("aws-inventory: plan refused, the configuration is invalid");
          assertThat(alert.message).contains("CONFIG_S3_URI", "config/missing.json", "./inventory config validate");
        });
    assertThat(metrics.toString(StandardCharsets.UTF_8)).contains("\"ConfigurationErrors\":1");
  }

  // ------------------------------------------------------------------------------------------- helpers

  /** The function as deployed, with some variables changed. */
  private static FunctionUnderTest function(Map<String, String> changes) {
    Map<String, String> env = new HashMap<>(environment);
    env.putAll(changes);
    return new FunctionUnderTest(env);
  }

  private static StaticCredentialsProvider credentials() {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
  }

  /** A handler and the metric lines it writes. */
  static final class FunctionUnderTest {
    final ByteArrayOutputStream metrics = new ByteArrayOutputStream();
    final InventoryHandler handler;

    FunctionUnderTest(Map<String, String> env) {
      handler = new InventoryHandler(env, credentials(), new PrintStream(metrics, true, StandardCharsets.UTF_8));
    }

    Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
      return handler.handleRequest(event, context);
    }
  }

  /** One invocation: its result and its metric lines. */
  static final class Invocation {
    final Map<String, Object> result;
    final List<JsonNode> lines = new ArrayList<>();

    private Invocation(Map<String, Object> result, String metrics) throws IOException {
      this.result = result;
      for (String line : metrics.split("\\R")) {
        if (!line.isBlank()) {
          JsonNode node = JSON.readTree(line);
          assertThat(node.get("_aws").get("CloudWatchMetrics").get(0).get("Namespace").asText())
              .isEqualTo("AWSInventory");
          lines.add(node);
        }
      }
    }

    static Invocation of(FunctionUnderTest function, Map<String, Object> event) {
      try {
        return new Invocation(function.handleRequest(event, null), function.metrics.toString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new AssertionError("a metrics line is not JSON", e);
      }
    }

    /** The one metrics line with a dimension value. */
    JsonNode line(String dimension, String value) {
      List<JsonNode> matching = lines.stream().filter(l -> l.has(dimension) && l.get(dimension).asText().equals(value))
          .collect(Collectors.toList());
      assertThat(matching).as("metric lines with %s=%s in %s", dimension, value, lines).hasSize(1);
      return matching.get(0);
    }
  }

  private static Map<String, String> units(JsonNode line) {
    Map<String, String> units = new HashMap<>();
    line.get("_aws").get("CloudWatchMetrics").get(0).get("Metrics")
        .forEach(m -> units.put(m.get("Name").asText(), m.get("Unit").asText()));
    return units;
  }

  /** The keys of the JSON and CSV reports an action stored, checked against the documented layout. */
  private static List<String> storedKeys(Map<String, Object> result, String action) {
    String prefix = "reports/" + action + "/" + DAY.format(Instant.now()) + "/" + result.get("run_id");
    assertThat(result).as(result.toString()).containsEntry("reports", List.of("s3://" + BUCKET + "/" + prefix + ".json",
        "s3://" + BUCKET + "/" + prefix + ".csv"));
    return List.of(prefix + ".json", prefix + ".csv");
  }

  private static String text(String key) {
    return s3.getObjectAsBytes(r -> r.bucket(BUCKET).key(key)).asString(StandardCharsets.UTF_8);
  }

  private static JsonNode object(String key) throws IOException {
    return JSON.readTree(text(key));
  }

  private static List<String> assumedRoles() {
    return faults.calls().stream().map(RecordedCall::call).filter(c -> c.operation().equals("AssumeRole"))
        .map(c -> c.accountId()).distinct().collect(Collectors.toList());
  }

  private static Set<String> operations(String service) {
    return faults.calls().stream().map(RecordedCall::call).filter(c -> c.service().equals(service))
        .map(c -> c.operation()).collect(Collectors.toSet());
  }

  @SuppressWarnings("unchecked")
  private static List<List<String>> batches(Map<String, Object> plan) {
    return (List<List<String>>) plan.get("batches");
  }

  /** An SNS message as delivered to the queue. */
  static final class Alert {
    final String subject;
    final String message;

    Alert(String subject, String message) {
      this.subject = subject;
      this.message = message;
    }

    @Override
    public String toString() {
      return subject + "\n" + message;
    }
  }

  /** Takes every alert delivered so far off the queue. */
  private static List<Alert> alerts() {
    List<Alert> alerts = new ArrayList<>();
    while (true) {
      List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(0))
          .messages();
      if (messages.isEmpty()) {
        return alerts;
      }
      for (Message m : messages) {
        try {
          JsonNode envelope = JSON.readTree(m.body());
          alerts.add(new Alert(envelope.path("Subject").asText(null), envelope.get("Message").asText()));
        } catch (IOException e) {
          throw new AssertionError("not an SNS notification: " + m.body(), e);
        }
        sqs.deleteMessage(r -> r.queueUrl(queueUrl).receiptHandle(m.receiptHandle()));
      }
    }
  }
}
