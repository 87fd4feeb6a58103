package io.github.awsinventory.collector.internal;

import io.github.awsinventory.collector.InventoryStore;
import io.github.awsinventory.collector.ScopeKey;
import io.github.awsinventory.collector.StoredResource;
import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.DeletedResource;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.ScopeResult;
import io.github.awsinventory.model.StoreException;
import io.github.awsinventory.model.table.ResourceCodec;
import io.github.awsinventory.model.table.RunRecords;
import io.github.awsinventory.model.table.TableLayout;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** The inventory table as a store: reads through the sparse account index, writes in batches. */
public final class DynamoDbInventoryStore implements InventoryStore {

  private static final List<String> PROJECTED = List.of(TableLayout.RESOURCE_ID, TableLayout.RESOURCE_TYPE,
      TableLayout.ACCOUNT_ID, TableLayout.ACCOUNT_NAME, TableLayout.REGION, TableLayout.NAME, TableLayout.DEPARTMENT,
      TableLayout.CONTENT_HASH, TableLayout.FIRST_SEEN, TableLayout.LAST_SEEN, TableLayout.ESTIMATED_MONTHLY_COST,
      TableLayout.ACCOUNT_SK);

  private final DynamoDbClient client;
  private final String table;
  private final Duration retention;
  private final BatchWriter writer;
  private final AtomicLong singleWrites = new AtomicLong();

  /**
   * Creates the store.
   *
   * @param client the DynamoDB client (not closed by the store)
   * @param table the table name
   * @param retention how long history, deletion and run records are kept
   * @param writerThreads concurrent BatchWriteItem senders
   * @param maxWriteAttempts BatchWriteItem attempts for unprocessed items before the write fails
   * @param initialBackoff first backoff between attempts
   * @param maxBackoff longest backoff
   */
  public DynamoDbInventoryStore(DynamoDbClient client, String table, Duration retention, int writerThreads,
      int maxWriteAttempts, Duration initialBackoff, Duration maxBackoff) {
    this.client = client;
    this.table = table;
    this.retention = retention;
    this.writer = new BatchWriter(client, table, writerThreads, 4 * BatchWriter.BATCH_SIZE * writerThreads,
        maxWriteAttempts, initialBackoff, maxBackoff);
  }

  @Override
  public Map<String, StoredResource> liveResources(ScopeKey scope) {
    String prefix = TableLayout.typePrefix(scope.resourceType())
        + (scope.isGlobal() ? "" : scope.region() + TableLayout.SEPARATOR);
    Map<String, String> names = new HashMap<>();
    StringBuilder projection = new StringBuilder();
    for (int i = 0; i < PROJECTED.size(); i++) {
      names.put("#p" + i, PROJECTED.get(i));
      projection.append(i == 0 ? "" : ", ").append("#p").append(i);
    }
    names.put("#a", TableLayout.ACCOUNT_ID);
    names.put("#s", TableLayout.ACCOUNT_SK);
    QueryRequest request = QueryRequest.builder().tableName(table).indexName(TableLayout.ACCOUNT_INDEX)
        .keyConditionExpression("#a = :a AND begins_with(#s, :p)")
        .expressionAttributeNames(names)
        .expressionAttributeValues(Map.of(":a", AttributeValue.fromS(scope.accountId()), ":p", AttributeValue.fromS(prefix)))
        .projectionExpression(projection.toString())
        .build();
    Map<String, StoredResource> live = new HashMap<>();
    for (Map<String, AttributeValue> item : client.queryPaginator(request).items()) {
      StoredResource stored = stored(table, item);
      live.put(stored.resourceId(), stored);
    }
    return live;
  }

  @Override
  public CompletableFuture<Void> write(Resource resource, boolean newVersion) {
    Map<String, AttributeValue> currentItem = ResourceCodec.currentItem(resource);
    CompletableFuture<Void> current = writer.submit(currentItem);
    if (!newVersion) {
      return current;
    }
    CompletableFuture<Void> history = writer.submit(ResourceCodec.historyItem(currentItem, resource.lastSeen(),
        resource.lastSeen().plus(retention)));
    return CompletableFuture.allOf(current, history);
  }

