package io.github.awsinventory.cli;

import static io.github.awsinventory.testkit.estate.ResourceTypes.EBS_SNAPSHOT;
import static io.github.awsinventory.testkit.estate.ResourceTypes.EBS_VOLUME;
import static io.github.awsinventory.testkit.estate.ResourceTypes.EC2_INSTANCE;
import static io.github.awsinventory.testkit.estate.ResourceTypes.ELASTIC_IP;
import static io.github.awsinventory.testkit.estate.ResourceTypes.IAM_USER;
import static io.github.awsinventory.testkit.estate.ResourceTypes.LAMBDA_FUNCTION;
import static io.github.awsinventory.testkit.estate.ResourceTypes.RDS_INSTANCE;
import static io.github.awsinventory.testkit.estate.ResourceTypes.S3_BUCKET;
import static io.github.awsinventory.testkit.estate.ResourceTypes.SECURITY_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.query.InventoryQuery;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.MotoServer;
import io.github.awsinventory.testkit.estate.EstateManifest;
import io.github.awsinventory.testkit.estate.StandardEstate;
import io.github.awsinventory.testkit.estate.Traits;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code inventory report} against the standard estate collected with the CLI: the totals are the sums of
 * the costs the collector stored, the options change what they should, and every rendering holds.
 */
@AwsEmulatorTest
class ReportCommandIT {

  private static final String THREE_DAYS_ON = LocalDate.now(ZoneOffset.UTC).plusDays(3).toString();

  private static CollectedEstate estate;
  private static EstateManifest manifest;
  private static Map<String, Resource> collected;
  private static Path dir;

  @BeforeAll
  static void collect(MotoServer moto, @TempDir Path tempDir) {
    dir = tempDir;
    manifest = StandardEstate.build(moto);
    estate = CollectedEstate.collect(moto, manifest, dir, "cli-report");
    try (DynamoDbClient dynamoDb = moto.client(DynamoDbClient.builder())) {
      List<ResourceType> types = manifest.types().stream().map(ResourceType::of).collect(Collectors.toList());
      collected = InventoryQuery.create(dynamoDb, estate.table).resourcesOfTypes(types, 4)
          .collect(Collectors.toMap(Resource::resourceId, Function.identity()));
    }
    assertThat(collected.keySet()).containsExactlyInAnyOrderElementsOf(manifest.resources().arns());
  }

  @Test
  void summary_json_totalsAreTheSumsOfTheCollectedCosts() {
    JsonNode summary = estate.json("report", "summary");

    assertThat(summary.get("report").asText()).isEqualTo("summary");
    assertThat(summary.at("/total/resources").asInt()).isEqualTo(manifest.resources().size());
    assertThat(summary.at("/total/monthly_cost").decimalValue()).isEqualByComparingTo(cost(r -> true));
    assertThat(summary.at("/total/unknown_cost_resources").asLong())
        .isEqualTo(collected.values().stream().filter(r -> r.estimatedMonthlyCost().isEmpty()).count()).isPositive();
    for (String type : manifest.types()) {
      JsonNode group = group(summary.get("by_type"), "resource_type", type);
      assertThat(group.get("resources").asInt()).as(type).isEqualTo(manifest.ofType(type).size());
      assertThat(group.get("monthly_cost").decimalValue()).as(type)
          .isEqualByComparingTo(cost(r -> r.resourceType().name().equals(type)));
    }
    Map<String, Long> byDepartment = manifest.resources().stream()
        .collect(Collectors.groupingBy(manifest::departmentOf, Collectors.counting()));
    assertThat(summary.get("by_department")).hasSize(byDepartment.size());
    byDepartment.forEach((department, count) -> {
      JsonNode group = group(summary.get("by_department"), "department", department);
      assertThat(group.get("resources").asLong()).as(department).isEqualTo(count);
      assertThat(group.get("monthly_cost").decimalValue()).as(department)
          .isEqualByComparingTo(cost(r -> r.department().equals(department)));
    });
    for (String account : StandardEstate.ACCOUNT_IDS) {
      JsonNode group = group(summary.get("by_account"), "account_id", account);
      assertThat(group.get("resources").asInt()).isEqualTo(manifest.resources().inAccount(account).size());
      assertThat(group.get("name").asText()).isEqualTo(manifest.account(account).name());
      assertThat(group.get("monthly_cost").decimalValue())
          .isEqualByComparingTo(cost(r -> r.accountId().equals(account)));
    }
    assertThat(summary.at("/latest_run/status").asText()).isEqualTo("OK");
    assertThat(summary.at("/latest_run/stale").asBoolean()).isFalse();
  }

