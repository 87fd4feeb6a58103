package io.github.awsinventory.collector;

import static io.github.awsinventory.collector.Emulated.A;
import static io.github.awsinventory.collector.Emulated.B;
import static io.github.awsinventory.collector.Emulated.C;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.model.ScopeResult;
import io.github.awsinventory.model.ScopeStatus;
import io.github.awsinventory.model.config.CollectionSettings;
import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.model.table.InventoryTable;
import io.github.awsinventory.model.table.TableLayout;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.fault.FaultInjector;
import io.github.awsinventory.testkit.fault.FaultRule;
import io.github.awsinventory.testkit.fault.RecordedCall;
import java.time.Duration;
import java.time.Instant;
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

/** The collector under injected faults: throttling, denied accounts, unprocessed writes, 5xx and resets. */
@AwsEmulatorTest
class CollectorFaultsIT {

  private static final List<String> REGIONS = List.of("us-east-1", "eu-west-1");
  /** Instances per account and region: a, b and c differ so that counts are checkable. */
  private static final Map<String, Integer> INSTANCES = Map.of(A, 3, B, 2, C, 1);

  private static AwsEmulator aws;

  @BeforeAll
  static void buildEstate(AwsEmulator emulator) {
    aws = emulator;
    for (Map.Entry<String, Integer> account : INSTANCES.entrySet()) {
      for (String region : REGIONS) {
        Ec2Client ec2 = aws.configure(Ec2Client.builder()).credentialsProvider(aws.credentialsFor(account.getKey()))
            .region(Region.of(region)).build();
        ec2.runInstances(r -> r.imageId("ami-12345678").instanceType("t3.micro")
            .minCount(account.getValue()).maxCount(account.getValue()));
      }
    }
  }

  @Test
  void throttlingStormOnOneAccountRegion_recoversWithEveryResourceWritten() {
    FaultInjector faults = FaultInjector.withSeed(1);
    FaultRule storm = faults.add(FaultRule.throttling().service("ec2").operation("DescribeInstances")
        .account(B).region("eu-west-1").times(4));
    InMemoryInventoryStore store = InventoryStores.inMemory();

    CollectionReport report = run(config(), faults, store);

    assertThat(report.status()).as(describe(report)).isEqualTo(RunStatus.OK);
    assertThat(storm.injectedCount()).isEqualTo(4);
    assertThat(store.resources()).hasSize(12);
    assertThat(count(store, B, "eu-west-1")).isEqualTo(2);
    assertThat(report.retries()).isGreaterThanOrEqualTo(4);
    assertThat(faults.calls()).filteredOn(c -> c.call().accountId().equals(B) && c.call().region().equals("eu-west-1")
        && c.call().operation().equals("DescribeInstances")).hasSize(5);
  }

  @Test
  void persistentAccessDeniedOnOneAccount_reportsItsScopesAndKeepsTheOthers() {
    InMemoryInventoryStore store = InventoryStores.inMemory();
    assertThat(run(config(), null, store).status()).isEqualTo(RunStatus.OK);
    FaultInjector faults = FaultInjector.withSeed(2);
    faults.add(FaultRule.accessDenied().service("sts").operation("AssumeRole").account(B));

    CollectionReport report = run(config(), faults, store);

    assertThat(report.status()).isEqualTo(RunStatus.PARTIAL);
    assertThat(report.failedAccounts()).containsExactly(B);
    assertThat(report.failedScopes()).hasSize(2).allSatisfy(s -> {
      assertThat(s.accountId()).isEqualTo(B);
      assertThat(s.status()).isEqualTo(ScopeStatus.ACCESS_DENIED);
      assertThat(s.error()).hasValueSatisfying(e -> assertThat(e).contains("AssumeRole").contains("AccessDenied"));
      assertThat(s.attempts()).isZero();
    });
    assertThat(report.scopes()).containsEntry(ScopeStatus.OK, 4).containsEntry(ScopeStatus.ACCESS_DENIED, 2);
    assertThat(report.deletedResources()).isZero();
    assertThat(store.deleted()).isEmpty();
    assertThat(count(store, B, "us-east-1") + count(store, B, "eu-west-1")).isEqualTo(4);
    assertThat(faults.count(c -> c.accountId().equals(B) && c.service().equals("ec2"))).isZero();
    assertThat(report.coverage()).isEqualTo(4 / 6.0);
  }

