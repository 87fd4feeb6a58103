package io.github.awsinventory.model.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.awsinventory.model.InventoryException;
import io.github.awsinventory.model.StoreException;
import io.github.awsinventory.model.table.internal.ItemSchemas;
import io.github.awsinventory.testkit.dynamodb.DynamoDbJson;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.IndexMetadata;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;

/**
 * Each item kind's table schema maps exactly the attributes the table holds: the typed items of
 * {@link InventoryTables} are written as {@code known-items.json} (the codec's items before the schemas), and an
 * item of today or of release 0.1.0 read and written again is the same item, attribute for attribute.
 */
class ItemSchemasTest {

  private static final Map<String, Map<String, AttributeValue>> KNOWN = DynamoDbJson.namedItems(KnownItems.FILE);
  private static final Map<String, Map<String, AttributeValue>> RELEASE_0_1_0 =
      DynamoDbJson.namedItems("/io/github/awsinventory/model/table/release-0.1.0-items.json");

  /** A client that is never called: the tests only map items. */
  private static final DynamoDbEnhancedClient ENHANCED = DynamoDbEnhancedClient.builder()
      .dynamoDbClient(DynamoDbClient.builder().region(Region.US_EAST_1)
          .credentialsProvider(AnonymousCredentialsProvider.create()).build())
      .build();

  @Test
  void typedRecords_areWrittenAsTheKnownItems() {
    assertThat(ItemSchemas.RUN.itemToMap(RunItem.summary(KnownItems.report(), KnownItems.EXPIRY), true))
        .isEqualTo(KNOWN.get("run"));
    assertThat(ItemSchemas.RUN.itemToMap(RunItem.listEntry(KnownItems.report(), KnownItems.EXPIRY), true))
        .isEqualTo(KNOWN.get("run_index"));
    assertThat(ItemSchemas.SCOPE.itemToMap(ScopeItem.of(KnownItems.RUN_ID, KnownItems.scope(), KnownItems.EXPIRY),
        true)).isEqualTo(KNOWN.get("run_scope"));
    assertThat(ItemSchemas.DELETION.itemToMap(DeletionItem.of(KnownItems.deletion(), KnownItems.EXPIRY), true))
        .isEqualTo(KNOWN.get("deletion"));
  }

  @Test
  void typedRecords_readFromTheKnownItems_holdTheirValuesAndKeys() {
    RunItem entry = ItemSchemas.RUN.mapToItem(KNOWN.get("run_index"));
    ScopeItem scope = ItemSchemas.SCOPE.mapToItem(KNOWN.get("run_scope"));
    DeletionItem deletion = ItemSchemas.DELETION.mapToItem(KNOWN.get("deletion"));

    assertThat(entry).isEqualTo(RunItem.listEntry(KnownItems.report(), KnownItems.EXPIRY));
    assertThat(scope).isEqualTo(ScopeItem.of(KnownItems.RUN_ID, KnownItems.scope(), KnownItems.EXPIRY));
    assertThat(deletion).isEqualTo(DeletionItem.of(KnownItems.deletion(), KnownItems.EXPIRY));
  }

  @ParameterizedTest
  @CsvSource({"current, CURRENT", "deleted, CURRENT", "history, HISTORY", "deletion, DELETION", "run, RUN",
      "run_index, RUN", "run_scope, SCOPE"})
  void knownItem_readAndWrittenAgain_isTheSameItem(String kind, String schema) {
    Map<String, AttributeValue> item = KNOWN.get(kind);

    assertThat(rewrite(schema(schema), item)).isEqualTo(item);
  }

  @ParameterizedTest
  @CsvSource({"live, CURRENT", "deleted, CURRENT", "history, HISTORY", "deletion, DELETION", "run, RUN",
      "run_index, RUN", "run_scope, SCOPE"})
  void itemOfRelease010_readAndWrittenAgain_isTheSameItem(String kind, String schema) {
    Map<String, AttributeValue> item = RELEASE_0_1_0.get(kind);

    assertThat(rewrite(schema(schema), item)).isEqualTo(item);
  }

