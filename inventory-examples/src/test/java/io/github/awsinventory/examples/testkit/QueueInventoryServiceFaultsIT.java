package io.github.awsinventory.examples.testkit;

import static io.github.awsinventory.examples.collect.SqsQueueCollector.SQS_QUEUE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.collector.InMemoryInventoryStore;
import io.github.awsinventory.collector.InventoryCollector;
import io.github.awsinventory.collector.InventoryStores;
import io.github.awsinventory.examples.collect.QueueInventoryService;
import io.github.awsinventory.examples.policy.BucketVersioningRule;
import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.model.ScopeStatus;
import io.github.awsinventory.model.config.AccountConfig;
import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.model.table.InventoryTable;
import io.github.awsinventory.query.InventoryQuery;
import io.github.awsinventory.query.ResourceQuery;
import io.github.awsinventory.query.security.FindingStatus;
import io.github.awsinventory.query.security.SecurityCheck;
import io.github.awsinventory.query.security.SecurityReport;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.fault.FaultInjector;
import io.github.awsinventory.testkit.fault.FaultRule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Example 5 — testing your own code with the test kit: the emulator, clients in other accounts, and fault
 * injection. The code under test is the embedder's: the {@link QueueInventoryService} of example 1 (its
 * SQS collector and department rule) and the {@link BucketVersioningRule} of example 3.
 *
 * <p>The pattern:
 * <ol>
 *   <li>{@code @AwsEmulatorTest} starts the moto server once per test JVM (reset before each test class)
 *       and passes an {@link AwsEmulator} to any test or lifecycle method that asks for one;
 *   <li>{@code aws.client(SqsClient.builder(), account)} acts in another account, to arrange the world;
 *   <li>a {@link FaultInjector} wraps the emulator's HTTP client; give the wrapped client to the code under
 *       test and add rules — throttling, access denied, 5xx, latency — narrowed to a service, an operation,
 *       an account or a region;
 *   <li>assert on what your code did: what it wrote, what it reported, how often the rule fired.
 * </ol>
 * Each test uses its own accounts, since the emulator keeps its state between the tests of a class.
 */
@AwsEmulatorTest
class QueueInventoryServiceFaultsIT {

  private static final String TABLE = "queues-under-faults";

  private static AwsEmulator aws;
  private static DynamoDbClient dynamoDb;

  private FaultInjector faults;

  @BeforeAll
  static void createTheTable(AwsEmulator emulator) {
    aws = emulator;
    dynamoDb = aws.client(DynamoDbClient.builder());
    InventoryTable.create(dynamoDb, TABLE);
  }

  @BeforeEach
  void newInjector() {
    faults = FaultInjector.withSeed(42);
  }

  @Test
  void refresh_whenQueueAttributesAreDeniedInOneAccount_keepsItsQueuesWithUnknownAttributes() {
    String denied = "410000000001";
    String allowed = "410000000002";
    createQueues(denied, "payments-orders", "payments-refunds");
    createQueues(allowed, "search-indexer");
    FaultRule rule = faults.add(FaultRule.accessDenied().service("sqs").operation("GetQueueAttributes")
        .account(denied));

    CollectionReport report = refresh(config(denied, allowed));

    assertThat(report.status()).as("a failed detail call does not fail the scope").isEqualTo(RunStatus.OK);
    assertThat(rule.injectedCount()).isEqualTo(2);
    Map<String, Resource> queues = queuesOf(denied, allowed);
    assertThat(queues).containsOnlyKeys("payments-orders", "payments-refunds", "search-indexer");
    for (String name : List.of("payments-orders", "payments-refunds")) {
      assertThat(queues.get(name).unknownAttributes()).contains("encryption", "fifo");
      assertThat(queues.get(name).attributes()).doesNotContainKeys("encryption", "fifo");
      assertThat(queues.get(name).department()).as("the team rule needs no attribute").isEqualTo("finance");
      assertThat(report.detailErrors()).anySatisfy(error -> assertThat(error).contains(queues.get(name).resourceId()));
    }
    assertThat(queues.get("search-indexer").unknownAttributes()).isEmpty();
    assertThat(queues.get("search-indexer").attributes()).containsKey("encryption");
  }

