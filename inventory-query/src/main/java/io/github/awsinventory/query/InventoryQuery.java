package io.github.awsinventory.query;

import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.DeletedResource;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.ScopeResult;
import io.github.awsinventory.query.internal.DynamoDbInventoryQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Reads the inventory table. Every method is a key-condition query on the table or one of its sparse
 * indexes — never a scan — so a query returns each live resource once, whatever the depth of its history,
 * and never a deleted one.
 *
 * <pre>{@code
 * InventoryQuery query = InventoryQuery.create(dynamoDb, "aws-inventory");
 * try (Stream<Resource> volumes = query.resources(ResourceQuery.byAccount("111111111111")
 *     .type(ResourceType.EBS_VOLUME))) {
 *   volumes.filter(v -> v.booleanAttribute("attached").equals(Optional.of(false))).forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>Streams are lazy: pages are read as the stream is consumed. Thread-safe.
 *
 * <p>An item the table returns that is not an inventory item (another application's, or one edited by hand)
 * fails the read with a {@link io.github.awsinventory.model.StoreException} naming its key; errors DynamoDB
 * raises (a missing table, denied access) are the SDK's own.
 */
public interface InventoryQuery {

  /**
   * A query over a table, with the system clock.
   *
   * @param client a DynamoDB client (not closed by the query)
   * @param tableName the table
   * @return the query
   */
  static InventoryQuery create(DynamoDbClient client, String tableName) {
    return new DynamoDbInventoryQuery(client, tableName, Clock.systemUTC());
  }

  /**
   * A query over a table, with a clock (for {@link #deletedSince} to know the current month).
   *
   * @param client a DynamoDB client (not closed by the query)
   * @param tableName the table
   * @param clock the clock
   * @return the query
   */
  static InventoryQuery create(DynamoDbClient client, String tableName, Clock clock) {
    return new DynamoDbInventoryQuery(client, tableName, clock);
  }

  /**
   * Every live resource a query selects, read lazily page by page.
   *
   * @param query the selection
   * @return the resources, in index order
   */
  Stream<Resource> resources(ResourceQuery query);

  /**
   * One page of the resources a query selects.
   *
   * @param query the selection
   * @param page the page size and the token of the previous page
   * @return the page and the next token
   * @throws QueryException when the token is not one this query produced
   * @throws io.github.awsinventory.model.StoreException when the table holds an item that is not an inventory
   *     resource
   */
  Page<Resource> page(ResourceQuery query, PageRequest page);

  /**
   * Every live resource of several types, read from the type index in parallel and merged as they come
   * (in no particular order); the stream holds at most a few pages in memory.
   *
   * @param types the types
   * @param parallelism how many types to read at once, at least 1
   * @return the resources; close the stream to stop reading early
   * @throws QueryException when {@code parallelism} is below 1
   */
  Stream<Resource> resourcesOfTypes(Collection<ResourceType> types, int parallelism);

  /**
   * A resource's current state and its history, newest first, with what changed between versions.
   *
   * @param resourceId the resource's ARN
   * @return the history, empty when the table has never seen the resource
   */
  Optional<ResourceHistory> history(String resourceId);

  /**
   * Resources found deleted since a time, oldest first.
   *
   * @param since the earliest deletion time to include
   * @return deletion records
   */
  Stream<DeletedResource> deletedSince(Instant since);

  /**
   * Collection runs, newest first.
   *
   * @return run reports
   */
  Stream<CollectionReport> runs();

  /**
   * The newest collection run that was not a dry run.
   *
   * @return its report
   */
  default Optional<CollectionReport> latestRun() {
    try (Stream<CollectionReport> runs = runs()) {
      return runs.filter(r -> !r.dryRun()).findFirst();
    }
  }

  /**
   * Every scope's result in a run.
   *
   * @param runId the run
   * @return scope results, ordered by account, region and type
   */
  List<ScopeResult> scopeResults(String runId);

  /**
   * What the queries so far have read and returned.
   *
   * @return the statistics
   */
  QueryStats stats();
}
