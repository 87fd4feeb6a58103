package io.github.awsinventory.examples.collect;

import static io.github.awsinventory.examples.collect.SqsQueueCollector.SQS_QUEUE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.collector.InventoryCollector;
import io.github.awsinventory.examples.Console;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.table.InventoryTable;
import io.github.awsinventory.query.InventoryQuery;
import io.github.awsinventory.query.ResourceQuery;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Runs example 1 from its command line against moto and reads what it wrote to the table. */
@AwsEmulatorTest
class QueueInventoryServiceIT {

  private static final String ENGINEERING = "111111111111";
  private static final String MARKETING = "222222222222";
  private static final String SEARCH = "333333333333";

  private static AwsEmulator aws;
  private static DynamoDbClient dynamoDb;

  @BeforeAll
  static void setUp(AwsEmulator emulator) {
    aws = emulator;
    dynamoDb = aws.client(DynamoDbClient.builder());
  }

  @Test
  void main_collectsQueuesOfEveryAccountAsTheCustomType_withDepartmentsFromTheTeamRule(@TempDir Path dir)
      throws IOException {
    String table = "queues-main";
    InventoryTable.create(dynamoDb, table);
    SqsClient engineering = sqs(ENGINEERING, Region.US_EAST_1);
    SqsClient marketing = sqs(MARKETING, Region.EU_WEST_1);
    String orders = engineering.createQueue(q -> q.queueName("payments-orders")
        .attributes(Map.of(QueueAttributeName.SQS_MANAGED_SSE_ENABLED, "false"))).queueUrl();
    engineering.createQueue(q -> q.queueName("payments-refunds").tags(Map.of("Department", "risk")));
    engineering.createQueue(q -> q.queueName("reports"));
    engineering.createQueue(q -> q.queueName("search-indexer.fifo").attributes(Map.of(
        QueueAttributeName.FIFO_QUEUE, "true", QueueAttributeName.KMS_MASTER_KEY_ID, "alias/search")));
    marketing.createQueue(q -> q.queueName("checkout-carts"));
    marketing.createQueue(q -> q.queueName("misc-campaigns"));
    Path config = accountsFile(dir, """
        "engineering": {"account_id": "%s", "role_name": "InventoryRole", "department": "engineering"},
        "marketing": {"account_id": "%s", "role_name": "InventoryRole"}
        """.formatted(ENGINEERING, MARKETING));
    Console console = new Console();

    int status = QueueInventoryService.run(new String[] {"--config", config.toString(), "--endpoint-url",
        aws.endpoint().toString(), "--table", table}, Map.of(), aws.credentialsProvider(), console.out, console.err);

    assertThat(status).as(console.err()).isZero();
    assertThat(console.out()).containsPattern("sqs_queue\\s+6");
    Map<String, Resource> queues = queuesIn(table);
    assertThat(queues).containsOnlyKeys("payments-orders", "payments-refunds", "reports", "search-indexer.fifo",
        "checkout-carts", "misc-campaigns");
    assertThat(queues).allSatisfy((name, queue) -> {
      assertThat(queue.resourceType()).isEqualTo(SQS_QUEUE);
      assertThat(queue.estimatedMonthlyCost()).isEmpty();
      assertThat(queue.costBasis()).contains("unknown: SQS is billed by requests");
    });
    assertThat(Map.of(
        "payments-orders", queues.get("payments-orders").department(),
        "payments-refunds", queues.get("payments-refunds").department(),
        "reports", queues.get("reports").department(),
        "search-indexer.fifo", queues.get("search-indexer.fifo").department(),
        "checkout-carts", queues.get("checkout-carts").department(),
        "misc-campaigns", queues.get("misc-campaigns").department()))
        .as("team prefix, else the department tag, else the account's department")
        .containsExactlyInAnyOrderEntriesOf(Map.of(
            "payments-orders", "finance",
            "payments-refunds", "risk",
            "reports", "engineering",
            "search-indexer.fifo", "discovery",
            "checkout-carts", "commerce",
            "misc-campaigns", Resource.UNASSIGNED));
    Resource ordersQueue = queues.get("payments-orders");
    assertThat(ordersQueue.resourceId()).isEqualTo(engineering.getQueueAttributes(a -> a.queueUrl(orders)
        .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN));
    assertThat(ordersQueue.accountId()).isEqualTo(ENGINEERING);
    assertThat(ordersQueue.region()).isEqualTo("us-east-1");
    assertThat(ordersQueue.attributes()).containsEntry("queue_url", orders).containsEntry("fifo", false)
        .containsEntry("encryption", "none");
    assertThat(ordersQueue.createdAt()).isPresent();
    assertThat(queues.get("search-indexer.fifo").attributes()).containsEntry("fifo", true)
        .containsEntry("encryption", "sse-kms").containsEntry("kms_master_key_id", "alias/search");
    assertThat(queues.get("checkout-carts").region()).isEqualTo("eu-west-1");
    assertThat(queues.get("checkout-carts").accountId()).isEqualTo(MARKETING);
  }

  @Test
  void refresh_marksDeletedQueuesDeleted_andKeepsTheOthers(@TempDir Path dir) throws IOException {
    String table = "queues-refresh";
    InventoryTable.create(dynamoDb, table);
    SqsClient search = sqs(SEARCH, Region.US_EAST_1);
    String doomed = search.createQueue(q -> q.queueName("search-batch")).queueUrl();
    search.createQueue(q -> q.queueName("search-live"));
    Path config = accountsFile(dir, """
        "search": {"account_id": "%s", "role_name": "InventoryRole"}
        """.formatted(SEARCH));

    try (QueueInventoryService service = new QueueInventoryService(connection(table),
        QueueInventoryService.readConfig(config).orThrow(), QueueInventoryService.TEAMS)) {
      assertThat(service.refresh().newResources()).isEqualTo(2);
      search.deleteQueue(q -> q.queueUrl(doomed));

      assertThat(service.refresh().deletedResources()).isEqualTo(1);
    }

    assertThat(queuesIn(table)).containsOnlyKeys("search-live");
  }

  @Test
  void main_withoutConfig_printsUsageAndExits2() {
    Console console = new Console();

    int status = QueueInventoryService.run(new String[] {"--table", "t"}, Map.of(), aws.credentialsProvider(),
        console.out, console.err);

    assertThat(status).isEqualTo(2);
    assertThat(console.err()).contains("--config is required").contains("Usage: QueueInventoryService");
    assertThat(console.out()).isEmpty();
  }

  private static InventoryCollector.Builder connection(String table) {
    return InventoryCollector.builder().tableName(table)
        .endpointOverride(aws.endpoint()).credentialsProvider(aws.credentialsProvider())
        .httpClient(aws.httpClient()).region(aws.region()).dynamoDbClient(dynamoDb);
  }

  private static SqsClient sqs(String account, Region region) {
    return aws.configure(SqsClient.builder()).region(region).credentialsProvider(aws.credentialsFor(account)).build();
  }

  private static Map<String, Resource> queuesIn(String table) {
    try (Stream<Resource> queues = InventoryQuery.create(dynamoDb, table).resources(ResourceQuery.byType(SQS_QUEUE))) {
      return queues.collect(Collectors.toMap(Resource::name, Function.identity()));
    }
  }

  /** An accounts file as a team would write it; only the queue type is collected. */
  private static Path accountsFile(Path dir, String accounts) throws IOException {
    return Files.writeString(dir.resolve("accounts.json"), """
        {
          "accounts": {
        %s  },
          "regions": ["us-east-1", "eu-west-1"],
          "resource_types": ["sqs_queue"]
        }
        """.formatted(accounts));
  }
}