  @Test
  void summary_textAndCsv_showTheSameTotals() {
    CliRunner text = estate.cli("report", "summary");
    CliRunner csv = estate.cli("--output", "csv", "report", "summary");

    assertThat(text.exitCode).as(text.toString()).isZero();
    assertThat(text.out).contains(manifest.resources().size() + " resources, " + money(cost(r -> true))
        + " per month known");
    Columns.assertFit("report summary", text.out);
    assertThat(csv.exitCode).as(csv.toString()).isZero();
    List<List<String>> records = CsvRecords.parse(csv.out);
    assertThat(records.get(0)).containsExactly("dimension", "key", "name", "resources", "monthly_cost",
        "unknown_cost_resources");
    assertThat(records.get(1)).startsWith("total", "", "", String.valueOf(manifest.resources().size()),
        cost(r -> true).toPlainString());
    assertThat(records.stream().filter(r -> r.get(0).equals("resource_type")).mapToInt(r -> Integer.parseInt(r.get(3)))
        .sum()).isEqualTo(manifest.resources().size());
  }

  @Test
  void cost_json_totalTopAndThreshold() {
    JsonNode cost = estate.json("report", "cost");
    JsonNode top3 = estate.json("report", "cost", "--top", "3");
    JsonNode above50 = estate.json("report", "cost", "--threshold", "50");

    assertThat(cost.get("report").asText()).isEqualTo("cost");
    assertThat(cost.get("total_monthly_cost").decimalValue()).isEqualByComparingTo(cost(r -> true));
    assertThat(cost.get("resources").asInt()).isEqualTo(manifest.resources().size());
    assertThat(cost.get("top")).hasSize(10);
    List<BigDecimal> costs = collected.values().stream().filter(r -> r.estimatedMonthlyCost().isPresent())
        .map(r -> r.estimatedMonthlyCost().get()).sorted(Comparator.reverseOrder()).collect(Collectors.toList());
    assertThat(top3.get("top")).hasSize(3);
    assertThat(decimals(top3.get("top"), "monthly_cost")).usingElementComparator(BigDecimal::compareTo)
        .isEqualTo(costs.subList(0, 3));
    assertThat(cost.get("expensive_threshold").decimalValue()).isEqualByComparingTo("100");
    assertThat(ids(cost.get("above_threshold"))).isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(costlierThan(new BigDecimal("100")));
    assertThat(above50.get("expensive_threshold").decimalValue()).isEqualByComparingTo("50");
    assertThat(ids(above50.get("above_threshold")))
        .containsExactlyInAnyOrderElementsOf(costlierThan(new BigDecimal("50")))
        .hasSizeGreaterThan(cost.get("above_threshold").size());
    assertThat(ruleIds(cost, "unattached-volume")).containsExactlyInAnyOrderElementsOf(
        manifest.ofType(EBS_VOLUME).withTrait(Traits.UNATTACHED).arns());
    assertThat(ruleIds(cost, "unassociated-eip")).containsExactlyInAnyOrderElementsOf(
        manifest.ofType(ELASTIC_IP).withTrait(Traits.UNASSOCIATED).arns());
  }

  @Test
  void cost_textWithTopThree_listsThreeResources_andCsvHasOneRowPerRecommendation() {
    CliRunner text = estate.cli("report", "cost", "--top", "3");
    CliRunner csv = estate.cli("--output", "csv", "report", "cost");
    JsonNode json = estate.json("report", "cost");

    assertThat(text.exitCode).as(text.toString()).isZero();
    List<String> lines = text.out.lines().collect(Collectors.toList());
    int heading = lines.indexOf("Most expensive resources:");
    assertThat(heading).isPositive();
    assertThat(lines.get(heading + 1)).contains("MONTHLY COST", "TYPE", "NAME");
    assertThat(lines.subList(heading + 2, heading + 5))
        .allSatisfy(line -> assertThat(line).matches(" +\\$[0-9,.]+ .*"));
    assertThat(lines.get(heading + 5)).isEmpty();
    Columns.assertFit("report cost --top 3", text.out);
    assertThat(csv.exitCode).as(csv.toString()).isZero();
    List<List<String>> records = CsvRecords.parse(csv.out);
    assertThat(records.get(0)).startsWith("rule", "account_id");
    assertThat(records).hasSize(json.get("recommendations").size() + 1);
  }

