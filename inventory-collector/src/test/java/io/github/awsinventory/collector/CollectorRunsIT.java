package io.github.awsinventory.collector;

import static io.github.awsinventory.collector.Emulated.A;
import static io.github.awsinventory.collector.Emulated.B;
import static io.github.awsinventory.collector.Emulated.C;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.model.ScopeStatus;
import io.github.awsinventory.model.config.AccountConfig;
import io.github.awsinventory.model.config.ConfigurationException;
import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.model.config.OrganizationConfig;
import io.github.awsinventory.model.pricing.PriceList;
import io.github.awsinventory.model.table.InventoryTable;
import io.github.awsinventory.model.table.ResourceCodec;
import io.github.awsinventory.model.table.RunRecords;
import io.github.awsinventory.model.table.ScopeCoverage;
import io.github.awsinventory.model.table.TableLayout;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.fault.FaultInjector;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.CreateAccountStatus;

/** Successive runs against a real table: change detection, deletions, run records, planning. */
@AwsEmulatorTest
class CollectorRunsIT {

  private static AwsEmulator aws;
  private static DynamoDbClient dynamoDb;

  @BeforeAll
  static void setUp(AwsEmulator emulator) {
    aws = emulator;
    dynamoDb = aws.client(DynamoDbClient.builder());
  }

