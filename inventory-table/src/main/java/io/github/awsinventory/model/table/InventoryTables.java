package io.github.awsinventory.model.table;

import io.github.awsinventory.model.table.internal.DefaultInventoryTables;
import java.time.Instant;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The inventory table through the enhanced DynamoDB client: one typed {@link DynamoDbTable} per item kind and
 * one {@link DynamoDbIndex} per index, all on the same table, each with a {@code TableSchema} built once for the
 * layout of {@code docs/TABLE_LAYOUT.md}. An item that is not of the kind a read expects fails it with a
 * {@link io.github.awsinventory.model.StoreException} naming the table and the item's key.
 *
 * <pre>{@code
 * InventoryTables tables = InventoryTables.of(dynamoDb, "aws-inventory");
 * tables.accountIndex().query(QueryConditional.sortBeginsWith(k -> k.partitionValue("111111111111")
 *         .sortValue(TableLayout.typePrefix(ResourceType.EC2_INSTANCE))))
 *     .stream().flatMap(page -> page.items().stream())
 *     .map(ResourceItem::toResource)
 *     .forEach(System.out::println);
 * }</pre>
 */
public interface InventoryTables {

  /**
   * The inventory table on a DynamoDB client.
   *
   * @param client the client (not closed by the tables)
   * @param tableName the table's name
   * @return the tables
   */
  static InventoryTables of(DynamoDbClient client, String tableName) {
    return of(DynamoDbEnhancedClient.builder().dynamoDbClient(client).build(), tableName);
  }

  /**
   * The inventory table on an enhanced client.
   *
   * @param client the enhanced client
   * @param tableName the table's name
   * @return the tables
   * @throws io.github.awsinventory.model.InventoryException when the name is blank
   */
  static InventoryTables of(DynamoDbEnhancedClient client, String tableName) {
    return new DefaultInventoryTables(client, tableName);
  }

  /**
   * The table's name.
   *
   * @return the name
   */
  String tableName();

  /**
   * Current resource items ({@code sk = METADATA#LATEST}), live or deleted. Its schema declares the three
   * indexes and reads history versions too, so one query on a resource's partition reads its whole history.
   *
   * @return the table of current items
   */
  DynamoDbTable<ResourceItem> current();

  /**
   * History versions ({@code sk = METADATA#<timestamp>}). Its schema has no index keys, so a version written
   * through it never enters an index.
   *
   * @return the table of history versions
   */
  DynamoDbTable<ResourceItem> history();

  /**
   * Deletion records ({@code pk = DELETED#<yyyy-MM>}).
   *
   * @return the table of deletion records
   */
  DynamoDbTable<DeletionItem> deletions();

  /**
   * Run summaries ({@code pk = RUN#<run_id>, sk = RUN}) and the list of runs ({@code pk = RUNS}).
   *
   * @return the table of run items
   */
  DynamoDbTable<RunItem> runs();

  /**
   * The scopes' results of runs ({@code pk = RUN#<run_id>, sk = SCOPE#...}).
   *
   * @return the table of scope items
   */
  DynamoDbTable<ScopeItem> scopes();

  /**
   * {@value TableLayout#RESOURCE_TYPE_INDEX}: live resources by {@code resource_type} and {@code type_sk}.
   *
   * @return the index
   */
  DynamoDbIndex<ResourceItem> resourceTypeIndex();

  /**
   * {@value TableLayout#DEPARTMENT_INDEX}: live resources by {@code department} and {@code department_sk}.
   *
   * @return the index
   */
  DynamoDbIndex<ResourceItem> departmentIndex();

  /**
   * {@value TableLayout#ACCOUNT_INDEX}: live resources by {@code account_id} and {@code account_sk}.
   *
   * @return the index
   */
  DynamoDbIndex<ResourceItem> accountIndex();

  /**
   * Marks a resource's current item deleted in one conditional update: sets {@code deleted_at}, {@code ttl} and
   * {@code timestamp}, and removes the three index keys, so the resource leaves every index at once; its other
   * attributes stay as last seen.
   *
   * @param resourceId the resource's ARN
   * @param deletedAt when it was found gone
   * @param expiresAt when DynamoDB's TTL may remove the item
   * @return false when the resource has no current item (nothing was written)
   */
  boolean markDeleted(String resourceId, Instant deletedAt, Instant expiresAt);
}