  @Test
  void refresh_whenAssumeRoleIsThrottledOnce_retriesAndCollectsEverything() {
    String throttled = "420000000001";
    createQueues(throttled, "checkout-carts", "checkout-payments");
    FaultRule rule = faults.add(FaultRule.throttling().service("sts").operation("AssumeRole").account(throttled)
        .times(1));

    CollectionReport report = refresh(config(throttled));

    assertThat(rule.injectedCount()).isEqualTo(1);
    assertThat(faults.count(call -> call.operation().equals("AssumeRole") && call.accountId().equals(throttled)))
        .isGreaterThanOrEqualTo(2);
    assertThat(report.status()).isEqualTo(RunStatus.OK);
    assertThat(queuesOf(throttled)).containsOnlyKeys("checkout-carts", "checkout-payments");
  }

  @Test
  void refresh_whenAnAccountDeniesAssumeRole_collectsTheOthers_andMarksNothingOfItDeleted() {
    String flaky = "430000000001";
    String healthy = "430000000002";
    createQueues(flaky, "search-crawler");
    createQueues(healthy, "search-ranker");
    InventoryConfig config = config(flaky, healthy);
    assertThat(refresh(config).status()).isEqualTo(RunStatus.OK);
    faults.add(FaultRule.accessDenied().service("sts").operation("AssumeRole").account(flaky));

    CollectionReport second = refresh(config);

    assertThat(second.status()).isEqualTo(RunStatus.PARTIAL);
    assertThat(second.failedAccounts()).containsExactly(flaky);
    assertThat(second.failedScopes()).allSatisfy(scope -> {
      assertThat(scope.accountId()).isEqualTo(flaky);
      assertThat(scope.status()).isEqualTo(ScopeStatus.ACCESS_DENIED);
    });
    assertThat(second.deletedResources()).isZero();
    assertThat(queuesOf(flaky, healthy)).as("the denied account's queues stay in the inventory")
        .containsOnlyKeys("search-crawler", "search-ranker");
  }

  @Test
  void versioningRule_whenTheCollectorCouldNotReadVersioning_reportsUnknownNotAPass() {
    String account = "440000000001";
    S3Client s3 = aws.client(S3Client.builder(), account);
    s3.createBucket(b -> b.bucket("ledger-440000000001"));
    faults.add(FaultRule.accessDenied().service("s3").operation("GetBucketVersioning").account(account));
    InventoryConfig config = config(account).toBuilder().resourceTypes(List.of(ResourceType.S3_BUCKET)).build();

    SecurityReport report;
    try (InMemoryInventoryStore store = InventoryStores.inMemory();
        InventoryCollector collector = connection().config(config).store(store).build()) {
      assertThat(collector.run().status()).isEqualTo(RunStatus.OK);
      report = SecurityCheck.of(List.of(new BucketVersioningRule())).run(store.resources(), Instant.now());
    }

    assertThat(report.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.name()).isEqualTo("ledger-440000000001");
      assertThat(finding.status()).isEqualTo(FindingStatus.UNKNOWN);
    });
    assertThat(report.hasFailures()).isFalse();
  }

  /** Runs the service under test once, its AWS calls going through the fault injector. */
  private CollectionReport refresh(InventoryConfig config) {
    try (QueueInventoryService service = new QueueInventoryService(connection().tableName(TABLE)
        .dynamoDbClient(dynamoDb), config, QueueInventoryService.TEAMS)) {
      return service.refresh();
    }
  }

  /** Where the code under test finds AWS: the emulator, through the fault injector, with quick retries. */
  private InventoryCollector.Builder connection() {
    return InventoryCollector.builder()
        .endpointOverride(aws.endpoint())
        .region(aws.region())
        .credentialsProvider(aws.credentialsProvider())
        .httpClient(faults.wrap(aws.httpClient()))
        .scopeRetryBackoff(Duration.ofMillis(10), Duration.ofMillis(50));
  }

  private static InventoryConfig config(String... accounts) {
    InventoryConfig.Builder config = InventoryConfig.builder().regions(List.of("us-east-1"))
        .addResourceTypes(SQS_QUEUE);
    for (String account : accounts) {
      config.putAccounts("account-" + account, AccountConfig.builder().name("account-" + account).accountId(account)
          .roleName(AwsEmulator.DEFAULT_ROLE_NAME).build());
    }
    return config.build();
  }

  private static void createQueues(String account, String... names) {
    SqsClient sqs = aws.client(SqsClient.builder(), account);
    for (String name : names) {
      sqs.createQueue(q -> q.queueName(name));
    }
  }

  private static Map<String, Resource> queuesOf(String... accounts) {
    List<String> wanted = List.of(accounts);
    try (Stream<Resource> queues = InventoryQuery.create(dynamoDb, TABLE).resources(ResourceQuery.byType(SQS_QUEUE))) {
      return queues.filter(q -> wanted.contains(q.accountId()))
          .collect(Collectors.toMap(Resource::name, Function.identity()));
    }
  }
}