  @Test
  void unprocessedItemsOnWrites_everyItemLandsAndIsCountedOnce() {
    DynamoDbClient plain = aws.client(DynamoDbClient.builder());
    InventoryTable.create(plain, "faults-unprocessed");
    FaultInjector faults = FaultInjector.withSeed(3);
    FaultRule unprocessed = faults.add(FaultRule.unprocessedItems(0.5).times(6));
    DynamoDbClient withFaults = Emulated.dynamoDb(aws, faults);
    InventoryStore store = InventoryStores.dynamoDb(withFaults, "faults-unprocessed", Duration.ofDays(30), 2, 10,
        Duration.ofMillis(5), Duration.ofMillis(50));

    CollectionReport report;
    try (store) {
      report = run(config(), null, store);
    }

    assertThat(report.status()).as(describe(report)).isEqualTo(RunStatus.OK);
    assertThat(unprocessed.injectedCount()).isGreaterThanOrEqualTo(1);
    List<Map<String, AttributeValue>> live = plain.queryPaginator(QueryRequest.builder().tableName("faults-unprocessed")
        .indexName(TableLayout.RESOURCE_TYPE_INDEX).keyConditionExpression("resource_type = :t")
        .expressionAttributeValues(Map.of(":t", AttributeValue.fromS("ec2_instance"))).build())
        .items().stream().collect(Collectors.toList());
    assertThat(live).hasSize(12);
    long historyItems = plain.scanPaginator(r -> r.tableName("faults-unprocessed")).items().stream()
        .filter(i -> "history".equals(i.get("item_type").s())).count();
    assertThat(historyItems).isEqualTo(12);
    assertThat(report.itemsWritten()).as("current + history + scope results + coverage records (account × region)")
        .isEqualTo(12 + 12 + 6 + 6);
  }

  @Test
  void persistentServerErrors_areRetriedExactlyUpToTheDocumentedCap() {
    FaultInjector faults = FaultInjector.withSeed(4);
    faults.add(FaultRule.serverError().status(503).service("ec2").operation("DescribeInstances").account(C)
        .region("us-east-1"));
    InventoryConfig config = config();
    CollectionSettings settings = config.collectionSettings();

    CollectionReport report = run(config, faults, InventoryStores.inMemory());

    ScopeResult failed = report.failedScopes().get(0);
    assertThat(report.failedScopes()).hasSize(1);
    assertThat(failed.scope()).isEqualTo(C + "/us-east-1/ec2_instance");
    assertThat(failed.status()).isEqualTo(ScopeStatus.ERROR);
    assertThat(failed.attempts()).isEqualTo(settings.retryAttempts());
    assertThat(failed.error()).hasValueSatisfying(e -> assertThat(e).contains("503"));
    long sent = faults.count(c -> c.accountId().equals(C) && c.region().equals("us-east-1")
        && c.operation().equals("DescribeInstances"));
    assertThat(sent).isEqualTo((long) settings.sdkMaxAttempts() * settings.retryAttempts()).isEqualTo(6);
  }

  @Test
  void connectionResetsAndServerErrors_withinTheCap_recover() {
    FaultInjector faults = FaultInjector.withSeed(5);
    FaultRule resets = faults.add(FaultRule.connectionReset().service("ec2").operation("DescribeInstances")
        .account(A).region("us-east-1").times(2));
    FaultRule errors = faults.add(FaultRule.serverError().service("ec2").operation("DescribeInstances")
        .account(A).region("eu-west-1").times(3));
    InMemoryInventoryStore store = InventoryStores.inMemory();

    CollectionReport report = run(config(), faults, store);

    assertThat(report.status()).as(describe(report)).isEqualTo(RunStatus.OK);
    assertThat(resets.injectedCount()).isEqualTo(2);
    assertThat(errors.injectedCount()).isEqualTo(3);
    assertThat(count(store, A, "us-east-1")).isEqualTo(3);
    assertThat(count(store, A, "eu-west-1")).isEqualTo(3);
    assertThat(faults.calls()).filteredOn(c -> c.fault().isPresent()).extracting(RecordedCall::status)
        .containsOnly(-1, 500);
  }

  @Test
  void runDeadline_reportsUnfinishedScopesAsTimeoutAndDeletesNothing() {
    InMemoryInventoryStore store = InventoryStores.inMemory();
    run(config(), null, store);
    FaultInjector faults = FaultInjector.withSeed(6);
    faults.add(FaultRule.latency(Duration.ofMillis(1000)).service("sts").operation("AssumeRole"));
    CollectionRequest request = CollectionRequest.builder().deadline(Instant.now().plusMillis(300)).build();

    CollectionReport report;
    try (InventoryCollector collector = Emulated.collector(aws, config(), faults).store(store).build()) {
      report = collector.run(request);
    }

    assertThat(report.status()).isEqualTo(RunStatus.PARTIAL);
    assertThat(report.scopes()).containsEntry(ScopeStatus.TIMEOUT, 6);
    assertThat(report.failedScopes()).allSatisfy(s -> assertThat(s.error()).hasValueSatisfying(
        e -> assertThat(e).contains("deadline")));
    assertThat(store.deleted()).isEmpty();
    assertThat(store.resources()).hasSize(12);
  }

  private static InventoryConfig config() {
    return Emulated.config(REGIONS, ResourceType.EC2_INSTANCE);
  }

  private static CollectionReport run(InventoryConfig config, FaultInjector faults, InventoryStore store) {
    try (InventoryCollector collector = Emulated.collector(aws, config, faults).store(store).build()) {
      return collector.run();
    }
  }

  private static long count(InMemoryInventoryStore store, String account, String region) {
    return store.resources().stream().filter(r -> r.accountId().equals(account) && r.region().equals(region)).count();
  }

  private static String describe(CollectionReport report) {
    return report.status() + " " + report.failedScopes() + " " + report.fatalError().orElse("");
  }
}
