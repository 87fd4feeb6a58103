package io.github.awsinventory.model.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.awsinventory.model.InventoryException;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

@AwsEmulatorTest
class InventoryTableIT {

  private DynamoDbClient dynamoDb;

  @BeforeEach
  void setUp(AwsEmulator aws) {
    dynamoDb = aws.client(DynamoDbClient.builder());
  }

  @Test
  void create_makesTheDocumentedTableWithThreeSparseIndexesAndTtl() {
    InventoryTable.create(dynamoDb, "inventory-create");

    TableDescription table = dynamoDb.describeTable(r -> r.tableName("inventory-create")).table();
    assertThat(table.tableStatus()).isEqualTo(TableStatus.ACTIVE);
    assertThat(table.keySchema()).extracting(k -> k.attributeName() + " " + k.keyType())
        .containsExactly("pk HASH", "sk RANGE");
    assertThat(table.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
    assertThat(table.attributeDefinitions()).allSatisfy(a -> assertThat(a.attributeType()).isEqualTo(ScalarAttributeType.S));
    Map<String, GlobalSecondaryIndexDescription> indexes = table.globalSecondaryIndexes().stream()
        .collect(Collectors.toMap(GlobalSecondaryIndexDescription::indexName, Function.identity()));
    assertThat(indexes).containsOnlyKeys("resource-type-index", "department-index", "account-index");
    assertThat(keys(indexes.get("resource-type-index"))).isEqualTo("resource_type HASH, type_sk RANGE");
    assertThat(keys(indexes.get("department-index"))).isEqualTo("department HASH, department_sk RANGE");
    assertThat(keys(indexes.get("account-index"))).isEqualTo("account_id HASH, account_sk RANGE");
    assertThat(indexes.values()).allSatisfy(i ->
        assertThat(i.projection().projectionType()).isEqualTo(ProjectionType.ALL));
    assertThat(InventoryTable.differences(table)).isEmpty();
    assertThat(InventoryTable.describeTtl(dynamoDb, "inventory-create").timeToLiveStatus())
        .isEqualTo(TimeToLiveStatus.ENABLED);
    assertThat(InventoryTable.describeTtl(dynamoDb, "inventory-create").attributeName()).isEqualTo("ttl");
  }

  @Test
  void create_isIdempotent() {
    TableDescription first = InventoryTable.create(dynamoDb, "inventory-twice");

    TableDescription second = InventoryTable.create(dynamoDb, "inventory-twice");

    assertThat(second.tableArn()).isEqualTo(first.tableArn());
    assertThat(dynamoDb.listTables().tableNames()).containsOnlyOnce("inventory-twice");
  }

  @Test
  void create_onATableWithAnotherLayout_refusesAndSaysWhatDiffers() {
    dynamoDb.createTable(r -> r.tableName("someone-elses").billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
        .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S)));

    assertThatThrownBy(() -> InventoryTable.create(dynamoDb, "someone-elses"))
        .isInstanceOf(InventoryException.class)
        .hasMessageContaining("key schema").hasMessageContaining("index resource-type-index is missing")
        .hasMessageContaining("--table");
  }

  @Test
  void describe_missingTable_isEmpty() {
    assertThat(InventoryTable.describe(dynamoDb, "no-such-table")).isEmpty();
  }

  private static String keys(GlobalSecondaryIndexDescription index) {
    return index.keySchema().stream().map(k -> k.attributeName() + " " + k.keyType())
        .collect(Collectors.joining(", "));
  }
}
