package io.github.awsinventory.collector;

import static io.github.awsinventory.collector.Emulated.A;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.collector.spi.ResourceCollector;
import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.DeletedResource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.model.config.CollectionSettings;
import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.model.table.InventoryTable;
import io.github.awsinventory.model.table.TableLayout;
import io.github.awsinventory.model.types.BroadTier;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * The broad tier on a real table, with the default configuration (every type, broad tier on): its items are
 * read back for change detection through the account index, filtered by source and region, so a second run
 * leaves an unchanged broad item alone and marks a vanished one deleted; and the key turns it off.
 */
@AwsEmulatorTest
class BroadTierRunsIT {

  @Test
  void secondRun_keepsUnchangedBroadItems_andMarksVanishedOnesDeleted(AwsEmulator aws) {
    DynamoDbClient dynamoDb = aws.client(DynamoDbClient.builder());
    String table = "broad-runs";
    InventoryTable.create(dynamoDb, table);
    EventBridgeClient events = aws.client(EventBridgeClient.builder(), A);
    String kept = events.createEventBus(r -> r.name("broad-kept").tags(t -> t.key("team").value("ops")))
        .eventBusArn();
    String gone = events.createEventBus(r -> r.name("broad-gone").tags(t -> t.key("team").value("ops")))
        .eventBusArn();
    InventoryConfig config = Emulated.config(List.of("us-east-1"));

    CollectionReport first = run(aws, config, dynamoDb, table);
    events.deleteEventBus(r -> r.name("broad-gone"));
    CollectionReport second = run(aws, config, dynamoDb, table);

    assertThat(first.status()).as(first.toString()).isEqualTo(RunStatus.OK);
    assertThat(first.resourcesByType()).as("broad items counted by their type").containsEntry("events_event_bus", 2L)
        .doesNotContainKey("tagging_api");
    assertThat(first.totalScopes()).isEqualTo(3 * (ResourceCollectors.discover().size() + 2));
    assertThat(second.status()).as(second.toString()).isEqualTo(RunStatus.OK);
    assertThat(second.newResources()).isZero();
    assertThat(second.changedResources()).isZero();
    assertThat(second.deletedResources()).isEqualTo(1);
    Map<String, AttributeValue> keptItem = current(dynamoDb, table, kept);
    assertThat(keptItem).containsKey(TableLayout.ACCOUNT_SK).doesNotContainKey(TableLayout.DELETED_AT);
    assertThat(keptItem.get(TableLayout.ATTRIBUTES).m().get(BroadTier.SOURCE.name()).s()).isEqualTo("tagging-api");
    assertThat(current(dynamoDb, table, gone)).containsKey(TableLayout.DELETED_AT)
        .doesNotContainKey(TableLayout.ACCOUNT_SK);
  }

  @Test
  void aBroadItemThatADeepCollectorNowCovers_isHandedOver_notDeleted(AwsEmulator aws) {
    KmsClient kms = aws.client(KmsClient.builder(), A);
    String keyArn = kms.createKey(r -> r.description("handed over").tags(t -> t.tagKey("team").tagValue("ops")))
        .keyMetadata().arn();
    InventoryConfig config = Emulated.config(List.of("us-east-1"));
    InMemoryInventoryStore store = InventoryStores.inMemory();
    List<ResourceCollector> withoutKms = ResourceCollectors.discover().stream()
        .filter(c -> !c.type().equals(ResourceType.of("kms_key"))).collect(Collectors.toList());

    try (InventoryCollector before = Emulated.collector(aws, config, null).collectors(withoutKms).store(store)
        .build()) {
      before.run();
    }
    assertThat(store.resource(keyArn)).hasValueSatisfying(key -> assertThat(BroadTier.isBroad(key)).isTrue());
    CollectionReport after;
    try (InventoryCollector upgraded = Emulated.collector(aws, config, null).store(store).build()) {
      after = upgraded.run();
    }

    assertThat(after.status()).as(after.toString()).isEqualTo(RunStatus.OK);
    assertThat(store.deleted()).extracting(DeletedResource::resourceId).doesNotContain(keyArn);
    assertThat(store.resource(keyArn)).hasValueSatisfying(key -> {
      assertThat(key.resourceType().name()).isEqualTo("kms_key");
      assertThat(BroadTier.isBroad(key)).as("now the deep collector's").isFalse();
    });
  }

  @Test
  void broadTierOff_collectsNoBroadScope(AwsEmulator aws) {
    InventoryConfig config = Emulated.config(List.of("us-east-1"));
    InventoryConfig off = InventoryConfig.builder().from(config).collectionSettings(CollectionSettings.builder()
        .from(config.collectionSettings()).broadTier(false).build()).build();
    InMemoryInventoryStore store = InventoryStores.inMemory();

    try (InventoryCollector collector = Emulated.collector(aws, off, null).store(store).build()) {
      CollectionReport report = collector.run();

      assertThat(report.totalScopes()).isEqualTo(3 * ResourceCollectors.discover().size());
    }
    assertThat(store.resources()).noneMatch(BroadTier::isBroad);
  }

  private static CollectionReport run(AwsEmulator aws, InventoryConfig config, DynamoDbClient dynamoDb, String table) {
    try (InventoryCollector collector = Emulated.collector(aws, config, null).dynamoDbClient(dynamoDb).tableName(table)
        .build()) {
      return collector.run();
    }
  }

  private static Map<String, AttributeValue> current(DynamoDbClient dynamoDb, String table, String arn) {
    return dynamoDb.getItem(r -> r.tableName(table).key(Map.of(TableLayout.PK,
        AttributeValue.fromS(TableLayout.resourcePk(arn)), TableLayout.SK, AttributeValue.fromS(TableLayout.LATEST_SK))))
        .item();
  }
}
