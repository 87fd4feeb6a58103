package io.github.awsinventory.query.internal;

import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.DeletedResource;
import io.github.awsinventory.model.InvalidResourceException;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.ScopeResult;
import io.github.awsinventory.model.StoreException;
import io.github.awsinventory.model.table.DeletionItem;
import io.github.awsinventory.model.table.InventoryTables;
import io.github.awsinventory.model.table.ResourceItem;
import io.github.awsinventory.model.table.RunItem;
import io.github.awsinventory.model.table.ScopeCoverage;
import io.github.awsinventory.model.table.ScopeItem;
import io.github.awsinventory.model.table.TableLayout;
import io.github.awsinventory.query.InventoryQuery;
import io.github.awsinventory.query.Page;
import io.github.awsinventory.query.PageRequest;
import io.github.awsinventory.query.QueryStats;
import io.github.awsinventory.query.ResourceHistory;
import io.github.awsinventory.query.ResourceQuery;
import io.github.awsinventory.query.ResourceVersion;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import software.amazon.awssdk.core.pagination.sync.SdkIterable;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** {@link InventoryQuery} on the table through {@link InventoryTables}: key-condition queries only. */
public final class DynamoDbInventoryQuery implements InventoryQuery {

  private final DynamoDbClient client;
  private final InventoryTables tables;
  private final Clock clock;
  private final LongAdder requests = new LongAdder();
  private final LongAdder itemsRead = new LongAdder();
  private final LongAdder itemsReturned = new LongAdder();

  /**
   * Creates the query.
   *
   * @param client the DynamoDB client
   * @param table the table
   * @param clock the clock
   */
  public DynamoDbInventoryQuery(DynamoDbClient client, String table, Clock clock) {
    this.client = client;
    this.tables = InventoryTables.of(client, table);
    this.clock = clock;
  }

  @Override
  public Stream<Resource> resources(ResourceQuery query) {
    ScopeCoverage coverage = coverage(query);
    return items(index(query.index()).query(request(query).build())).map(item -> resource(item, coverage));
  }

  @Override
  public Page<Resource> page(ResourceQuery query, PageRequest page) {
    DynamoDbIndex<ResourceItem> index = index(query.index());
    QueryEnhancedRequest.Builder request = request(query).limit(page.size());
    page.token().ifPresent(token -> request.exclusiveStartKey(PageTokens.decode(query.toString(),
        keyAttributes(index), token)));
    software.amazon.awssdk.enhanced.dynamodb.model.Page<ResourceItem> first =
        index.query(request.build()).iterator().next();
    count(first);
    ScopeCoverage coverage = first.items().isEmpty() ? ScopeCoverage.empty() : coverage(query);
    List<Resource> items = first.items().stream().map(item -> resource(item, coverage)).collect(Collectors.toList());
    Map<String, AttributeValue> lastKey = first.lastEvaluatedKey();
    String next = lastKey != null && !lastKey.isEmpty() ? PageTokens.encode(query.toString(), lastKey) : null;
    return new Page<>(items, next);
  }

  @Override
  public Stream<Resource> resourcesOfTypes(Collection<ResourceType> types, int parallelism) {
    ScopeCoverage coverage = coverage(Optional.empty());
    return ParallelReader.read(types, parallelism, type -> items(index(ResourceQuery.Index.TYPE)
        .query(request(ResourceQuery.byType(type)).build())).map(item -> resource(item, coverage)));
  }

  @Override
  public Optional<ResourceHistory> history(String resourceId) {
    ResourceItem current = null;
    List<ResourceItem> versions = new ArrayList<>();
    for (ResourceItem item : (Iterable<ResourceItem>) items(tables.current().query(r -> r
        .queryConditional(QueryConditional.keyEqualTo(Key.builder()
            .partitionValue(TableLayout.resourcePk(resourceId)).build()))
        .scanIndexForward(false)))::iterator) {
      if (TableLayout.LATEST_SK.equals(item.sk())) {
        current = item;
      } else {
        versions.add(item);
      }
    }
    if (current == null && versions.isEmpty()) {
      return Optional.empty();
    }
    List<Resource> resources = versions.stream().map(this::resource).collect(Collectors.toList());
    List<ResourceVersion> withChanges = new ArrayList<>(resources.size());
    for (int i = 0; i < resources.size(); i++) {
      Resource version = resources.get(i);
      withChanges.add(ResourceVersion.of(versions.get(i).timestamp(), version,
          i + 1 < resources.size() ? Changes.between(resources.get(i + 1), version) : List.of()));
    }
    Resource currentResource = current != null
        ? resource(current, current.isLive() ? coverage(Optional.of(current.accountId())) : ScopeCoverage.empty())
        : resources.get(0);
    Optional<Instant> deletedAt = current != null ? current.deletedAt() : Optional.empty();
    return Optional.of(ResourceHistory.of(currentResource, deletedAt, withChanges));
  }