  @Test
  void cleanup_defaults_findUnattachedVolumesAndUnassociatedAddressesOnly() {
    JsonNode cleanup = estate.json("report", "cleanup");

    assertThat(cleanup.get("report").asText()).isEqualTo("cleanup");
    assertThat(cleanup.at("/thresholds/idle_resource_days").asInt()).isEqualTo(30);
    assertThat(cleanup.at("/thresholds/stale_resource_days").asInt()).isEqualTo(90);
    assertThat(cleanup.at("/thresholds/not_seen_days").asInt()).isEqualTo(7);
    assertThat(candidates(cleanup, "unattached_volume")).containsExactlyInAnyOrderElementsOf(
        manifest.ofType(EBS_VOLUME).withTrait(Traits.UNATTACHED).arns());
    assertThat(candidates(cleanup, "unassociated_elastic_ip")).containsExactlyInAnyOrderElementsOf(
        manifest.ofType(ELASTIC_IP).withTrait(Traits.UNASSOCIATED).arns());
    assertThat(candidates(cleanup, "idle_instance")).isEmpty();
    assertThat(candidates(cleanup, "old_snapshot")).isEmpty();
    assertThat(candidates(cleanup, "not_seen")).isEmpty();
    assertThat(cleanup.at("/counts/unattached_volume").asInt())
        .isEqualTo(manifest.ofType(EBS_VOLUME).withTrait(Traits.UNATTACHED).size());
  }

  @Test
  void cleanup_ageOverridesAndAsOf_changeTheCandidates() {
    JsonNode idle = estate.json("report", "cleanup", "--idle-days", "1", "--as-of", THREE_DAYS_ON);
    JsonNode stale = estate.json("report", "cleanup", "--stale-days", "1", "--as-of", THREE_DAYS_ON);
    JsonNode everything = estate.json("report", "cleanup", "--days", "1", "--as-of", THREE_DAYS_ON + "T00:00:00Z");

    List<String> stopped = manifest.ofType(EC2_INSTANCE).withTrait(Traits.STOPPED).arns();
    assertThat(idle.at("/thresholds/idle_resource_days").asInt()).isEqualTo(1);
    assertThat(idle.get("as_of").asText()).startsWith(THREE_DAYS_ON + "T00:00:00");
    assertThat(candidates(idle, "idle_instance")).isNotEmpty().containsExactlyInAnyOrderElementsOf(stopped);
    assertThat(candidates(idle, "old_snapshot")).isEmpty();
    assertThat(candidates(stale, "old_snapshot")).containsExactlyInAnyOrderElementsOf(
        manifest.ofType(EBS_SNAPSHOT).arns());
    assertThat(candidates(stale, "idle_instance")).isEmpty();
    assertThat(everything.at("/thresholds/idle_resource_days").asInt()).isEqualTo(1);
    assertThat(everything.at("/thresholds/stale_resource_days").asInt()).isEqualTo(1);
    assertThat(everything.at("/thresholds/not_seen_days").asInt()).isEqualTo(1);
    assertThat(candidates(everything, "idle_instance")).containsExactlyInAnyOrderElementsOf(stopped);
    assertThat(candidates(everything, "old_snapshot")).hasSize(manifest.ofType(EBS_SNAPSHOT).size());
    assertThat(candidates(everything, "not_seen")).containsExactlyInAnyOrderElementsOf(manifest.resources().arns());
  }

  @Test
  void cleanup_textAndCsv_listTheCandidates() {
    CliRunner text = estate.cli("report", "cleanup", "--days", "1", "--as-of", THREE_DAYS_ON);
    CliRunner csv = estate.cli("--output", "csv", "report", "cleanup");

    assertThat(text.exitCode).as(text.toString()).isZero();
    assertThat(text.out).contains(
        "Thresholds: stopped more than 1 days, snapshots older than 1 days, unseen more than 1 days",
        "idle_instance (", "old_snapshot (", "not_seen (" + manifest.resources().size() + ", ");
    Columns.assertFit("report cleanup", text.out);
    assertThat(csv.exitCode).as(csv.toString()).isZero();
    List<List<String>> records = CsvRecords.parse(csv.out);
    assertThat(records.get(0)).startsWith("reason", "account_id");
    JsonNode json = CollectedEstate.parse(estate.cli("--output", "json", "report", "cleanup").out);
    assertThat(records).hasSize(1 + json.get("candidates").size());
    assertThat(records.stream().filter(r -> r.get(0).equals("unattached_volume"))).hasSize(
        manifest.ofType(EBS_VOLUME).withTrait(Traits.UNATTACHED).size());
    assertThat(records.stream().filter(r -> r.get(0).equals("unassociated_elastic_ip"))).hasSize(
        manifest.ofType(ELASTIC_IP).withTrait(Traits.UNASSOCIATED).size());
  }

