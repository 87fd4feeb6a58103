package io.github.awsinventory.collector.internal;

import io.github.awsinventory.collector.InventoryStore;
import io.github.awsinventory.collector.ScopeKey;
import io.github.awsinventory.collector.StoredResource;
import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.DeletedResource;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ScopeResult;
import io.github.awsinventory.model.table.InventoryTables;
import io.github.awsinventory.model.table.ResourceCodec;
import io.github.awsinventory.model.table.ResourceItem;
import io.github.awsinventory.model.table.RunItem;
import io.github.awsinventory.model.table.RunRecords;
import io.github.awsinventory.model.table.ScopeCoverage;
import io.github.awsinventory.model.table.TableLayout;
import io.github.awsinventory.model.types.BroadTier;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.NestedAttributeName;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The inventory table as a store: reads through the sparse account index and writes single items through
 * {@link InventoryTables}; writes the items of a collection in batches.
 */
public final class DynamoDbInventoryStore implements InventoryStore {

  /** What change detection reads of each live item: its keys and identity, and what a stored resource holds. */
  private static final List<String> PROJECTED = List.of(TableLayout.PK, TableLayout.SK, TableLayout.ITEM_TYPE,
      TableLayout.TIMESTAMP, TableLayout.RESOURCE_ID, TableLayout.RESOURCE_TYPE, TableLayout.ACCOUNT_ID,
      TableLayout.ACCOUNT_NAME, TableLayout.REGION, TableLayout.NAME, TableLayout.DEPARTMENT, TableLayout.CONTENT_HASH,
      TableLayout.FIRST_SEEN, TableLayout.LAST_SEEN, TableLayout.ESTIMATED_MONTHLY_COST, TableLayout.ACCOUNT_SK);

  private static final NestedAttributeName SOURCE = NestedAttributeName.create(TableLayout.ATTRIBUTES,
      BroadTier.SOURCE.name());

  private final DynamoDbClient client;
  private final String table;
  private final InventoryTables tables;
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
    this.tables = InventoryTables.of(client, table);
    this.retention = retention;
    this.writer = new BatchWriter(client, table, writerThreads, 4 * BatchWriter.BATCH_SIZE * writerThreads,
        maxWriteAttempts, initialBackoff, maxBackoff);
  }

  @Override
  public Map<String, StoredResource> liveResources(ScopeKey scope) {
    QueryEnhancedRequest request = BroadTier.sourceOf(scope.resourceType())
        .map(source -> broadScope(scope, source))
        .orElseGet(() -> deepScope(scope));
    Map<String, StoredResource> live = new HashMap<>();
    tables.accountIndex().query(request).forEach(page -> page.items().forEach(item -> {
      StoredResource stored = stored(item);
      live.put(stored.resourceId(), stored);
    }));
    return live;
  }

  /**
   * Every live item of the account: one query on the account index (paginated), whatever the types and regions.
   */
  @Override
  public Optional<Map<String, StoredResource>> accountResources(String accountId) {
    QueryEnhancedRequest request = QueryEnhancedRequest.builder()
        .queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue(accountId)))
        .attributesToProject(PROJECTED)
        .addNestedAttributeToProject(SOURCE)
        .build();
    Map<String, StoredResource> live = new HashMap<>();
    tables.accountIndex().query(request).forEach(page -> page.items().forEach(item -> {
      StoredResource stored = stored(item);
      live.put(stored.resourceId(), stored);
    }));
    return Optional.of(live);
  }

  @Override
  public boolean recordsCoverage() {
    return true;
  }

  @Override
  public ScopeCoverage coverage(String accountId) {
    return ScopeCoverage.of(() -> client.queryPaginator(ScopeCoverage.request(table, accountId)).items().iterator());
  }

  @Override
  public CompletableFuture<Void> writeCoverage(String accountId, ScopeCoverage coverage, Collection<String> regions) {
    return CompletableFuture.allOf(coverage.items(accountId, regions, Instant.now()).stream().map(writer::submit)
        .toArray(CompletableFuture<?>[]::new));
  }

  /** A deep scope's live items: one type's keys in the account index, of one region unless the type is global. */
  private static QueryEnhancedRequest deepScope(ScopeKey scope) {
    String prefix = TableLayout.typePrefix(scope.resourceType())
        + (scope.isGlobal() ? "" : scope.region() + TableLayout.SEPARATOR);
    return QueryEnhancedRequest.builder()
        .queryConditional(QueryConditional.sortBeginsWith(k -> k.partitionValue(scope.accountId()).sortValue(prefix)))
        .attributesToProject(PROJECTED)
        .build();
  }

  /**
   * A broad scope's live items: those of the account that its source found, in its region, whatever their type
   * (the account index sorts by type first, so the region and source are a filter on the account's items).
   */
  private static QueryEnhancedRequest broadScope(ScopeKey scope, String source) {
    Expression filter = Expression.builder()
        .expression("#attributes.#source = :source AND #region = :region")
        .expressionNames(Map.of("#attributes", TableLayout.ATTRIBUTES, "#source", BroadTier.SOURCE.name(),
            "#region", TableLayout.REGION))
        .expressionValues(Map.of(":source", AttributeValue.fromS(source),
            ":region", AttributeValue.fromS(scope.region())))
        .build();
    return QueryEnhancedRequest.builder()
        .queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue(scope.accountId())))
        .filterExpression(filter)
        .attributesToProject(PROJECTED)
        .build();
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
      // false: the item vanished meanwhile, so there is nothing to mark; the deletion is still recorded
      if (tables.markDeleted(resource.resourceId(), deletedAt, expiresAt)) {
        singleWrites.incrementAndGet();
      }
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
    tables.runs().putItem(RunItem.summary(report, expiresAt));
    tables.runs().putItem(RunItem.listEntry(report, expiresAt));
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

  /** The projected state of a live resource; a previous release's item without first seen reads as last seen. */
  private static StoredResource stored(ResourceItem item) {
    Instant lastSeen = item.lastSeen().orElse(item.timestamp());
    return StoredResource.builder()
        .resourceId(item.resourceId())
        .resourceType(item.resourceType())
        .accountId(item.accountId())
        .accountName(item.accountName().orElse(item.accountId()))
        .region(item.region())
        .name(item.name().orElse(""))
        .department(item.department())
        .contentHash(item.contentHash().orElse(""))
        .firstSeen(item.firstSeen().orElse(lastSeen))
        .lastSeen(lastSeen)
        .estimatedMonthlyCost(item.estimatedMonthlyCost())
        .source(Optional.ofNullable(item.attributes().get(BroadTier.SOURCE.name())).map(Object::toString))
        .build();
  }
}