  @Override
  public CompletableFuture<Void> markDeleted(StoredResource resource, Instant deletedAt, String runId) {
    Instant expiresAt = deletedAt.plus(retention);
    try {
      client.updateItem(r -> r.tableName(table)
          .key(Map.of(TableLayout.PK, AttributeValue.fromS(TableLayout.resourcePk(resource.resourceId())),
              TableLayout.SK, AttributeValue.fromS(TableLayout.LATEST_SK)))
          .updateExpression("REMOVE #t, #d, #a SET #del = :del, #ttl = :ttl, #ts = :del")
          .conditionExpression("attribute_exists(#pk)")
          .expressionAttributeNames(Map.of("#t", TableLayout.TYPE_SK, "#d", TableLayout.DEPARTMENT_SK,
              "#a", TableLayout.ACCOUNT_SK, "#del", TableLayout.DELETED_AT, "#ttl", TableLayout.TTL,
              "#ts", TableLayout.TIMESTAMP, "#pk", TableLayout.PK))
          .expressionAttributeValues(Map.of(":del", AttributeValue.fromS(TableLayout.timestamp(deletedAt)),
              ":ttl", AttributeValue.fromN(Long.toString(expiresAt.getEpochSecond())))));
      singleWrites.incrementAndGet();
    } catch (ConditionalCheckFailedException gone) {
      // the item vanished meanwhile: nothing left to mark
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    DeletedResource record = DeletedResource.builder()
        .resourceId(resource.resourceId())
        .resourceType(resource.resourceType())
        .accountId(resource.accountId())
        .accountName(resource.accountName())
        .region(resource.region())
        .department(resource.department())
        .name(resource.name())
        .lastMonthlyCost(resource.estimatedMonthlyCost())
        .lastSeen(resource.lastSeen())
        .deletedAt(deletedAt)
        .runId(runId)
        .build();
    return writer.submit(RunRecords.deletionItem(record, expiresAt));
  }

  @Override
  public CompletableFuture<Void> writeScopeResult(String runId, ScopeResult result) {
    return writer.submit(RunRecords.scopeItem(runId, result, Instant.now().plus(retention)));
  }

  @Override
  public void flush() {
    writer.flush();
  }

  @Override
  public void writeRun(CollectionReport report) {
    Instant expiresAt = report.finishedAt().plus(retention);
    client.putItem(r -> r.tableName(table).item(RunRecords.summaryItem(report, expiresAt)));
    client.putItem(r -> r.tableName(table).item(RunRecords.indexItem(report, expiresAt)));
    singleWrites.addAndGet(2);
  }

  @Override
  public long itemsWritten() {
    return writer.itemsWritten() + singleWrites.get();
  }

  @Override
  public long writeCalls() {
    return writer.calls();
  }

  @Override
  public void close() {
    writer.close();
  }

  /**
   * Reads the projected state of a live resource.
   *
   * @throws StoreException when the item lacks a key attribute or holds a value the inventory never writes
   */
  private static StoredResource stored(String table, Map<String, AttributeValue> item) {
    try {
      return storedResource(item);
    } catch (RuntimeException e) {
      throw new StoreException("table " + table + " holds an item in its account index that is not an inventory "
          + "resource (" + TableLayout.RESOURCE_ID + " " + Optional.ofNullable(item.get(TableLayout.RESOURCE_ID))
          .map(AttributeValue::s).orElse("missing") + "): " + Optional.ofNullable(e.getMessage())
          .orElse(e.getClass().getSimpleName()) + "; check that the table is an inventory table and that nothing else writes to it", e);
    }
  }

  private static StoredResource storedResource(Map<String, AttributeValue> item) {
    Instant lastSeen = Instant.parse(item.get(TableLayout.LAST_SEEN).s());
    return StoredResource.builder()
        .resourceId(item.get(TableLayout.RESOURCE_ID).s())
        .resourceType(ResourceType.of(item.get(TableLayout.RESOURCE_TYPE).s()))
        .accountId(item.get(TableLayout.ACCOUNT_ID).s())
        .accountName(Optional.ofNullable(item.get(TableLayout.ACCOUNT_NAME)).map(AttributeValue::s)
            .orElse(item.get(TableLayout.ACCOUNT_ID).s()))
        .region(item.get(TableLayout.REGION).s())
        .name(Optional.ofNullable(item.get(TableLayout.NAME)).map(AttributeValue::s).orElse(""))
        .department(item.get(TableLayout.DEPARTMENT).s())
        .contentHash(Optional.ofNullable(item.get(TableLayout.CONTENT_HASH)).map(AttributeValue::s).orElse(""))
        .firstSeen(Optional.ofNullable(item.get(TableLayout.FIRST_SEEN)).map(v -> Instant.parse(v.s())).orElse(lastSeen))
        .lastSeen(lastSeen)
        .estimatedMonthlyCost(Optional.ofNullable(item.get(TableLayout.ESTIMATED_MONTHLY_COST))
            .map(v -> new BigDecimal(v.n())))
        .build();
  }
}