  @Test
  void security_findsThePlantedViolations_andExitsZero() {
    CliRunner result = estate.cli("--output", "json", "report", "security");
    JsonNode security = CollectedEstate.parse(result.out);

    assertThat(result.exitCode).as("findings do not change the exit code").isZero();
    assertThat(security.get("report").asText()).isEqualTo("security");
    assertThat(security.get("has_failures").asBoolean()).isTrue();
    assertThat(security.at("/counts/findings").asInt()).isEqualTo(security.get("findings").size());
    assertThat(failed(security, "SG-001")).containsExactlyInAnyOrderElementsOf(
        arns(SECURITY_GROUP, Traits.OPEN_SSH, Traits.OPEN_SSH_IPV6));
    assertThat(failed(security, "SG-004")).containsExactlyInAnyOrderElementsOf(arns(SECURITY_GROUP, Traits.OPEN_ALL));
    assertThat(failed(security, "EBS-001")).containsExactlyInAnyOrderElementsOf(arns(EBS_VOLUME, Traits.UNENCRYPTED));
    assertThat(failed(security, "RDS-002")).containsExactlyInAnyOrderElementsOf(arns(RDS_INSTANCE, Traits.PUBLIC));
    assertThat(failed(security, "S3-001")).containsExactlyInAnyOrderElementsOf(
        arns(S3_BUCKET, Traits.NO_PUBLIC_ACCESS_BLOCK));
    assertThat(failed(security, "IAM-001")).containsExactlyInAnyOrderElementsOf(
        arns(IAM_USER, Traits.CONSOLE_WITHOUT_MFA));
    assertThat(failed(security, "EC2-001")).containsExactlyInAnyOrderElementsOf(arns(EC2_INSTANCE, Traits.IMDSV1));
    assertThat(failed(security, "LAMBDA-001")).containsExactlyInAnyOrderElementsOf(
        arns(LAMBDA_FUNCTION, Traits.DEPRECATED_RUNTIME));
  }

  @Test
  void security_textAndCsv_listEveryFinding() {
    JsonNode json = estate.json("report", "security");
    CliRunner text = estate.cli("report", "security");
    CliRunner csv = estate.cli("--output", "csv", "report", "security");

    assertThat(text.exitCode).as(text.toString()).isZero();
    assertThat(text.out).contains("Failed: " + json.at("/counts/by_status/FAIL").asInt(), "SG-001", "bastion-ssh",
        "Remediation");
    Columns.assertFit("report security", text.out);
    assertThat(csv.exitCode).as(csv.toString()).isZero();
    List<List<String>> records = CsvRecords.parse(csv.out);
    assertThat(records.get(0)).startsWith("rule_id", "severity", "status", "account_id");
    assertThat(records).hasSize(json.get("findings").size() + 1);
  }

  @Test
  void config_suppliesTheThresholds_andOptionsOverrideThem() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode config = (ObjectNode) mapper.readTree(manifest.accountsConfigJson());
    config.putObject("cost_thresholds").put("expensive_resource_monthly", 50).put("idle_resource_days", 2);
    Path file = Files.writeString(dir.resolve("thresholds.json"), mapper.writeValueAsString(config));

    JsonNode fromConfig = estate.json("report", "cost", "--config", file.toString());
    JsonNode overridden = estate.json("report", "cost", "--config", file.toString(), "--threshold", "75");
    JsonNode cleanup = estate.json("report", "cleanup", "--config", file.toString());