  @Override
  public Stream<DeletedResource> deletedSince(Instant since) {
    YearMonth first = YearMonth.from(since.atZone(ZoneOffset.UTC));
    YearMonth last = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      months.add(month);
    }
    String from = TableLayout.timestamp(since);
    return months.stream()
        .flatMap(month -> items(tables.deletions().query(QueryConditional.sortGreaterThanOrEqualTo(Key.builder()
            .partitionValue(TableLayout.deletedPk(month)).sortValue(from).build()))))
        .map(DeletionItem::deleted);
  }

  @Override
  public Stream<CollectionReport> runs() {
    return items(tables.runs().query(r -> r
            .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(TableLayout.RUNS_PK).build()))
            .scanIndexForward(false)))
        .map(RunItem::report);
  }

  @Override
  public List<ScopeResult> scopeResults(String runId) {
    return items(tables.scopes().query(QueryConditional.sortBeginsWith(Key.builder()
            .partitionValue(TableLayout.runPk(runId)).sortValue(TableLayout.SCOPE_PREFIX).build())))
        .map(ScopeItem::result)
        .collect(Collectors.toList());
  }

  @Override
  public QueryStats stats() {
    return new QueryStats(requests.sum(), itemsRead.sum(), itemsReturned.sum());
  }

  /** The attributes of a last evaluated key of an index query: the index's keys and the table's. */
  private static Set<String> keyAttributes(DynamoDbIndex<ResourceItem> index) {
    TableMetadata metadata = index.tableSchema().tableMetadata();
    return Set.of(TableLayout.PK, TableLayout.SK, metadata.indexPartitionKey(index.indexName()),
        metadata.indexSortKey(index.indexName()).orElseThrow());
  }

  private DynamoDbIndex<ResourceItem> index(ResourceQuery.Index index) {
    switch (index) {
      case TYPE:
        return tables.resourceTypeIndex();
      case DEPARTMENT:
        return tables.departmentIndex();
      default:
        return tables.accountIndex();
    }
  }

  /** The coverage that the query's resources need: of its account, or of every account. */
  private ScopeCoverage coverage(ResourceQuery query) {
    return coverage(query.index() == ResourceQuery.Index.ACCOUNT ? Optional.of(query.hashValue()) : Optional.empty());
  }

  private ScopeCoverage coverage(Optional<String> accountId) {
    QueryRequest request = accountId.map(a -> ScopeCoverage.request(tables.tableName(), a))
        .orElseGet(() -> ScopeCoverage.request(tables.tableName()));
    // counted as requests; its items are not resources, so they are not in the items read and returned
    return ScopeCoverage.of(() -> client.queryPaginator(request).stream().peek(page -> requests.increment())
        .flatMap(page -> page.items().stream()).iterator());
  }

  /** The resource of a live item, last seen when its scope last completed if that is later than its item says. */
  private Resource resource(ResourceItem item, ScopeCoverage coverage) {
    Resource resource = resource(item);
    Instant lastSeen = coverage.lastSeen(resource);
    return lastSeen.equals(resource.lastSeen()) ? resource
        : Resource.builder().from(resource).lastSeen(lastSeen).build();
  }

  /**
   * The resource of an item the table returned.
   *
   * @throws StoreException when the item breaks the rules of a resource, so the inventory did not write it
   */
  private Resource resource(ResourceItem item) {
    try {
      return item.toResource();
    } catch (InvalidResourceException e) {
      throw new StoreException("table " + tables.tableName() + " holds an item that is not an inventory resource (pk "
          + item.pk() + ", sk " + item.sk() + "): " + e.getMessage() + "; check that the table is an inventory table "
          + "and that nothing else writes to it", e);
    }
  }

  private static QueryEnhancedRequest.Builder request(ResourceQuery query) {
    String prefix = query.sortKeyPrefix();
    Key key = prefix.isEmpty() ? Key.builder().partitionValue(query.hashValue()).build()
        : Key.builder().partitionValue(query.hashValue()).sortValue(prefix).build();
    return QueryEnhancedRequest.builder()
        .queryConditional(prefix.isEmpty() ? QueryConditional.keyEqualTo(key) : QueryConditional.sortBeginsWith(key));
  }

  /** The items of every page, read lazily, each page counted in the stats. */
  private <T> Stream<T> items(SdkIterable<software.amazon.awssdk.enhanced.dynamodb.model.Page<T>> pages) {
    return pages.stream().peek(this::count).flatMap(page -> page.items().stream());
  }

  private void count(software.amazon.awssdk.enhanced.dynamodb.model.Page<?> page) {
    int returned = page.count() == null ? page.items().size() : page.count();
    requests.increment();
    itemsRead.add(page.scannedCount() == null ? returned : page.scannedCount());
    itemsReturned.add(returned);
  }
}
