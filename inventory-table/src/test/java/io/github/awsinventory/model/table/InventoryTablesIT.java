package io.github.awsinventory.model.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceArbitraries;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.dynamodb.DynamoDbJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.Page;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The typed tables and indexes against a real table: what one kind writes, the documented queries read. */
@AwsEmulatorTest
class InventoryTablesIT {

  private static final String TABLE = "inventory-tables";
  private static final Instant EXPIRY = Instant.parse("2030-01-01T00:00:00Z");

  private static DynamoDbClient dynamoDb;
  private static InventoryTables tables;

  @BeforeAll
  static void createTable(AwsEmulator aws) {
    dynamoDb = aws.client(DynamoDbClient.builder());
    InventoryTable.create(dynamoDb, TABLE);
    tables = InventoryTables.of(dynamoDb, TABLE);
  }

  @Test
  void currentItemWrittenByTheCodec_isReadThroughEveryIndexAsTheSameResource() {
    Resource volume = ResourceArbitraries.sample("vol-indexed");
    put(ResourceCodec.currentItem(volume));

    List<Resource> byType = read(tables.resourceTypeIndex().query(QueryConditional.sortBeginsWith(k -> k
        .partitionValue("ebs_volume").sortValue("111111111111#us-east-1#" + volume.resourceId()))));
    List<Resource> byDepartment = read(tables.departmentIndex().query(QueryConditional.sortBeginsWith(k -> k
        .partitionValue("platform").sortValue("ebs_volume#111111111111#us-east-1#" + volume.resourceId()))));
    List<Resource> byAccount = read(tables.accountIndex().query(QueryConditional.sortBeginsWith(k -> k
        .partitionValue("111111111111").sortValue("ebs_volume#us-east-1#" + volume.resourceId()))));

    assertThat(byType).containsExactly(volume);
    assertThat(byDepartment).containsExactly(volume);
    assertThat(byAccount).containsExactly(volume);
  }

  @Test
  void markDeleted_removesTheIndexKeysAndKeepsTheLastKnownState() {
    Resource volume = ResourceArbitraries.sample("vol-gone");
    put(ResourceCodec.currentItem(volume));
    Instant deletedAt = Instant.parse("2026-11-27T10:00:00.123Z");

    boolean marked = tables.markDeleted(volume.resourceId(), deletedAt, EXPIRY);

    Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(TABLE).key(Map.of(
        TableLayout.PK, AttributeValue.fromS(TableLayout.resourcePk(volume.resourceId())),
        TableLayout.SK, AttributeValue.fromS(TableLayout.LATEST_SK)))).item();
    Map<String, AttributeValue> expected = new HashMap<>(ResourceCodec.currentItem(volume));
    expected.remove(TableLayout.TYPE_SK);
    expected.remove(TableLayout.DEPARTMENT_SK);
    expected.remove(TableLayout.ACCOUNT_SK);
    expected.put(TableLayout.DELETED_AT, AttributeValue.fromS("2026-11-27T10:00:00.123Z"));
    expected.put(TableLayout.TIMESTAMP, AttributeValue.fromS("2026-11-27T10:00:00.123Z"));
    expected.put(TableLayout.TTL, AttributeValue.fromN(Long.toString(EXPIRY.getEpochSecond())));
    assertThat(marked).isTrue();
    assertThat(item).isEqualTo(expected);
    assertThat(tables.current().getItem(Key.builder().partitionValue(TableLayout.resourcePk(volume.resourceId()))
        .sortValue(TableLayout.LATEST_SK).build()).deletedAt()).contains(deletedAt);
  }

  @Test
  void markDeleted_ofAResourceWithoutAnItem_writesNothing() {
    String id = "arn:aws:ec2:us-east-1:111111111111:volume/vol-never";

    boolean marked = tables.markDeleted(id, Instant.parse("2026-11-27T10:00:00Z"), EXPIRY);

    assertThat(marked).isFalse();
    assertThat(dynamoDb.getItem(r -> r.tableName(TABLE).key(Map.of(
        TableLayout.PK, AttributeValue.fromS(TableLayout.resourcePk(id)),
        TableLayout.SK, AttributeValue.fromS(TableLayout.LATEST_SK)))).hasItem()).isFalse();
  }

  @Test
  void runsAndScopes_putThroughTheirTables_areTheKnownItems_andAreReadByTheDocumentedQueries() {
    tables.runs().putItem(RunItem.summary(KnownItems.report(), KnownItems.EXPIRY));
    tables.runs().putItem(RunItem.listEntry(KnownItems.report(), KnownItems.EXPIRY));
    tables.scopes().putItem(ScopeItem.of(KnownItems.RUN_ID, KnownItems.scope(), KnownItems.EXPIRY));
    Map<String, Map<String, AttributeValue>> known = DynamoDbJson.namedItems(KnownItems.FILE);

    List<RunItem> latest = tables.runs().query(r -> r.queryConditional(QueryConditional.keyEqualTo(k -> k
        .partitionValue(TableLayout.RUNS_PK))).scanIndexForward(false)).items().stream().collect(Collectors.toList());
    List<ScopeItem> scopes = tables.scopes().query(QueryConditional.sortBeginsWith(k -> k
        .partitionValue(TableLayout.runPk(KnownItems.RUN_ID)).sortValue(TableLayout.SCOPE_PREFIX)))
        .items().stream().collect(Collectors.toList());

    assertThat(raw(TableLayout.runPk(KnownItems.RUN_ID), TableLayout.RUN_SUMMARY_SK)).isEqualTo(known.get("run"));
    assertThat(raw(TableLayout.RUNS_PK, known.get("run_index").get(TableLayout.SK).s()))
        .isEqualTo(known.get("run_index"));
    assertThat(latest).extracting(RunItem::report).containsExactly(KnownItems.report());
    assertThat(scopes).extracting(ScopeItem::result).containsExactly(KnownItems.scope());
  }

  @Test
  void deletionRecord_putThroughItsTable_isReadFromItsMonth() {
    tables.deletions().putItem(DeletionItem.of(KnownItems.deletion(), KnownItems.EXPIRY));

    List<DeletionItem> november = tables.deletions().query(QueryConditional.keyEqualTo(k -> k
        .partitionValue("DELETED#2026-11"))).items().stream().collect(Collectors.toList());

    assertThat(november).extracting(DeletionItem::deleted).containsExactly(KnownItems.deletion());
  }

  private static List<Resource> read(Iterable<Page<ResourceItem>> pages) {
    List<Resource> resources = new ArrayList<>();
    pages.forEach(page -> page.items().forEach(item -> resources.add(item.toResource())));
    return resources;
  }

  private static Map<String, AttributeValue> raw(String pk, String sk) {
    return dynamoDb.getItem(r -> r.tableName(TABLE).key(Map.of(TableLayout.PK, AttributeValue.fromS(pk),
        TableLayout.SK, AttributeValue.fromS(sk)))).item();
  }

  private static void put(Map<String, AttributeValue> item) {
    dynamoDb.putItem(r -> r.tableName(TABLE).item(item));
  }
}
