package io.github.awsinventory.model.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceArbitraries;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** The table contract against a real table: sparse indexes, history, and the codec's round trip. */
@AwsEmulatorTest
class TableContractIT {

  private static final String TABLE = "inventory-contract";
  private static final Instant EXPIRY = Instant.parse("2030-01-01T00:00:00Z");

  private static DynamoDbClient dynamoDb;

  @BeforeAll
  static void createTable(AwsEmulator aws) {
    dynamoDb = aws.client(DynamoDbClient.builder());
    InventoryTable.create(dynamoDb, TABLE);
  }

  @Test
  void resourceWrittenInFiveVersions_isReturnedOnceByEachIndex_andHasFiveHistoryItems() {
    Resource base = ResourceArbitraries.sample("vol-five");
    Instant t = base.firstSeen();
    for (int version = 1; version <= 5; version++) {
      Instant seen = t.plus(Duration.ofHours(version));
      Resource changed = base.toBuilder().lastSeen(seen).putAttributes("size_gib", 100 * version).build();
      put(ResourceCodec.currentItem(changed));
      put(ResourceCodec.historyItem(changed, seen, EXPIRY));
    }

    assertThat(query(TableLayout.RESOURCE_TYPE_INDEX, TableLayout.RESOURCE_TYPE, "ebs_volume", "vol-five")).hasSize(1);
    assertThat(query(TableLayout.DEPARTMENT_INDEX, TableLayout.DEPARTMENT, "platform", "vol-five")).hasSize(1);
    assertThat(query(TableLayout.ACCOUNT_INDEX, TableLayout.ACCOUNT_ID, "111111111111", "vol-five")).hasSize(1);
    List<Map<String, AttributeValue>> history = history(base.resourceId());
    assertThat(history).hasSize(5);
    assertThat(history).extracting(i -> ResourceCodec.fromItem(i).numberAttribute("size_gib").orElseThrow())
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal(500), new BigDecimal(400), new BigDecimal(300), new BigDecimal(200),
            new BigDecimal(100));
    Resource current = ResourceCodec.fromItem(query(TableLayout.ACCOUNT_INDEX, TableLayout.ACCOUNT_ID,
        "111111111111", "vol-five").get(0));
    assertThat(current.numberAttribute("size_gib")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("500"));
  }

  @Test
  void typeWithinAccountAndWithinDepartment_areKeyConditions() {
    Resource volume = ResourceArbitraries.sample("vol-keys");
    put(ResourceCodec.currentItem(volume));

    List<Map<String, AttributeValue>> inAccount = dynamoDb.queryPaginator(QueryRequest.builder().tableName(TABLE)
        .indexName(TableLayout.ACCOUNT_INDEX)
        .keyConditionExpression("account_id = :a AND begins_with(account_sk, :p)")
        .expressionAttributeValues(Map.of(":a", AttributeValue.fromS("111111111111"),
            ":p", AttributeValue.fromS("ebs_volume#us-east-1#")))
        .build()).items().stream().collect(Collectors.toList());
    List<Map<String, AttributeValue>> inDepartment = dynamoDb.queryPaginator(QueryRequest.builder().tableName(TABLE)
        .indexName(TableLayout.DEPARTMENT_INDEX)
        .keyConditionExpression("department = :d AND begins_with(department_sk, :p)")
        .expressionAttributeValues(Map.of(":d", AttributeValue.fromS("platform"),
            ":p", AttributeValue.fromS("ebs_volume#")))
        .build()).items().stream().collect(Collectors.toList());

    assertThat(inAccount).extracting(i -> i.get("resource_id").s()).contains(volume.resourceId());
    assertThat(inDepartment).extracting(i -> i.get("resource_id").s()).contains(volume.resourceId());
  }

  @Test
  void deletedResource_leavesEveryIndexButKeepsItsCurrentItem() {
    Resource volume = ResourceArbitraries.sample("vol-gone");
    put(ResourceCodec.currentItem(volume));
    put(ResourceCodec.deletedItem(volume, volume.lastSeen().plusSeconds(60), EXPIRY));

    assertThat(query(TableLayout.RESOURCE_TYPE_INDEX, TableLayout.RESOURCE_TYPE, "ebs_volume", "vol-gone")).isEmpty();
    assertThat(query(TableLayout.DEPARTMENT_INDEX, TableLayout.DEPARTMENT, "platform", "vol-gone")).isEmpty();
    assertThat(query(TableLayout.ACCOUNT_INDEX, TableLayout.ACCOUNT_ID, "111111111111", "vol-gone")).isEmpty();
    Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(TABLE).key(Map.of(
        "pk", AttributeValue.fromS(TableLayout.resourcePk(volume.resourceId())),
        "sk", AttributeValue.fromS(TableLayout.LATEST_SK)))).item();
    assertThat(ResourceCodec.deletedAt(item)).isPresent();
  }

  @Test
  void arbitraryResources_roundTripThroughTheTableAndItsIndexes() {
    List<Resource> resources = ResourceArbitraries.resources().sampleStream().limit(60).collect(Collectors.toList());
    List<Resource> unique = new ArrayList<>(resources.stream()
        .collect(Collectors.toMap(Resource::resourceId, r -> r, (a, b) -> a)).values());

    unique.forEach(r -> put(ResourceCodec.currentItem(r)));

    for (Resource resource : unique) {
      Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(TABLE).key(Map.of(
          "pk", AttributeValue.fromS(TableLayout.resourcePk(resource.resourceId())),
          "sk", AttributeValue.fromS(TableLayout.LATEST_SK)))).item();
      assertThat(ResourceCodec.fromItem(item)).isEqualTo(resource);
      List<Map<String, AttributeValue>> viaIndex = dynamoDb.queryPaginator(QueryRequest.builder().tableName(TABLE)
          .indexName(TableLayout.ACCOUNT_INDEX)
          .keyConditionExpression("account_id = :a AND account_sk = :s")
          .expressionAttributeValues(Map.of(":a", AttributeValue.fromS(resource.accountId()),
              ":s", AttributeValue.fromS(TableLayout.accountSortKey(resource.resourceType(), resource.region(),
                  resource.resourceId()))))
          .build()).items().stream().collect(Collectors.toList());
      assertThat(viaIndex).singleElement().satisfies(i -> assertThat(ResourceCodec.fromItem(i)).isEqualTo(resource));
    }
  }

  private static void put(Map<String, AttributeValue> item) {
    dynamoDb.putItem(r -> r.tableName(TABLE).item(item));
  }

  private static List<Map<String, AttributeValue>> query(String index, String hashAttribute, String value,
      String idSuffix) {
    return dynamoDb.queryPaginator(QueryRequest.builder().tableName(TABLE).indexName(index)
            .keyConditionExpression("#h = :v").expressionAttributeNames(Map.of("#h", hashAttribute))
            .expressionAttributeValues(Map.of(":v", AttributeValue.fromS(value))).build())
        .items().stream().filter(i -> i.get("resource_id").s().endsWith("/" + idSuffix)).collect(Collectors.toList());
  }

  private static List<Map<String, AttributeValue>> history(String resourceId) {
    return dynamoDb.queryPaginator(QueryRequest.builder().tableName(TABLE)
            .keyConditionExpression("pk = :pk AND sk BETWEEN :from AND :to")
            .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(TableLayout.resourcePk(resourceId)),
                ":from", AttributeValue.fromS("METADATA#0"), ":to", AttributeValue.fromS("METADATA#9")))
            .scanIndexForward(false).build())
        .items().stream().collect(Collectors.toList());
  }
}
