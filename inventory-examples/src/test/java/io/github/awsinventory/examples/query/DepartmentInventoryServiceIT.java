package io.github.awsinventory.examples.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.awsinventory.collector.InventoryCollector;
import io.github.awsinventory.examples.Console;
import io.github.awsinventory.examples.query.DepartmentInventoryService.DepartmentCost;
import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.model.table.InventoryTable;
import io.github.awsinventory.query.InventoryQuery;
import io.github.awsinventory.query.Page;
import io.github.awsinventory.query.QueryException;
import io.github.awsinventory.query.report.InventoryReports;
import io.github.awsinventory.query.report.SummaryReport;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.estate.BuiltResource;
import io.github.awsinventory.testkit.estate.Estate;
import io.github.awsinventory.testkit.estate.EstateManifest;
import io.github.awsinventory.testkit.estate.Site;
import io.github.awsinventory.testkit.estate.Traits;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Runs example 2 over a small estate collected for real: the department's totals must match the summary
 * report's, and paging must visit each of the department's resources exactly once.
 */
@AwsEmulatorTest
class DepartmentInventoryServiceIT {

  private static final String TABLE = "departments";
  private static final String ENGINEERING = "111111111111";
  private static final String DATA = "222222222222";

  private static AwsEmulator aws;
  private static DynamoDbClient dynamoDb;
  private static EstateManifest estate;
  private static DepartmentInventoryService service;

  @BeforeAll
  static void collectAnEstate(AwsEmulator emulator) throws Exception {
    aws = emulator;
    dynamoDb = aws.client(DynamoDbClient.builder());
    try (Estate building = Estate.in(aws).account(ENGINEERING, "engineering", "engineering")
        .account(DATA, "data", "data-platform")) {
      Site engineering = building.at(ENGINEERING, "us-east-1");
      for (int i = 0; i < 5; i++) {
        int size = 10 * (i + 1);
        engineering.volume(v -> v.name("scratch-" + size).sizeGib(size).volumeType("gp3"));
      }
      engineering.volume(v -> v.name("warehouse").sizeGib(500).volumeType("st1").tag("Department", "data-platform"));
      engineering.instance(i -> i.name("build").instanceType("m5.large"));
      engineering.instance(i -> i.name("prototype").instanceType("x9.mega").trait(Traits.UNKNOWN_PRICE));
      engineering.bucket(b -> b.name("engineering-artifacts"));
      Site data = building.at(DATA, "us-east-1");
      data.volume(v -> v.name("shared-ci-cache").sizeGib(200).tag("Department", "engineering"));
      data.volume(v -> v.name("lake").sizeGib(1000).volumeType("sc1"));
      estate = building.manifest();
    }
    InventoryConfig config = InventoryConfig.load(estate.writeAccountsConfig(
        Files.createTempDirectory("departments").resolve("accounts.json")));
    InventoryTable.create(dynamoDb, TABLE);
    CollectionReport run;
    try (InventoryCollector collector = InventoryCollector.builder().config(config).tableName(TABLE)
        .endpointOverride(aws.endpoint()).credentialsProvider(aws.credentialsProvider()).httpClient(aws.httpClient())
        .region(aws.region()).dynamoDbClient(dynamoDb).build()) {
      run = collector.run();
    }
    assertThat(run.status()).as(run.failedScopes().toString()).isEqualTo(RunStatus.OK);
    service = new DepartmentInventoryService(InventoryQuery.create(dynamoDb, TABLE));
  }

  @Test
  void cost_matchesTheSummaryReportsDepartment_andCountsUnknownCostsApart() {
    SummaryReport summary = InventoryReports.builder().query(InventoryQuery.create(dynamoDb, TABLE)).build().summary();

    DepartmentCost cost = service.cost("engineering");

    SummaryReport.Group expected = summary.byDepartment().stream().filter(g -> g.key().equals("engineering"))
        .findFirst().orElseThrow();
    assertThat(cost.resources()).isEqualTo(expected.resources()).isEqualTo(arnsOf("engineering").size());
    assertThat(cost.knownMonthlyCost()).isEqualByComparingTo(expected.knownMonthlyCost()).isPositive();
    assertThat(cost.unknownCostResources()).isEqualTo(expected.unknownCostResources()).isEqualTo(2);
    assertThat(cost.byType().keySet()).containsExactly("ebs_volume", "ec2_instance", "s3_bucket", "security_group");
    assertThat(cost.byType().get("ebs_volume").resources())
        .isEqualTo(estate.ofType("ebs_volume").stream().filter(v -> estate.departmentOf(v).equals("engineering"))
            .count());
    assertThat(service.cost("nobody")).isEqualTo(new DepartmentCost("nobody", 0, BigDecimal.ZERO, 0,
        Map.of()));
  }

  @Test
  void pages_visitEveryResourceOfTheDepartmentOnce() {
    List<String> visited = new ArrayList<>();
    int pages = 0;

    Optional<String> token = Optional.empty();
    do {
      Page<Resource> page = service.page("engineering", token, 3);
      pages++;
      page.items().forEach(r -> visited.add(r.resourceId()));
      token = page.nextToken();
    } while (token.isPresent());

    assertThat(visited).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(arnsOf("engineering"));
    assertThat(pages).isGreaterThanOrEqualTo((visited.size() + 2) / 3);
  }

  @Test
  void page_withATokenOfAnotherDepartment_isRefused() {
    String token = service.page("engineering", Optional.empty(), 2).nextToken().orElseThrow();

    assertThatThrownBy(() -> service.page("data-platform", Optional.of(token), 2))
        .isInstanceOf(QueryException.class);
  }

  @Test
  void main_printsTheDepartmentsCost_andEachResourceOnceAcrossPages() {
    Console console = new Console();

    int status = DepartmentInventoryService.run(new String[] {"--department", "data-platform", "--page-size", "2",
        "--endpoint-url", aws.endpoint().toString(), "--table", TABLE}, Map.of(), aws.credentialsProvider(),
        console.out, console.err);

    assertThat(status).as(console.err()).isZero();
    Matcher arns = Pattern.compile("\\s(arn:aws:\\S+)").matcher(console.out());
    List<String> printed = new ArrayList<>();
    while (arns.find()) {
      printed.add(arns.group(1));
    }
    Set<String> expected = arnsOf("data-platform");
    assertThat(printed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    assertThat(expected).hasSizeGreaterThan(2);
    assertThat(console.out()).contains("Department data-platform: " + expected.size() + " resources")
        .contains("page 2 (");
  }

  @Test
  void main_withAPageSizeOfZero_printsUsageAndExits2() {
    Console console = new Console();

    int status = DepartmentInventoryService.run(new String[] {"--department", "engineering", "--page-size", "0"},
        Map.of(), aws.credentialsProvider(), console.out, console.err);

    assertThat(status).isEqualTo(2);
    assertThat(console.err()).contains("--page-size must be a whole number >= 1 (was '0')");
  }

  /** What the department owns according to the estate's manifest, not to the table. */
  private static Set<String> arnsOf(String department) {
    return estate.resources().stream().filter(r -> estate.departmentOf(r).equals(department))
        .map(BuiltResource::arn).collect(Collectors.toSet());
  }
}
