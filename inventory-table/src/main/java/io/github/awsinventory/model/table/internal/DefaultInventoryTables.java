package io.github.awsinventory.model.table.internal;

import io.github.awsinventory.model.InventoryException;
import io.github.awsinventory.model.table.DeletionItem;
import io.github.awsinventory.model.table.InventoryTables;
import io.github.awsinventory.model.table.ResourceItem;
import io.github.awsinventory.model.table.RunItem;
import io.github.awsinventory.model.table.ScopeItem;
import io.github.awsinventory.model.table.TableLayout;
import java.time.Instant;
import java.util.Objects;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.model.UpdateItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/** {@link InventoryTables} on one table: the typed tables and indexes are made once, on the static schemas. */
public final class DefaultInventoryTables implements InventoryTables {

  private static final Expression ITEM_EXISTS = Expression.builder().expression("attribute_exists(#pk)")
      .putExpressionName("#pk", TableLayout.PK).build();

  private final String tableName;
  private final DynamoDbTable<ResourceItem> current;
  private final DynamoDbTable<ResourceItem> history;
  private final DynamoDbTable<DeletionItem> deletions;
  private final DynamoDbTable<RunItem> runs;
  private final DynamoDbTable<ScopeItem> scopes;
  private final DynamoDbTable<DeletionMark> marks;
  private final DynamoDbIndex<ResourceItem> resourceTypeIndex;
  private final DynamoDbIndex<ResourceItem> departmentIndex;
  private final DynamoDbIndex<ResourceItem> accountIndex;

  /**
   * Creates the tables.
   *
   * @param client the enhanced client
   * @param tableName the table's name
   */
  public DefaultInventoryTables(DynamoDbEnhancedClient client, String tableName) {
    Objects.requireNonNull(client, "client");
    if (tableName == null || tableName.isBlank()) {
      throw new InventoryException("tableName must not be blank (was '" + tableName + "'); pass the inventory "
          + "table's name, e.g. " + TableLayout.DEFAULT_TABLE_NAME);
    }
    this.tableName = tableName;
    this.current = client.table(tableName, new CheckedTableSchema<>(ItemSchemas.CURRENT, tableName, "resource"));
    this.history = client.table(tableName, new CheckedTableSchema<>(ItemSchemas.HISTORY, tableName, "resource"));
    this.deletions = client.table(tableName,
        new CheckedTableSchema<>(ItemSchemas.DELETION, tableName, "deletion record"));
    this.runs = client.table(tableName, new CheckedTableSchema<>(ItemSchemas.RUN, tableName, "run record"));
    this.scopes = client.table(tableName, new CheckedTableSchema<>(ItemSchemas.SCOPE, tableName, "scope record"));
    this.marks = client.table(tableName, ItemSchemas.DELETION_MARK);
    this.resourceTypeIndex = current.index(TableLayout.RESOURCE_TYPE_INDEX);
    this.departmentIndex = current.index(TableLayout.DEPARTMENT_INDEX);
    this.accountIndex = current.index(TableLayout.ACCOUNT_INDEX);
  }

  @Override
  public String tableName() {
    return tableName;
  }

  @Override
  public DynamoDbTable<ResourceItem> current() {
    return current;
  }

  @Override
  public DynamoDbTable<ResourceItem> history() {
    return history;
  }

  @Override
  public DynamoDbTable<DeletionItem> deletions() {
    return deletions;
  }

  @Override
  public DynamoDbTable<RunItem> runs() {
    return runs;
  }

  @Override
  public DynamoDbTable<ScopeItem> scopes() {
    return scopes;
  }

  @Override
  public DynamoDbIndex<ResourceItem> resourceTypeIndex() {
    return resourceTypeIndex;
  }

  @Override
  public DynamoDbIndex<ResourceItem> departmentIndex() {
    return departmentIndex;
  }

  @Override
  public DynamoDbIndex<ResourceItem> accountIndex() {
    return accountIndex;
  }

  @Override
  public boolean markDeleted(String resourceId, Instant deletedAt, Instant expiresAt) {
    try {
      marks.updateItemWithResponse(UpdateItemEnhancedRequest.builder(DeletionMark.class)
          .item(DeletionMark.of(resourceId, deletedAt, expiresAt))
          .ignoreNulls(false)
          .conditionExpression(ITEM_EXISTS)
          .returnValues(ReturnValue.NONE)
          .build());
      return true;
    } catch (ConditionalCheckFailedException gone) {
      return false;
    }
  }

  @Override
  public String toString() {
    return "InventoryTables[" + tableName + "]";
  }
}
