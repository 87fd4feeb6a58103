package io.github.awsinventory.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.collector.InventoryCollector;
import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.model.table.InventoryTable;
import io.github.awsinventory.query.InventoryQuery;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.estate.EstateManifest;
import io.github.awsinventory.testkit.estate.StandardEstate;
import io.github.awsinventory.testkit.estate.Traits;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Every report against the standard estate, collected for real into a table: the reports must match
 * what was built, and no report may scan the table.
 */
@AwsEmulatorTest
class InventoryReportsIT {

  private static final String TABLE = "reports";
  private static final Set<String> OPERATIONS = ConcurrentHashMap.newKeySet();

  private static EstateManifest estate;
  private static InventoryReports reports;
  private static Map<String, Resource> resources;

  @BeforeAll
  static void collectTheEstate(AwsEmulator aws) throws Exception {
    estate = StandardEstate.build(aws);
    InventoryConfig config = InventoryConfig.load(estate.writeAccountsConfig(
        Files.createTempDirectory("reports").resolve("accounts.json")));
    DynamoDbClient plain = aws.client(DynamoDbClient.builder());
    InventoryTable.create(plain, TABLE);
    CollectionReport run;
    try (InventoryCollector collector = InventoryCollector.builder().config(config).tableName(TABLE)
        .endpointOverride(aws.endpoint()).credentialsProvider(aws.credentialsProvider()).httpClient(aws.httpClient())
        .region(aws.region()).dynamoDbClient(plain).build()) {
      run = collector.run();
    }
    assertThat(run.status()).as(run.failedScopes().toString()).isEqualTo(RunStatus.OK);
    DynamoDbClient counted = aws.configure(DynamoDbClient.builder())
        .overrideConfiguration(c -> c.addExecutionInterceptor(new ExecutionInterceptor() {
          @Override
          public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            OPERATIONS.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
          }
        })).build();
    InventoryQuery query = InventoryQuery.create(counted, TABLE);
    reports = InventoryReports.builder().query(query).thresholds(config.costThresholds()).build();
    Map<String, Resource> live = new ConcurrentHashMap<>();
    reports.each(r -> live.put(r.resourceId(), r));
    resources = live;
  }

  @Test
  void noReportScansTheTable() {
    reports.summary();
    reports.cost(5);
    reports.cleanup();
    reports.security();

    assertThat(OPERATIONS).isNotEmpty().doesNotContain("Scan").containsOnly("Query");
  }

  @Test
  void summary_countsEveryResourceOnce_andCostTotalsAreTheSumOfTheEstimates() {
    SummaryReport summary = reports.summary();

    assertThat(resources.keySet()).containsExactlyInAnyOrderElementsOf(estate.resources().arns());
    assertThat(summary.total().resources()).isEqualTo(estate.resources().size());
    BigDecimal sum = resources.values().stream().map(r -> r.estimatedMonthlyCost().orElse(BigDecimal.ZERO))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    long unknown = resources.values().stream().filter(r -> r.estimatedMonthlyCost().isEmpty()).count();
    assertThat(summary.total().knownMonthlyCost()).isEqualByComparingTo(sum);
    assertThat(summary.total().unknownCostResources()).isEqualTo(unknown).isPositive();
    for (String type : estate.types()) {
      assertThat(summary.byType()).filteredOn(g -> g.key().equals(type)).singleElement()
          .satisfies(g -> assertThat(g.resources()).isEqualTo(estate.ofType(type).size()));
    }
    Map<String, Long> byDepartment = estate.resources().stream().collect(Collectors.groupingBy(estate::departmentOf,
        Collectors.counting()));
    assertThat(summary.byDepartment().stream().collect(Collectors.toMap(SummaryReport.Group::key,
        SummaryReport.Group::resources))).isEqualTo(byDepartment);
    assertThat(sumOf(summary.byAccount())).isEqualByComparingTo(sum);
    assertThat(sumOf(summary.byRegion())).isEqualByComparingTo(sum);
    assertThat(summary.latestRun()).isPresent();
    assertThat(summary.isStale()).isFalse();
  }

  @Test
  void summary_isStale_whenTheLatestRunIsOld() {
    assertThat(reports.asOf(Instant.now().plus(Duration.ofDays(3))).summary().isStale()).isTrue();
  }

  @Test
  void cost_listsTheMostExpensive_theOnesAboveTheThreshold_andRecommendations() {
    CostReport cost = reports.cost(5);

    List<BigDecimal> costs = resources.values().stream().map(r -> r.estimatedMonthlyCost().orElse(null))
        .filter(c -> c != null).sorted(java.util.Comparator.reverseOrder()).collect(Collectors.toList());
    assertThat(cost.top()).hasSize(5);
    assertThat(cost.top().stream().map(r -> r.monthlyCost().orElseThrow()).collect(Collectors.toList()))
        .usingElementComparator(BigDecimal::compareTo).isEqualTo(costs.subList(0, 5));
    assertThat(cost.aboveThreshold()).allSatisfy(r ->
        assertThat(r.monthlyCost().orElseThrow()).isGreaterThan(new BigDecimal("100")));
    assertThat(cost.aboveThreshold()).hasSize((int) costs.stream().filter(c -> c.compareTo(new BigDecimal("100")) > 0)
        .count());
    assertThat(cost.total().knownMonthlyCost()).isEqualByComparingTo(sumOf(cost.byDepartment()));

    assertThat(ids(cost, "unattached-volume")).containsExactlyInAnyOrderElementsOf(
        estate.ofType("ebs_volume").withTrait(Traits.UNATTACHED).arns());
    assertThat(ids(cost, "unassociated-eip")).containsExactlyInAnyOrderElementsOf(
        estate.ofType("elastic_ip").withTrait(Traits.UNASSOCIATED).arns());
    assertThat(ids(cost, "gp2-to-gp3")).containsExactlyInAnyOrderElementsOf(
        estate.ofType("ebs_volume").withTrait(Traits.GP2).arns());
    assertThat(ids(cost, "previous-generation")).containsExactlyInAnyOrderElementsOf(
        estate.ofType("ec2_instance").withTrait(Traits.PREVIOUS_GENERATION).withoutTrait(Traits.STOPPED).arns());
    assertThat(ids(cost, "stopped-instance-ebs")).containsExactlyInAnyOrderElementsOf(
        estate.ofType("ec2_instance").withTrait(Traits.STOPPED).arns());
    assertThat(cost.recommendations()).filteredOn(r -> r.ruleId().equals("unattached-volume"))
        .allSatisfy(r -> assertThat(r.monthlySavings()).isEqualTo(resources.get(r.resource().resourceId())
            .estimatedMonthlyCost()));
    assertThat(cost.recommendations()).filteredOn(r -> r.ruleId().equals("gp2-to-gp3"))
        .allSatisfy(r -> assertThat(r.monthlySavings()).hasValueSatisfying(s -> assertThat(s).isPositive()));
    assertThat(cost.recommendations()).filteredOn(r -> r.ruleId().equals("previous-generation"))
        .allSatisfy(r -> assertThat(r.reason()).contains("m4.large").contains("m6i.large"));
    Map<String, BigDecimal> bestPerResource = new java.util.HashMap<>();
    cost.recommendations().forEach(r -> r.monthlySavings().ifPresent(s ->
        bestPerResource.merge(r.resource().resourceId(), s, BigDecimal::max)));
    BigDecimal naive = cost.recommendations().stream().map(r -> r.monthlySavings().orElse(BigDecimal.ZERO))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(cost.potentialMonthlySavings()).as("alternatives for one resource count once")
        .isEqualByComparingTo(bestPerResource.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isLessThan(naive);
  }

  @Test
  void cleanup_findsEachKindOfWaste_withItsSavings() {
    CleanupReport now = reports.cleanup();
    CleanupReport later = reports.withThresholds(CostThresholds.defaults()).asOf(Instant.now().plus(Duration.ofDays(100)))
        .cleanup();

    assertThat(arns(now, CleanupCandidate.Reason.UNATTACHED_VOLUME)).containsExactlyInAnyOrderElementsOf(
        estate.ofType("ebs_volume").withTrait(Traits.UNATTACHED).arns());
    assertThat(arns(now, CleanupCandidate.Reason.UNASSOCIATED_ELASTIC_IP)).containsExactlyInAnyOrderElementsOf(
        estate.ofType("elastic_ip").withTrait(Traits.UNASSOCIATED).arns());
    assertThat(arns(now, CleanupCandidate.Reason.IDLE_INSTANCE)).as("stopped just now: not idle yet").isEmpty();
    assertThat(arns(now, CleanupCandidate.Reason.OLD_SNAPSHOT)).isEmpty();
    assertThat(arns(now, CleanupCandidate.Reason.NOT_SEEN)).isEmpty();

    assertThat(arns(later, CleanupCandidate.Reason.IDLE_INSTANCE)).as("stopped for 100 days > 30")
        .containsExactlyInAnyOrderElementsOf(estate.ofType("ec2_instance").withTrait(Traits.STOPPED).arns());
    assertThat(arns(later, CleanupCandidate.Reason.OLD_SNAPSHOT)).as("taken 100 days ago > 90")
        .containsExactlyInAnyOrderElementsOf(estate.ofType("ebs_snapshot").arns());
    assertThat(arns(later, CleanupCandidate.Reason.NOT_SEEN)).as("not seen for 100 days > 7")
        .hasSize(estate.resources().size());
    assertThat(later.candidates(CleanupCandidate.Reason.IDLE_INSTANCE)).allSatisfy(c -> {
      assertThat(c.ageDays()).hasValueSatisfying(d -> assertThat(d).isBetween(99L, 100L));
      assertThat(c.detail()).contains("stopped since");
    });
    BigDecimal unattachedSavings = estate.ofType("ebs_volume").withTrait(Traits.UNATTACHED).stream()
        .map(b -> resources.get(b.arn()).estimatedMonthlyCost().orElse(BigDecimal.ZERO))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(now.candidates(CleanupCandidate.Reason.UNATTACHED_VOLUME).stream()
        .map(c -> c.monthlySavings().orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(unattachedSavings);
  }

  @Test
  void cleanup_findsTheWasteOfTheNewerTypes() {
    CleanupReport now = reports.cleanup();
    CleanupReport later = reports.withThresholds(CostThresholds.defaults()).asOf(Instant.now().plus(Duration.ofDays(100)))
        .cleanup();

    assertThat(arns(now, CleanupCandidate.Reason.DISABLED_KMS_KEY)).containsExactlyInAnyOrderElementsOf(
        estate.ofType("kms_key").withTrait(Traits.DISABLED).arns()).isNotEmpty();
    assertThat(arns(now, CleanupCandidate.Reason.LOG_GROUP_WITHOUT_RETENTION)).containsExactlyInAnyOrderElementsOf(
        estate.ofType("cloudwatch_log_group").withTrait(Traits.NEVER_EXPIRES).withTrait(Traits.STORING).arns())
        .isNotEmpty();
    assertThat(arns(now, CleanupCandidate.Reason.EMPTY_ECR_REPOSITORY)).containsExactlyInAnyOrderElementsOf(
        estate.ofType("ecr_repository").withTrait(Traits.EMPTY).arns()).isNotEmpty();
    assertThat(arns(now, CleanupCandidate.Reason.EMPTY_AUTOSCALING_GROUP)).containsExactlyInAnyOrderElementsOf(
        estate.ofType("autoscaling_group").withTrait(Traits.ZERO_CAPACITY).arns()).isNotEmpty();
    assertThat(arns(now, CleanupCandidate.Reason.IDLE_CLASSIC_LOAD_BALANCER)).containsExactlyInAnyOrderElementsOf(
        estate.ofType("elb_classic_load_balancer").withTrait(Traits.EMPTY).arns()).isNotEmpty();
    assertThat(arns(now, CleanupCandidate.Reason.UNATTACHED_IAM_POLICY)).containsExactlyInAnyOrderElementsOf(
        estate.ofType("iam_policy").withTrait(Traits.UNUSED).arns()).isNotEmpty();
    assertThat(arns(now, CleanupCandidate.Reason.EMPTY_ECS_CLUSTER)).containsExactlyInAnyOrderElementsOf(
        estate.ofType("ecs_cluster").withTrait(Traits.EMPTY).arns()).isNotEmpty();
    assertThat(arns(now, CleanupCandidate.Reason.UNMOUNTED_FILE_SYSTEM)).as("no file system has mount targets")
        .containsExactlyInAnyOrderElementsOf(estate.ofType("efs_file_system").arns()).isNotEmpty();
    assertThat(arns(now, CleanupCandidate.Reason.UNUSED_SNS_TOPIC)).as("no topic has subscriptions")
        .containsExactlyInAnyOrderElementsOf(estate.ofType("sns_topic").arns()).isNotEmpty();
    assertThat(arns(now, CleanupCandidate.Reason.REST_API_WITHOUT_STAGES)).containsExactlyInAnyOrderElementsOf(
        estate.ofType("apigateway_rest_api").withTrait(Traits.EMPTY).arns()).isNotEmpty();
    assertThat(arns(now, CleanupCandidate.Reason.V2_API_WITHOUT_STAGES)).containsExactlyInAnyOrderElementsOf(
        estate.ofType("apigatewayv2_api").withTrait(Traits.EMPTY).arns()).isNotEmpty();
    assertThat(arns(now, CleanupCandidate.Reason.EMPTY_HOSTED_ZONE)).containsExactlyInAnyOrderElementsOf(
        estate.ofType("route53_hosted_zone").withTrait(Traits.EMPTY).arns()).isNotEmpty();
    assertThat(arns(now, CleanupCandidate.Reason.DISABLED_DISTRIBUTION)).containsExactlyInAnyOrderElementsOf(
        estate.ofType("cloudfront_distribution").withTrait(Traits.DISABLED).arns()).isNotEmpty();
    assertThat(arns(now, CleanupCandidate.Reason.OLD_IMAGE)).isEmpty();
    assertThat(arns(now, CleanupCandidate.Reason.OLD_RDS_SNAPSHOT)).isEmpty();

    assertThat(arns(later, CleanupCandidate.Reason.OLD_IMAGE)).as("registered 100 days ago > 90")
        .containsExactlyInAnyOrderElementsOf(estate.ofType("ec2_image").arns());
    assertThat(arns(later, CleanupCandidate.Reason.OLD_RDS_SNAPSHOT)).as("manual ones, taken 100 days ago > 90")
        .containsExactlyInAnyOrderElementsOf(estate.ofType("rds_snapshot").withoutTrait(Traits.DEFAULT).arns());
  }

  @Test
  void everyReport_rendersAsTextJsonAndCsv() {
    for (Report report : List.of(reports.summary(), reports.cost(5), reports.cleanup(), reports.security())) {
      StringWriter text = new StringWriter();
      report.printText(new PrintWriter(text));
      String json = Reports.json(report);

      assertThat(json).contains("\"report\" : \"" + report.kind() + "\"");
      assertThat(text.toString()).isNotBlank();
      assertThat(text.toString().lines()).as(report.kind() + " fits 100 columns")
          .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
      StringWriter csv = new StringWriter();
      Reports.writeCsv(report, csv);
      assertThat(csv.toString()).startsWith(String.join(",", report.table().orElseThrow().headers()));
    }
  }

  private static List<String> ids(CostReport cost, String rule) {
    return cost.recommendations().stream().filter(r -> r.ruleId().equals(rule)).map(r -> r.resource().resourceId())
        .collect(Collectors.toList());
  }

  private static List<String> arns(CleanupReport report, CleanupCandidate.Reason reason) {
    return report.candidates(reason).stream().map(c -> c.resource().resourceId()).collect(Collectors.toList());
  }

  private static BigDecimal sumOf(List<SummaryReport.Group> groups) {
    return groups.stream().map(SummaryReport.Group::knownMonthlyCost).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