    assertThat(fromConfig.get("expensive_threshold").decimalValue()).isEqualByComparingTo("50");
    assertThat(ids(fromConfig.get("above_threshold"))).containsExactlyInAnyOrderElementsOf(
        costlierThan(new BigDecimal("50")));
    assertThat(overridden.get("expensive_threshold").decimalValue()).isEqualByComparingTo("75");
    assertThat(ids(overridden.get("above_threshold"))).containsExactlyInAnyOrderElementsOf(
        costlierThan(new BigDecimal("75")));
    assertThat(cleanup.at("/thresholds/idle_resource_days").asInt()).isEqualTo(2);
  }

  @Test
  void badArguments_exitTwoNamingTheOptionAndTheValue() {
    CliRunner asOf = estate.cli("report", "cleanup", "--as-of", "next-tuesday");
    CliRunner asOfDaysAgo = estate.cli("report", "summary", "--as-of", "7d");
    CliRunner threshold = estate.cli("report", "cost", "--threshold", "0");
    CliRunner top = estate.cli("report", "cost", "--top", "-1");
    CliRunner days = estate.cli("report", "cleanup", "--days", "0");
    CliRunner kind = estate.cli("report", "waste");

    assertThat(asOf.exitCode).as(asOf.toString()).isEqualTo(InventoryCli.USAGE);
    assertThat(asOf.err).contains("--as-of", "'next-tuesday'");
    assertThat(asOfDaysAgo.exitCode).as(asOfDaysAgo.toString()).isEqualTo(InventoryCli.USAGE);
    assertThat(asOfDaysAgo.err).contains("--as-of", "'7d'");
    assertThat(threshold.exitCode).isEqualTo(InventoryCli.USAGE);
    assertThat(threshold.err).contains("--threshold", "(was 0)");
    assertThat(top.exitCode).isEqualTo(InventoryCli.USAGE);
    assertThat(top.err).contains("--top", "(was -1)");
    assertThat(days.exitCode).isEqualTo(InventoryCli.USAGE);
    assertThat(days.err).contains("--days", "(was 0)");
    assertThat(kind.exitCode).isEqualTo(InventoryCli.USAGE);
    assertThat(kind.err).contains("summary, cost, security or cleanup", "'waste'");
  }

  @Test
  void everyReportAsText_fitsOneHundredColumns() {
    for (List<String> args : List.of(List.of("summary"), List.of("cost"), List.of("cost", "--top", "3"),
        List.of("security"), List.of("cleanup"), List.of("cleanup", "--days", "1", "--as-of", THREE_DAYS_ON))) {
      List<String> all = new ArrayList<>(List.of("report"));
      all.addAll(args);
      CliRunner result = estate.cli(all.toArray(new String[0]));

      assertThat(result.exitCode).as(result.toString()).isZero();
      Columns.assertFit(String.join(" ", all), result.out);
    }
  }

  private static BigDecimal cost(Predicate<Resource> filter) {
    return collected.values().stream().filter(filter).map(r -> r.estimatedMonthlyCost().orElse(BigDecimal.ZERO))
        .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
  }

  private static List<String> costlierThan(BigDecimal threshold) {
    return collected.values().stream()
        .filter(r -> r.estimatedMonthlyCost().map(c -> c.compareTo(threshold) > 0).orElse(false))
        .map(Resource::resourceId).collect(Collectors.toList());
  }

  private static String money(BigDecimal amount) {
    return String.format(Locale.ROOT, "$%,.2f", amount);
  }

  private static List<String> arns(String type, String... traits) {
    Set<String> any = Set.of(traits);
    return manifest.ofType(type).filter(r -> r.traits().stream().anyMatch(any::contains)).arns();
  }

  private static JsonNode group(JsonNode groups, String keyName, String key) {
    return stream(groups).filter(g -> g.get(keyName).asText().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("no group " + keyName + "=" + key + " in " + groups));
  }

  private static List<String> ids(JsonNode refs) {
    return stream(refs).map(r -> r.get("resource_id").asText()).collect(Collectors.toList());
  }

  private static List<BigDecimal> decimals(JsonNode refs, String field) {
    return stream(refs).map(r -> r.get(field).decimalValue()).collect(Collectors.toList());
  }

  private static List<String> ruleIds(JsonNode cost, String rule) {
    return stream(cost.get("recommendations")).filter(r -> r.get("rule").asText().equals(rule))
        .map(r -> r.at("/resource/resource_id").asText()).collect(Collectors.toList());
  }

  private static List<String> candidates(JsonNode cleanup, String reason) {
    return stream(cleanup.get("candidates")).filter(c -> c.get("reason").asText().equals(reason))
        .map(c -> c.at("/resource/resource_id").asText()).collect(Collectors.toList());
  }

  private static List<String> failed(JsonNode security, String rule) {
    return stream(security.get("findings"))
        .filter(f -> f.get("rule_id").asText().equals(rule) && f.get("status").asText().equals("FAIL"))
        .map(f -> f.get("resource_id").asText()).collect(Collectors.toList());
  }

  private static Stream<JsonNode> stream(JsonNode array) {
    assertThat(array.isArray()).as("a JSON array: %s", array).isTrue();
    return StreamSupport.stream(array.spliterator(), false);
  }
}
