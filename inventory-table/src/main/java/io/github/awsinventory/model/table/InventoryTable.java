package io.github.awsinventory.model.table;

import io.github.awsinventory.model.InventoryException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.waiters.Waiter;
import software.amazon.awssdk.core.waiters.WaiterAcceptor;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * The one definition of the inventory table in code: creates it (idempotently, waiting until it is
 * ACTIVE) and checks an existing table against it. The CloudFormation template is tested against
 * {@link #createTableRequest(String)}.
 *
 * <pre>{@code
 * TableDescription table = InventoryTable.create(dynamoDb, "aws-inventory");
 * }</pre>
 */
public final class InventoryTable {

  private static final Logger LOG = LoggerFactory.getLogger(InventoryTable.class);

  /** How long {@link #create} waits for the table and its indexes to become ACTIVE. */
  public static final Duration DEFAULT_WAIT = Duration.ofMinutes(5);

  private static final Map<String, String[]> INDEX_KEYS = Map.of(
      TableLayout.RESOURCE_TYPE_INDEX, new String[] {TableLayout.RESOURCE_TYPE, TableLayout.TYPE_SK},
      TableLayout.DEPARTMENT_INDEX, new String[] {TableLayout.DEPARTMENT, TableLayout.DEPARTMENT_SK},
      TableLayout.ACCOUNT_INDEX, new String[] {TableLayout.ACCOUNT_ID, TableLayout.ACCOUNT_SK});

  private InventoryTable() {}

  /**
   * The table's definition: keys {@code pk}/{@code sk} (S), on-demand billing, and the three sparse
   * indexes projecting all attributes.
   *
   * @param tableName the table name
   * @return the request that creates it
   */
  public static CreateTableRequest createTableRequest(String tableName) {
    List<AttributeDefinition> attributes = new ArrayList<>();
    attributes.add(stringAttribute(TableLayout.PK));
    attributes.add(stringAttribute(TableLayout.SK));
    List<GlobalSecondaryIndex> indexes = new ArrayList<>();
    for (String index : TableLayout.INDEXES) {
      String[] keys = INDEX_KEYS.get(index);
      attributes.add(stringAttribute(keys[0]));
      attributes.add(stringAttribute(keys[1]));
      indexes.add(GlobalSecondaryIndex.builder()
          .indexName(index)
          .keySchema(key(keys[0], KeyType.HASH), key(keys[1], KeyType.RANGE))
          .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
          .build());
    }
    return CreateTableRequest.builder()
        .tableName(tableName)
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(key(TableLayout.PK, KeyType.HASH), key(TableLayout.SK, KeyType.RANGE))
        .attributeDefinitions(attributes)
        .globalSecondaryIndexes(indexes)
        .build();
  }

  /**
   * Creates the table if it does not exist, waits until it and its indexes are ACTIVE, and enables TTL on
   * {@value TableLayout#TTL}. An existing table is checked against the definition.
   *
   * @param client a DynamoDB client
   * @param tableName the table name
   * @return the table's description
   * @throws InventoryException when an existing table differs from the definition
   */
  public static TableDescription create(DynamoDbClient client, String tableName) {
    return create(client, tableName, DEFAULT_WAIT);
  }

  /**
   * Like {@link #create(DynamoDbClient, String)} with a maximum wait.
   *
   * @param client a DynamoDB client
   * @param tableName the table name
   * @param maxWait how long to wait for ACTIVE
   * @return the table's description
   */
  public static TableDescription create(DynamoDbClient client, String tableName, Duration maxWait) {
    boolean created;
    try {
      // Low-level: this request is the definition the CloudFormation template is tested against; TTL is not enhanced
      client.createTable(createTableRequest(tableName));
      created = true;
      LOG.info("Creating table {}", tableName);
    } catch (ResourceInUseException e) {
      created = false;
      LOG.info("Table {} already exists; checking it", tableName);
    }
    TableDescription table = waitUntilActive(client, tableName, maxWait);
    List<String> differences = differences(table);
    if (!created && !differences.isEmpty()) {
      throw new InventoryException("table " + tableName + " exists but differs from the inventory layout: "
          + String.join("; ", differences) + ". Use another --table name, or move to a new table (see docs/MIGRATION.md)");
    }
    enableTtl(client, tableName);
    return table;
  }

  /**
   * Describes the table.
   *
   * @param client a DynamoDB client
   * @param tableName the table name
   * @return its description, empty when it does not exist
   */
  public static Optional<TableDescription> describe(DynamoDbClient client, String tableName) {
    try {
      return Optional.of(client.describeTable(r -> r.tableName(tableName)).table());
    } catch (ResourceNotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * The table's TTL setting.
   *
   * @param client a DynamoDB client
   * @param tableName the table name
   * @return the TTL description
   */
  public static TimeToLiveDescription describeTtl(DynamoDbClient client, String tableName) {
    return client.describeTimeToLive(r -> r.tableName(tableName)).timeToLiveDescription();
  }

  /**
   * How a table differs from the definition: key schema, attribute types, indexes and their keys and
   * projections. Additional indexes of the user's own are not differences.
   *
   * @param table a description from DescribeTable (or CloudFormation)
   * @return human-readable differences; empty when the table matches
   */
  public static List<String> differences(TableDescription table) {
    CreateTableRequest expected = createTableRequest(table.tableName());
    List<String> differences = new ArrayList<>();
    if (!keySchema(table.keySchema()).equals(keySchema(expected.keySchema()))) {
      differences.add("key schema is " + keySchema(table.keySchema()) + ", expected " + keySchema(expected.keySchema()));
    }
    Map<String, ScalarAttributeType> types = table.attributeDefinitions().stream()
        .collect(Collectors.toMap(AttributeDefinition::attributeName, AttributeDefinition::attributeType));
    for (AttributeDefinition definition : expected.attributeDefinitions()) {
      ScalarAttributeType actual = types.get(definition.attributeName());
      if (actual != null && actual != definition.attributeType()) {
        differences.add("attribute " + definition.attributeName() + " has type " + actual + ", expected "
            + definition.attributeType());
      }
    }
    Map<String, GlobalSecondaryIndexDescription> indexes = table.globalSecondaryIndexes().stream()
        .collect(Collectors.toMap(GlobalSecondaryIndexDescription::indexName, Function.identity()));
    for (GlobalSecondaryIndex index : expected.globalSecondaryIndexes()) {
      GlobalSecondaryIndexDescription actual = indexes.get(index.indexName());
      if (actual == null) {
        differences.add("index " + index.indexName() + " is missing");
        continue;
      }
      if (!keySchema(actual.keySchema()).equals(keySchema(index.keySchema()))) {
        differences.add("index " + index.indexName() + " has keys " + keySchema(actual.keySchema()) + ", expected "
            + keySchema(index.keySchema()));
      }
      ProjectionType projection = actual.projection() == null ? null : actual.projection().projectionType();
      if (projection != ProjectionType.ALL) {
        differences.add("index " + index.indexName() + " projects " + projection + ", expected ALL");
      }
    }
    return differences;
  }

  private static TableDescription waitUntilActive(DynamoDbClient client, String tableName, Duration maxWait) {
    Waiter<DescribeTableResponse> waiter = Waiter.builder(DescribeTableResponse.class)
        .overrideConfiguration(c -> c.waitTimeout(maxWait).maxAttempts(10_000)
            .backoffStrategyV2(BackoffStrategy.exponentialDelay(Duration.ofMillis(200), Duration.ofSeconds(10))))
        .addAcceptor(WaiterAcceptor.successOnResponseAcceptor(r -> allActive(r.table())))
        .addAcceptor(WaiterAcceptor.retryOnResponseAcceptor(r -> !allActive(r.table())))
        .addAcceptor(WaiterAcceptor.retryOnExceptionAcceptor(e -> e instanceof ResourceNotFoundException))
        .build();
    WaiterResponse<DescribeTableResponse> response;
    try {
      response = waiter.run(() -> client.describeTable(r -> r.tableName(tableName)));
    } catch (SdkClientException e) {
      throw new InventoryException("table " + tableName + " and its indexes did not become ACTIVE within " + maxWait,
          e);
    }
    return response.matched().response().map(DescribeTableResponse::table)
        .orElseThrow(() -> new InventoryException("table " + tableName + " did not become ACTIVE",
            response.matched().exception().orElse(null)));
  }

  private static boolean allActive(TableDescription table) {
    return table.tableStatus() == TableStatus.ACTIVE && table.globalSecondaryIndexes().stream()
        .allMatch(i -> i.indexStatus() == null || i.indexStatus() == IndexStatus.ACTIVE);
  }

  private static void enableTtl(DynamoDbClient client, String tableName) {
    TimeToLiveDescription ttl = describeTtl(client, tableName);
    TimeToLiveStatus status = ttl.timeToLiveStatus();
    if (status == TimeToLiveStatus.ENABLED || status == TimeToLiveStatus.ENABLING) {
      if (!TableLayout.TTL.equals(ttl.attributeName())) {
        throw new InventoryException("table " + tableName + " has TTL on attribute '" + ttl.attributeName()
            + "', expected '" + TableLayout.TTL + "'; history would never expire. Change it in the console or use "
            + "another --table name");
      }
      return;
    }
    try {
      client.updateTimeToLive(r -> r.tableName(tableName)
          .timeToLiveSpecification(s -> s.attributeName(TableLayout.TTL).enabled(true)));
    } catch (DynamoDbException e) {
      throw new InventoryException("could not enable TTL on table " + tableName + ": "
          + e.awsErrorDetails().errorMessage(), e);
    }
  }

  private static AttributeDefinition stringAttribute(String name) {
    return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
  }

  private static KeySchemaElement key(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }

  private static String keySchema(List<KeySchemaElement> keys) {
    return keys.stream().map(k -> k.attributeName() + " " + k.keyType()).collect(Collectors.joining(", ", "[", "]"));
  }
}
