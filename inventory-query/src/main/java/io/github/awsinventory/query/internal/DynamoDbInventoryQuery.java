package io.github.awsinventory.query.internal;

import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.DeletedResource;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.ScopeResult;
import io.github.awsinventory.model.StoreException;
import io.github.awsinventory.model.table.ResourceCodec;
import io.github.awsinventory.model.table.RunRecords;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** {@link InventoryQuery} on the table: key-condition queries only. */
public final class DynamoDbInventoryQuery implements InventoryQuery {

  private final DynamoDbClient client;
  private final String table;
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
    this.table = table;
    this.clock = clock;
  }

  @Override
  public Stream<Resource> resources(ResourceQuery query) {
    return pages(request(query).build()).flatMap(r -> r.items().stream()).map(this::resource);
  }

  @Override
  public Page<Resource> page(ResourceQuery query, PageRequest page) {
    QueryRequest.Builder request = request(query).limit(page.size());
    page.token().ifPresent(token -> request.exclusiveStartKey(PageTokens.decode(query.toString(),
        keyAttributes(query.index()), token)));
    QueryResponse response = send(request.build());
    List<Resource> items = response.items().stream().map(this::resource).collect(Collectors.toList());
    String next = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
        ? PageTokens.encode(query.toString(), response.lastEvaluatedKey()) : null;
    return new Page<>(items, next);
  }

  @Override
  public Stream<Resource> resourcesOfTypes(Collection<ResourceType> types, int parallelism) {
    return ParallelReader.read(types, parallelism, type -> resources(ResourceQuery.byType(type)));
  }

  @Override
  public Optional<ResourceHistory> history(String resourceId) {
    QueryRequest request = QueryRequest.builder().tableName(table)
        .keyConditionExpression("#pk = :pk")
        .expressionAttributeNames(Map.of("#pk", TableLayout.PK))
        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(TableLayout.resourcePk(resourceId))))
        .scanIndexForward(false)
        .build();
    Map<String, AttributeValue> current = null;
    List<Map<String, AttributeValue>> versions = new ArrayList<>();
    for (Map<String, AttributeValue> item : (Iterable<Map<String, AttributeValue>>) pages(request)
        .flatMap(r -> r.items().stream())::iterator) {
      if (TableLayout.LATEST_SK.equals(item.get(TableLayout.SK).s())) {
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
      Instant recordedAt = Instant.parse(versions.get(i).get(TableLayout.TIMESTAMP).s());
      withChanges.add(ResourceVersion.of(recordedAt, version,
          i + 1 < resources.size() ? Changes.between(resources.get(i + 1), version) : List.of()));
    }
    Resource currentResource = current != null ? resource(current) : resources.get(0);
    Optional<Instant> deletedAt = current != null ? ResourceCodec.deletedAt(current) : Optional.empty();
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
    return months.stream().flatMap(month -> pages(QueryRequest.builder().tableName(table)
            .keyConditionExpression("#pk = :pk AND #sk >= :from")
            .expressionAttributeNames(Map.of("#pk", TableLayout.PK, "#sk", TableLayout.SK))
            .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(TableLayout.deletedPk(month)),
                ":from", AttributeValue.fromS(from)))
            .build()))
        .flatMap(r -> r.items().stream())
        .map(item -> read(item, "deletion record", RunRecords::deletionFromItem));
  }

  @Override
  public Stream<CollectionReport> runs() {
    return pages(QueryRequest.builder().tableName(table)
            .keyConditionExpression("#pk = :pk")
            .expressionAttributeNames(Map.of("#pk", TableLayout.PK))
            .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(TableLayout.RUNS_PK)))
            .scanIndexForward(false)
            .build())
        .flatMap(r -> r.items().stream())
        .map(item -> read(item, "run record", RunRecords::reportFromItem));
  }

  @Override
  public List<ScopeResult> scopeResults(String runId) {
    return pages(QueryRequest.builder().tableName(table)
            .keyConditionExpression("#pk = :pk AND begins_with(#sk, :scope)")
            .expressionAttributeNames(Map.of("#pk", TableLayout.PK, "#sk", TableLayout.SK))
            .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(TableLayout.runPk(runId)),
                ":scope", AttributeValue.fromS(TableLayout.SCOPE_PREFIX)))
            .build())
        .flatMap(r -> r.items().stream())
        .map(item -> read(item, "scope record", RunRecords::scopeFromItem))
        .collect(Collectors.toList());
  }

  @Override
  public QueryStats stats() {
    return new QueryStats(requests.sum(), itemsRead.sum(), itemsReturned.sum());
  }

  /** The attributes of a last evaluated key of an index query: the index's keys and the table's. */
  private static Set<String> keyAttributes(ResourceQuery.Index index) {
    String[] keys = indexKeys(index);
    return Set.of(TableLayout.PK, TableLayout.SK, keys[1], keys[2]);
  }

  /** The index name, its hash key and its range key. */
  private static String[] indexKeys(ResourceQuery.Index index) {
    switch (index) {
      case TYPE:
        return new String[] {TableLayout.RESOURCE_TYPE_INDEX, TableLayout.RESOURCE_TYPE, TableLayout.TYPE_SK};
      case DEPARTMENT:
        return new String[] {TableLayout.DEPARTMENT_INDEX, TableLayout.DEPARTMENT, TableLayout.DEPARTMENT_SK};
      default:
        return new String[] {TableLayout.ACCOUNT_INDEX, TableLayout.ACCOUNT_ID, TableLayout.ACCOUNT_SK};
    }
  }

  private Resource resource(Map<String, AttributeValue> item) {
    return read(item, "resource", ResourceCodec::fromItem);
  }

  /**
   * Decodes an item the table returned.
   *
   * @throws StoreException when it is not the kind of item the inventory writes there
   */
  private <T> T read(Map<String, AttributeValue> item, String kind, Function<Map<String, AttributeValue>, T> decode) {
    try {
      return decode.apply(item);
    } catch (RuntimeException e) {
      throw new StoreException("table " + table + " holds an item that is not an inventory " + kind + " (pk "
          + Optional.ofNullable(item.get(TableLayout.PK)).map(AttributeValue::s).orElse("missing") + ", sk "
          + Optional.ofNullable(item.get(TableLayout.SK)).map(AttributeValue::s).orElse("missing") + "): "
          + Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName()) + "; check that the table is "
          + "an inventory table and that nothing else writes to it", e);
    }
  }

  private QueryRequest.Builder request(ResourceQuery query) {
    String[] keys = indexKeys(query.index());
    String index = keys[0];
    String hash = keys[1];
    String range = keys[2];
    Map<String, String> names = new HashMap<>();
    Map<String, AttributeValue> values = new HashMap<>();
    names.put("#h", hash);
    values.put(":h", AttributeValue.fromS(query.hashValue()));
    String condition = "#h = :h";
    String prefix = query.sortKeyPrefix();
    if (!prefix.isEmpty()) {
      names.put("#s", range);
      values.put(":p", AttributeValue.fromS(prefix));
      condition += " AND begins_with(#s, :p)";
    }
    return QueryRequest.builder().tableName(table).indexName(index).keyConditionExpression(condition)
        .expressionAttributeNames(names).expressionAttributeValues(values);
  }

  private Stream<QueryResponse> pages(QueryRequest request) {
    return client.queryPaginator(request).stream().peek(this::count);
  }

  private QueryResponse send(QueryRequest request) {
    QueryResponse response = client.query(request);
    count(response);
    return response;
  }

  private void count(QueryResponse response) {
    requests.increment();
    itemsRead.add(response.scannedCount() == null ? response.count() : response.scannedCount());
    itemsReturned.add(response.count());
  }
}