  @Test
  void resourceItemOfRelease010_holdsItsAttributesTyped() {
    ResourceItem live = ItemSchemas.CURRENT.mapToItem(RELEASE_0_1_0.get("live"));
    ResourceItem deleted = ItemSchemas.CURRENT.mapToItem(RELEASE_0_1_0.get("deleted"));

    assertThat(live.isLive()).isTrue();
    assertThat(live.accountSk()).contains(live.resourceType().name() + "#" + live.region() + "#"
        + live.resourceId());
    assertThat(live.contentHash()).contains(RELEASE_0_1_0.get("live").get("content_hash").s());
    assertThat(deleted.isLive()).isFalse();
    assertThat(deleted.deletedAt()).isPresent();
    assertThat(deleted.ttl().orElseThrow().getEpochSecond())
        .isEqualTo(Long.parseLong(RELEASE_0_1_0.get("deleted").get("ttl").n()));
  }

  @Test
  void historySchema_neverWritesIndexKeys() {
    ResourceItem current = ItemSchemas.CURRENT.mapToItem(KNOWN.get("current"));

    Map<String, AttributeValue> written = ItemSchemas.HISTORY.itemToMap(current, true);

    assertThat(current.typeSk()).isPresent();
    assertThat(written).doesNotContainKeys(TableLayout.TYPE_SK, TableLayout.DEPARTMENT_SK, TableLayout.ACCOUNT_SK);
    assertThat(ItemSchemas.HISTORY.tableMetadata().indices()).extracting(IndexMetadata::name)
        .containsOnly(TableMetadata.primaryIndexName());
  }

  @Test
  void currentSchemaKeysAndIndexes_areTheTableDefinitions() {
    TableMetadata metadata = ItemSchemas.CURRENT.tableMetadata();
    CreateTableRequest table = InventoryTable.createTableRequest("t");

    assertThat(metadata.primaryPartitionKey()).isEqualTo(TableLayout.PK);
    assertThat(metadata.primarySortKey()).contains(TableLayout.SK);
    for (String index : TableLayout.INDEXES) {
      List<String> keys = table.globalSecondaryIndexes().stream().filter(i -> i.indexName().equals(index))
          .flatMap(i -> i.keySchema().stream())
          .sorted((a, b) -> a.keyType() == KeyType.HASH ? -1 : b.keyType() == KeyType.HASH ? 1 : 0)
          .map(k -> k.attributeName()).collect(Collectors.toList());
      assertThat(List.of(metadata.indexPartitionKey(index), metadata.indexSortKey(index).orElseThrow()))
          .as(index).isEqualTo(keys);
    }
    assertThat(metadata.indices().stream().map(IndexMetadata::name).collect(Collectors.toSet()))
        .isEqualTo(Set.of(TableMetadata.primaryIndexName(), TableLayout.RESOURCE_TYPE_INDEX,
            TableLayout.DEPARTMENT_INDEX, TableLayout.ACCOUNT_INDEX));
  }

  @Test
  void readOfAnItemOfAnotherKind_throughTheTables_namesTheTableAndTheKey() {
    TableSchema<ResourceItem> schema = InventoryTables.of(ENHANCED, "aws-inventory").current().tableSchema();

    assertThatThrownBy(() -> schema.mapToItem(KNOWN.get("run_scope")))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("table aws-inventory holds an item that is not an inventory resource")
        .hasMessageContaining("pk RUN#" + KnownItems.RUN_ID)
        .hasMessageContaining("sk SCOPE#222222222222#eu-west-1#lambda_function");
  }

  @Test
  void readOfARunRecordThatIsNone_failsNamingTheKey() {
    assertThatThrownBy(() -> RunRecords.reportFromItem(KNOWN.get("run_scope")))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("pk RUN#" + KnownItems.RUN_ID)
        .hasMessageContaining("is not an inventory run record");
  }

  @Test
  void tables_withABlankName_areRefusedNamingTheField() {
    assertThatThrownBy(() -> InventoryTables.of(ENHANCED, " "))
        .isInstanceOf(InventoryException.class).hasMessageContaining("tableName must not be blank (was ' ')");
  }

  private static <T> Map<String, AttributeValue> rewrite(TableSchema<T> schema, Map<String, AttributeValue> item) {
    return schema.itemToMap(schema.mapToItem(item), true);
  }

  private static TableSchema<?> schema(String name) {
    switch (name) {
      case "CURRENT":
        return ItemSchemas.CURRENT;
      case "HISTORY":
        return ItemSchemas.HISTORY;
      case "DELETION":
        return ItemSchemas.DELETION;
      case "RUN":
        return ItemSchemas.RUN;
      default:
        return ItemSchemas.SCOPE;
    }
  }
}