  @Test
  void secondRun_writesHistoryOnlyForChanges_andMarksVanishedResourcesDeleted() {
    String table = "runs-history";
    InventoryTable.create(dynamoDb, table);
    Ec2Client ec2 = ec2(A, "us-east-1");
    List<String> ids = ec2.runInstances(r -> r.imageId("ami-12345678").instanceType("t3.micro").minCount(3).maxCount(3))
        .instances().stream().map(Instance::instanceId).sorted().collect(Collectors.toList());
    String untouched = ids.get(0);
    String changed = ids.get(1);
    String terminated = ids.get(2);
    InventoryConfig config = Emulated.config(List.of("us-east-1"), ResourceType.EC2_INSTANCE);

    CollectionReport first = run(config, table);
    ec2.createTags(r -> r.resources(changed).tags(t -> t.key("Department").value("finance")));
    ec2.terminateInstances(r -> r.instanceIds(terminated));
    CollectionReport second = run(config, table);

    assertThat(first.newResources()).isEqualTo(3);
    assertThat(second.status()).isEqualTo(RunStatus.OK);
    assertThat(second.newResources()).isZero();
    assertThat(second.changedResources()).isEqualTo(1);
    assertThat(second.unchangedResources()).isEqualTo(1);
    assertThat(second.deletedResources()).isEqualTo(1);
    assertThat(history(arn(A, untouched))).hasSize(1);
    assertThat(history(arn(A, changed))).hasSize(2);
    assertThat(history(arn(A, terminated))).hasSize(1);
    Map<String, Resource> live = liveByType(table, "ec2_instance").stream()
        .collect(Collectors.toMap(Resource::resourceId, r -> r));
    assertThat(live).containsOnlyKeys(arn(A, untouched), arn(A, changed));
    assertThat(live.get(arn(A, changed)).department()).isEqualTo("finance");
    assertThat(live.get(arn(A, untouched)).department()).isEqualTo("engineering");
    Resource kept = live.get(arn(A, untouched));
    assertThat(kept.firstSeen())
        .isBetween(first.startedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), first.finishedAt());
    // unchanged, so not written again: its item keeps the first sighting, its scope's coverage has the second
    assertThat(kept.lastSeen()).isEqualTo(kept.firstSeen());
    ScopeCoverage coverage = ScopeCoverage.of(dynamoDb.queryPaginator(ScopeCoverage.request(table)).items());
    assertThat(coverage.lastSeen(kept))
        .isBetween(second.startedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), second.finishedAt());
    Map<String, AttributeValue> gone = current(table, arn(A, terminated));
    assertThat(ResourceCodec.isLive(gone)).isFalse();
    assertThat(ResourceCodec.deletedAt(gone)).isPresent();
    List<Map<String, AttributeValue>> deletions = dynamoDb.queryPaginator(QueryRequest.builder().tableName(table)
        .keyConditionExpression("pk = :pk").expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(
            TableLayout.deletedPk(java.time.YearMonth.now(java.time.ZoneOffset.UTC))))).build())
        .items().stream().collect(Collectors.toList());
    assertThat(deletions).extracting(i -> RunRecords.deletionFromItem(i).resourceId()).containsExactly(arn(A, terminated));
  }

  @Test
  void run_persistsItsRecordWithEveryScope_andTheRunList() {
    String table = "runs-record";
    InventoryTable.create(dynamoDb, table);
    InventoryConfig config = Emulated.config(List.of("us-east-1", "ap-east-1"), ResourceType.EC2_INSTANCE);

    CollectionReport report = run(config, table);

    assertThat(report.status()).isEqualTo(RunStatus.OK);
    assertThat(report.scopes()).containsEntry(ScopeStatus.OK, 3).containsEntry(ScopeStatus.REGION_DISABLED, 3);
    assertThat(report.disabledRegions()).containsExactly(A + "/ap-east-1", B + "/ap-east-1", C + "/ap-east-1");
    assertThat(report.coverage()).isEqualTo(1.0);
    assertThat(report.assumeRoleCalls()).isEqualTo(3);
    List<Map<String, AttributeValue>> runItems = dynamoDb.queryPaginator(QueryRequest.builder().tableName(table)
        .keyConditionExpression("pk = :pk").expressionAttributeValues(
            Map.of(":pk", AttributeValue.fromS(TableLayout.runPk(report.runId())))).build())
        .items().stream().collect(Collectors.toList());
    assertThat(runItems).hasSize(1 + 6);
    CollectionReport stored = RunRecords.reportFromItem(runItems.stream()
        .filter(i -> i.get("sk").s().equals(TableLayout.RUN_SUMMARY_SK)).findFirst().orElseThrow());
    assertThat(stored.runId()).isEqualTo(report.runId());
    assertThat(stored.scopes()).isEqualTo(report.scopes());
    assertThat(stored.resourcesByType()).isEqualTo(report.resourcesByType());
    List<Map<String, AttributeValue>> runs = dynamoDb.queryPaginator(QueryRequest.builder().tableName(table)
        .keyConditionExpression("pk = :pk").expressionAttributeValues(
            Map.of(":pk", AttributeValue.fromS(TableLayout.RUNS_PK))).scanIndexForward(false).build())
        .items().stream().collect(Collectors.toList());
    assertThat(runs).extracting(i -> i.get("run_id").s()).containsExactly(report.runId());
  }

  @Test
  void dryRun_collectsAndComparesButWritesNothing() {
    String table = "runs-dry";
    InventoryTable.create(dynamoDb, table);
    ec2(B, "us-east-1").runInstances(r -> r.imageId("ami-12345678").instanceType("t3.micro").minCount(2).maxCount(2));
    InventoryConfig config = Emulated.config(List.of("us-east-1"), ResourceType.EC2_INSTANCE);

    CollectionReport report;
    try (InventoryCollector collector = Emulated.collector(aws, config, null).dynamoDbClient(dynamoDb).tableName(table)
        .build()) {
      report = collector.run(CollectionRequest.builder().dryRun(true).addAccounts(B).build());
    }

    assertThat(report.dryRun()).isTrue();
    assertThat(report.newResources()).isEqualTo(2);
    assertThat(report.itemsWritten()).isZero();
    assertThat(dynamoDb.scan(r -> r.tableName(table)).count()).isZero();
  }

  @Test
  void filtersAndShards_selectAccountsRegionsAndTypes() {
    for (String account : List.of(A, B, C)) {
      ec2(account, "eu-west-1").runInstances(r -> r.imageId("ami-1").instanceType("t3.micro").minCount(1).maxCount(1));
    }
    InventoryConfig config = Emulated.config(List.of("eu-west-1"), ResourceType.EC2_INSTANCE);
    List<String> covered = new java.util.ArrayList<>();
    int total = 0;
    for (int k = 1; k <= 3; k++) {
      InMemoryInventoryStore store = InventoryStores.inMemory();
      CollectionReport shard;
      try (InventoryCollector collector = Emulated.collector(aws, config, null).store(store).build()) {
        shard = collector.run(CollectionRequest.builder().shard(Shard.of(k, 3)).build());
      }
      total += shard.accounts();
      store.resources().stream().map(Resource::accountId).distinct().forEach(covered::add);
      try (InventoryCollector collector = Emulated.collector(aws, config, null).store(store).build()) {
        assertThat(collector.plan(CollectionRequest.builder().shard(Shard.of(k, 3)).build()))
            .as("plan names the accounts the shard collects")
            .containsExactlyInAnyOrderElementsOf(store.resources().stream().map(Resource::accountId).distinct()
                .collect(Collectors.toList()));
      }
      assertThat(shard.shard()).contains(k + "/3");
    }
    CollectionReport filtered = runInMemory(config, CollectionRequest.builder().addAccounts(C).addRegions("eu-west-1")
        .build());

    assertThat(total).isEqualTo(3);
    assertThat(covered).containsExactlyInAnyOrder(A, B, C);
    assertThat(filtered.accounts()).isEqualTo(1);
    assertThat(filtered.totalScopes()).isEqualTo(1);
    assertThatThrownBy(() -> runInMemory(config, CollectionRequest.builder().addAccounts("999999999999").build()))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("999999999999");
    assertThatThrownBy(() -> runInMemory(config, CollectionRequest.builder().addResourceTypes(ResourceType.of("acme_widget"))
        .build())).isInstanceOf(ConfigurationException.class).hasMessageContaining("acme_widget");
  }

  @Test
  void prices_givenAsAPriceList_priceTheStoredEstimates() {
    ec2(A, "ap-south-1").runInstances(r -> r.imageId("ami-1").instanceType("t3.micro").minCount(1).maxCount(1));
    InventoryConfig config = Emulated.config(List.of("ap-south-1"), ResourceType.EC2_INSTANCE);
    PriceList prices = PriceList.fromJson("{\"version\": \"acme-1\", \"hours_per_month\": 730, "
        + "\"region_factors\": {\"ap-south-1\": 2}, \"ec2\": {\"linux_on_demand_hourly\": {\"t3.micro\": 0.5}}}",
        "acme.json");
    InMemoryInventoryStore store = InventoryStores.inMemory();

    try (InventoryCollector collector = Emulated.collector(aws, config, null).store(store).prices(prices).build()) {
      collector.run(CollectionRequest.builder().addAccounts(A).build());
    }

    assertThat(store.resources()).singleElement().satisfies(r -> {
      assertThat(r.estimatedMonthlyCost()).contains(new BigDecimal("730.00")); // 0.5 x 730 x 2
      assertThat(r.costBasis()).hasValueSatisfying(b -> assertThat(b).startsWith("list-price acme-1 ap-south-1 x2"));
    });
  }

  @Test
  void organizationsDiscovery_collectsActiveAccountsWithTagDepartmentsAndHonoursExclusions() {
    OrganizationsClient organizations = aws.configure(OrganizationsClient.builder()).region(Region.AWS_GLOBAL).build();
    organizations.createOrganization(r -> r.featureSet("ALL"));
    String research = createAccount(organizations, "research", "research-dept");
    String excluded = createAccount(organizations, "excluded", "nobody");
    String explicit = createAccount(organizations, "explicit", "from-tag");
    ec2(research, "us-east-1").runInstances(r -> r.imageId("ami-1").instanceType("t3.micro").minCount(1).maxCount(1));
    ec2(explicit, "us-east-1").runInstances(r -> r.imageId("ami-1").instanceType("t3.micro").minCount(1).maxCount(1));
    aws.client(Ec2Client.builder()).runInstances(r -> r.imageId("ami-1").instanceType("t3.micro").minCount(1).maxCount(1));
    InventoryConfig config = InventoryConfig.builder()
        .putAccounts("explicit", Emulated.account("explicit", explicit, "configured-dept"))
        .organization(OrganizationConfig.builder().enabled(true).addExcludeAccounts(excluded).build())
        .regions(List.of("us-east-1")).addResourceTypes(ResourceType.EC2_INSTANCE).build();
    InMemoryInventoryStore store = InventoryStores.inMemory();

    CollectionReport report;
    List<String> planned;
    try (InventoryCollector collector = Emulated.collector(aws, config, null).store(store).build()) {
      planned = collector.plan(CollectionRequest.builder().build());
      report = collector.run();
    }

    assertThat(report.status()).as(report.failedScopes().toString()).isEqualTo(RunStatus.OK);
    Map<String, String> departments = store.resources().stream()
        .collect(Collectors.toMap(Resource::accountId, Resource::department, (a, b) -> a));
    assertThat(departments).containsEntry(research, "research-dept").containsEntry(explicit, "configured-dept")
        .containsKey(AwsEmulator.DEFAULT_ACCOUNT_ID).doesNotContainKey(excluded);
    assertThat(report.accounts()).isEqualTo(3);
    assertThat(planned).containsExactlyInAnyOrder(research, explicit, AwsEmulator.DEFAULT_ACCOUNT_ID);
    assertThat(report.assumeRoleCalls()).as("the management account uses the base credentials").isEqualTo(2);

    // A fan-out lists the organisation once, in its plan; each batch's run takes the accounts from the plan.
    FaultInjector calls = FaultInjector.withSeed(1).recordCalls(true);
    InMemoryInventoryStore batchStore = InventoryStores.inMemory();
    CollectionReport batch;
    Map<String, String> listed;
    try (InventoryCollector collector = Emulated.collector(aws, config, calls).store(batchStore).build()) {
      listed = collector.planAccounts(CollectionRequest.builder().build()).stream()
          .filter(a -> config.account(a.accountId()).isEmpty())
          .collect(Collectors.toMap(AccountConfig::accountId, AccountConfig::name));
      assertThat(calls.count("organizations", "ListAccounts")).isEqualTo(1);
      batch = collector.run(CollectionRequest.builder().addAccounts(research, AwsEmulator.DEFAULT_ACCOUNT_ID)
          .putAllOrganizationAccounts(listed).build());
    }
    assertThat(listed).containsOnlyKeys(research, AwsEmulator.DEFAULT_ACCOUNT_ID).containsEntry(research, "research");
    assertThat(calls.count("organizations", "ListAccounts")).as("the batch did not list the organisation").isEqualTo(1);
    assertThat(batch.status()).isEqualTo(RunStatus.OK);
    assertThat(batch.accounts()).isEqualTo(2);
    assertThat(batch.assumeRoleCalls()).as("the management account is known from the plan").isEqualTo(1);
    assertThat(batchStore.resources()).extracting(Resource::accountId)
        .containsOnly(research, AwsEmulator.DEFAULT_ACCOUNT_ID).contains(research, AwsEmulator.DEFAULT_ACCOUNT_ID);
    assertThat(batchStore.resources()).filteredOn(r -> r.accountId().equals(research))
        .extracting(Resource::accountName).containsOnly("research");
  }

  private static String createAccount(OrganizationsClient organizations, String name, String department) {
    CreateAccountStatus status = organizations.createAccount(r -> r.accountName(name).email(name + "@example.com")
        .tags(t -> t.key("Department").value(department))).createAccountStatus();
    return status.accountId();
  }

  private static CollectionReport run(InventoryConfig config, String table) {
    try (InventoryCollector collector = Emulated.collector(aws, config, null).dynamoDbClient(dynamoDb).tableName(table)
        .build()) {
      return collector.run();
    }
  }

  private static CollectionReport runInMemory(InventoryConfig config, CollectionRequest request) {
    try (InventoryCollector collector = Emulated.collector(aws, config, null).store(InventoryStores.inMemory())
        .build()) {
      return collector.run(request);
    }
  }

  private static Ec2Client ec2(String account, String region) {
    return aws.configure(Ec2Client.builder()).credentialsProvider(aws.credentialsFor(account)).region(Region.of(region))
        .build();
  }

  private static String arn(String account, String instanceId) {
    return "arn:aws:ec2:us-east-1:" + account + ":instance/" + instanceId;
  }

  private static List<Map<String, AttributeValue>> history(String resourceId) {
    return dynamoDb.queryPaginator(QueryRequest.builder().tableName("runs-history")
            .keyConditionExpression("pk = :pk AND sk BETWEEN :a AND :b")
            .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(TableLayout.resourcePk(resourceId)),
                ":a", AttributeValue.fromS("METADATA#0"), ":b", AttributeValue.fromS("METADATA#9"))).build())
        .items().stream().collect(Collectors.toList());
  }

  private static Map<String, AttributeValue> current(String table, String resourceId) {
    return dynamoDb.getItem(r -> r.tableName(table).key(Map.of("pk", AttributeValue.fromS(
        TableLayout.resourcePk(resourceId)), "sk", AttributeValue.fromS(TableLayout.LATEST_SK)))).item();
  }

  private static List<Resource> liveByType(String table, String type) {
    return dynamoDb.queryPaginator(QueryRequest.builder().tableName(table).indexName(TableLayout.RESOURCE_TYPE_INDEX)
            .keyConditionExpression("resource_type = :t").expressionAttributeValues(
                Map.of(":t", AttributeValue.fromS(type))).build())
        .items().stream().map(ResourceCodec::fromItem).collect(Collectors.toList());
  }
}
