package io.github.awsinventory.query.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.collector.InventoryCollector;
import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.DeletedResource;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.model.table.InventoryTable;
import io.github.awsinventory.query.InventoryQuery;
import io.github.awsinventory.query.ResourceHistory;
import io.github.awsinventory.query.ResourceQuery;
import io.github.awsinventory.query.report.InventoryReports;
import io.github.awsinventory.query.report.SummaryReport;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.dynamodb.DynamoDbJson;
import io.github.awsinventory.testkit.estate.EstateManifest;
import io.github.awsinventory.testkit.estate.StandardEstate;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * A table written by the previous release ({@code previous-release/table-0.1.0.jsonl}, see its README) is read
 * and updated by the current code: every live resource through the indexes with the same content hash, the
 * history, the deletions and the runs; then a collection of the same estate updates it in place.
 */
@AwsEmulatorTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreviousReleaseTableIT {

  private static final String TABLE = "previous-release";
  private static final String FIXTURE = "/previous-release/table-0.1.0.jsonl";
  private static final String CHANGED_BUCKET = "arn:aws:s3:::eng-logs-111111111111";
  private static final String DELETED_FUNCTION = "arn:aws:lambda:eu-west-1:111111111111:function:eng-eu-worker";
  private static final String DELETED_TABLE = "arn:aws:dynamodb:eu-west-1:111111111111:table/eng-eu-events";

  private static final List<Map<String, AttributeValue>> ITEMS = DynamoDbJson.itemLines(FIXTURE);
  /** The estate the fourth test built, collected again by the fifth. */
  private static EstateManifest built;

  @Test
  @Order(1)
  void liveResources_areReadThroughEveryIndex_withTheHashesThePreviousReleaseStored(AwsEmulator aws) {
    InventoryQuery query = load(aws);
    Map<String, Map<String, AttributeValue>> expected = live();

    Map<String, Resource> byType = ResourceType.builtIn().stream()
        .flatMap(type -> query.resources(ResourceQuery.byType(type)))
        .collect(Collectors.toMap(Resource::resourceId, Function.identity()));
    long byAccount = StandardEstate.ACCOUNT_IDS.stream()
        .mapToLong(account -> query.resources(ResourceQuery.byAccount(account)).count()).sum();

    assertThat(expected).hasSize(129);
    assertThat(byType.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    assertThat(byAccount).isEqualTo(expected.size());
    Set<ResourceType> rehashed = new HashSet<>();
    for (Resource resource : byType.values()) {
      Map<String, AttributeValue> item = expected.get(resource.resourceId());
      if (!resource.contentHash().equals(item.get("content_hash").s())) {
        rehashed.add(resource.resourceType());
      }
      assertThat(resource.resourceType().name()).isEqualTo(item.get("resource_type").s());
      assertThat(resource.accountId()).isEqualTo(item.get("account_id").s());
      assertThat(resource.region()).isEqualTo(item.get("region").s());
      assertThat(resource.department()).isEqualTo(item.get("department").s());
      assertThat(resource.firstSeen()).isEqualTo(Instant.parse(item.get("first_seen").s()));
      assertThat(resource.estimatedMonthlyCost().orElse(null)).as("cost of %s", resource.resourceId())
          .isEqualTo(item.containsKey("estimated_monthly_cost")
              ? new BigDecimal(item.get("estimated_monthly_cost").n()) : null);
      assertThat(resource.attributes().keySet()).as("attributes of %s", resource.resourceId())
          .isEqualTo(item.containsKey("attributes") ? item.get("attributes").m().keySet() : Set.of());
    }
    // The previous release hashed creation times before the table cut them to milliseconds, and the emulator
    // reports RDS and IAM creation times in microseconds: their stored hash cannot be recomputed from the item.
    // Change detection is unaffected (it compares a fresh hash with the stored one); every other type must hash
    // exactly as the previous release did.
    assertThat(rehashed).containsOnly(ResourceType.RDS_INSTANCE, ResourceType.RDS_CLUSTER, ResourceType.IAM_USER);
  }

  @Test
  @Order(2)
  void historyDeletionsAndRuns_ofThePreviousRelease_areRead(AwsEmulator aws) {
    InventoryQuery query = load(aws);

    ResourceHistory bucket = query.history(CHANGED_BUCKET).orElseThrow();
    ResourceHistory function = query.history(DELETED_FUNCTION).orElseThrow();
    List<DeletedResource> deletions = query.deletedSince(Instant.parse("2026-01-01T00:00:00Z"))
        .collect(Collectors.toList());
    List<CollectionReport> runs = query.runs().collect(Collectors.toList());

    assertThat(bucket.versions()).hasSize(2);
    assertThat(bucket.current().department()).isEqualTo("platform");
    assertThat(bucket.versions().get(bucket.versions().size() - 1).resource().department()).isEqualTo("engineering");
    assertThat(function.isLive()).isFalse();
    assertThat(deletions).extracting(DeletedResource::resourceId)
        .containsExactlyInAnyOrder(DELETED_FUNCTION, DELETED_TABLE);
    assertThat(runs).hasSize(2);
    assertThat(runs.get(0).startedAt()).isAfter(runs.get(1).startedAt());
    assertThat(runs.get(0).status()).isEqualTo(RunStatus.OK);
    assertThat(runs.get(0).changedResources()).isEqualTo(1);
    assertThat(runs.get(0).deletedResources()).isEqualTo(2);
    assertThat(runs.get(1).newResources()).isEqualTo(131);
    assertThat(query.scopeResults(runs.get(0).runId())).hasSize(72);
  }

  @Test
  @Order(3)
  void summary_ofThePreviousReleasesTable_countsAndPricesItsLiveResources(AwsEmulator aws) {
    InventoryQuery query = load(aws);
    BigDecimal knownCost = live().values().stream().filter(item -> item.containsKey("estimated_monthly_cost"))
        .map(item -> new BigDecimal(item.get("estimated_monthly_cost").n())).reduce(BigDecimal.ZERO, BigDecimal::add);
    long unknownCost = live().values().stream().filter(item -> !item.containsKey("estimated_monthly_cost")).count();

    SummaryReport summary = InventoryReports.builder().query(query).build().summary();

    assertThat(summary.total().resources()).isEqualTo(129);
    assertThat(summary.total().knownMonthlyCost()).isEqualByComparingTo(knownCost);
    assertThat(summary.total().unknownCostResources()).isEqualTo(unknownCost);
    assertThat(summary.latestRun()).map(CollectionReport::runId).contains(runIds().get(0));
  }

  @Test
  @Order(4)
  void collectingTheSameEstate_updatesThePreviousReleasesItemsInPlace(AwsEmulator aws) throws IOException {
    InventoryQuery query = load(aws);
    Map<String, Map<String, AttributeValue>> before = live();
    EstateManifest estate = StandardEstate.build(aws);
    built = estate;
    InventoryConfig config = InventoryConfig.load(estate.writeAccountsConfig(
        Files.createTempDirectory("previous-release").resolve("accounts.json")));
    Instant started = Instant.now();

    CollectionReport run;
    try (InventoryCollector collector = InventoryCollector.builder().config(config).tableName(TABLE)
        .endpointOverride(aws.endpoint()).credentialsProvider(aws.credentialsProvider()).httpClient(aws.httpClient())
        .region(aws.region()).dynamoDbClient(aws.client(DynamoDbClient.builder())).build()) {
      run = collector.run();
    }
    Map<String, Resource> after = estate.types().stream()
        .flatMap(type -> query.resources(ResourceQuery.byType(ResourceType.of(type))))
        .collect(Collectors.toMap(Resource::resourceId, Function.identity()));
    Set<String> kept = after.keySet().stream().filter(before::containsKey).collect(Collectors.toSet());
    Set<String> vanished = before.keySet().stream().filter(id -> !after.containsKey(id)).collect(Collectors.toSet());

    assertThat(run.status()).as(run.failedScopes() + " " + run.detailErrors()).isEqualTo(RunStatus.OK);
    assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(estate.resources().stream()
        .map(r -> r.arn()).collect(Collectors.toList()));
    assertThat(kept).as("resources whose ARNs do not depend on ids the emulator assigns").hasSizeGreaterThan(30)
        .contains(CHANGED_BUCKET);
    for (String id : kept) {
      assertThat(after.get(id).firstSeen()).as("first seen of %s", id)
          .isEqualTo(Instant.parse(before.get(id).get("first_seen").s())).isBefore(started);
      assertThat(after.get(id).lastSeen()).as("last seen of %s", id).isAfterOrEqualTo(started);
    }
    assertThat(after).as("deleted by the previous release, built again").containsKeys(DELETED_FUNCTION, DELETED_TABLE);
    assertThat(run.deletedResources()).isEqualTo(vanished.size());
    assertThat(query.deletedSince(started).map(DeletedResource::resourceId).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(vanished);
    assertThat(run.newResources()).isEqualTo(after.size() - kept.size());
    assertThat(query.history(CHANGED_BUCKET).orElseThrow().versions()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(query.runs().map(CollectionReport::runId).collect(Collectors.toList()))
        .containsExactly(run.runId(), runIds().get(0), runIds().get(1));
  }

  @Test
  @Order(5)
  void collectingItAgain_writesNoResourceItem_andTheCoverageRecordsSayWhenEachResourceWasSeen(AwsEmulator aws)
      throws IOException {
    InventoryQuery query = load(aws);
    EstateManifest estate = built;
    assertThat(estate).as("the estate the fourth test built").isNotNull();
    Map<String, Resource> before = live(query, estate);
    InventoryConfig config = InventoryConfig.load(estate.writeAccountsConfig(
        Files.createTempDirectory("previous-release").resolve("accounts.json")));
    Map<String, Integer> written = new ConcurrentHashMap<>();
    Set<String> writtenIds = ConcurrentHashMap.newKeySet();
    ExecutionInterceptor counter = new ExecutionInterceptor() {
      @Override
      public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (context.request() instanceof BatchWriteItemRequest batch) {
          batch.requestItems().values().forEach(requests -> requests.forEach(r -> {
            Map<String, AttributeValue> item = r.putRequest().item();
            written.merge(item.get("item_type").s(), 1, Integer::sum);
            if (item.containsKey("resource_id")) {
              writtenIds.add(item.get("item_type").s() + " " + item.get("resource_id").s());
            }
          }));
        } else if (context.request() instanceof UpdateItemRequest) {
          written.merge("resource", 1, Integer::sum);
        }
      }
    };
    Instant started = Instant.now();

    CollectionReport run;
    try (InventoryCollector collector = InventoryCollector.builder().config(config).tableName(TABLE)
        .endpointOverride(aws.endpoint()).credentialsProvider(aws.credentialsProvider()).httpClient(aws.httpClient())
        .region(aws.region()).dynamoDbClient(aws.configure(DynamoDbClient.builder())
            .overrideConfiguration(c -> c.addExecutionInterceptor(counter)).build()).build()) {
      run = collector.run();
    }
    Map<String, Resource> after = live(query, estate);

    assertThat(run.status()).as(run.failedScopes() + " " + run.detailErrors()).isEqualTo(RunStatus.OK);
    // The emulator reports a logging trail's latest delivery as the time of the call, so such a trail changes with
    // every run (as a busy trail does in AWS); nothing else may be written.
    Set<String> trails = writtenIds.stream().filter(id -> id.contains(":cloudtrail:")).collect(Collectors.toSet());
    assertThat(writtenIds).as("resource items written by an unchanged run").containsExactlyInAnyOrderElementsOf(trails);
    assertThat(run.newResources() + run.deletedResources()).isZero();
    assertThat(run.changedResources()).isEqualTo(trails.size() / 2);
    assertThat(written.keySet()).as("item kinds written").doesNotContain("deletion").contains("run_scope", "coverage");
    assertThat(after.keySet()).isEqualTo(before.keySet());
    for (Resource resource : after.values()) {
      Resource earlier = before.get(resource.resourceId());
      assertThat(resource.lastSeen()).as("last sighting of %s", resource.resourceId()).isAfterOrEqualTo(
          started.truncatedTo(ChronoUnit.MILLIS)).isBefore(run.finishedAt());
      assertThat(resource.firstSeen()).isEqualTo(earlier.firstSeen());
      if (!resource.resourceId().contains(":cloudtrail:")) {
        assertThat(resource.contentHash()).isEqualTo(earlier.contentHash());
      }
    }
  }

  private static Map<String, Resource> live(InventoryQuery query, EstateManifest estate) {
    return estate.types().stream().flatMap(type -> query.resources(ResourceQuery.byType(ResourceType.of(type))))
        .collect(Collectors.toMap(Resource::resourceId, Function.identity()));
  }

  /** Creates the table with the current layout and writes the previous release's items into it, once per class. */
  private static InventoryQuery load(AwsEmulator aws) {
    DynamoDbClient dynamoDb = aws.client(DynamoDbClient.builder());
    if (!dynamoDb.listTables().tableNames().contains(TABLE)) {
      InventoryTable.create(dynamoDb, TABLE);
      for (int i = 0; i < ITEMS.size(); i += 25) {
        List<WriteRequest> batch = ITEMS.subList(i, Math.min(ITEMS.size(), i + 25)).stream()
            .map(item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build())
            .collect(Collectors.toList());
        assertThat(dynamoDb.batchWriteItem(b -> b.requestItems(Map.of(TABLE, batch))).unprocessedItems()).isEmpty();
      }
    }
    return InventoryQuery.create(dynamoDb, TABLE);
  }

  private static Map<String, Map<String, AttributeValue>> live() {
    Map<String, Map<String, AttributeValue>> live = new LinkedHashMap<>();
    for (Map<String, AttributeValue> item : ITEMS) {
      if (item.get("item_type").s().equals("resource") && !item.containsKey("deleted_at")) {
        live.put(item.get("resource_id").s(), item);
      }
    }
    return live;
  }

  /** The previous release's run ids, newest first. */
  private static List<String> runIds() {
    return ITEMS.stream().filter(item -> item.get("item_type").s().equals("run_index"))
        .sorted((a, b) -> b.get("sk").s().compareTo(a.get("sk").s()))
        .map(item -> item.get("sk").s().substring(item.get("sk").s().indexOf('#') + 1)).collect(Collectors.toList());
  }
}
