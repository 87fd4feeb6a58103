package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.collector.internal.collectors.CollectorRun.ACCOUNT;
import static io.github.awsinventory.collector.internal.collectors.CollectorRun.number;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.fault.FaultInjector;
import io.github.awsinventory.testkit.fault.FaultRule;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.SSEType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

@AwsEmulatorTest
class DynamoDbTableCollectorIT {

  @Test
  void collect_provisionedAndOnDemandTables_reportsCapacityAndTags(AwsEmulator aws) {
    DynamoDbClient dynamoDb = aws.client(DynamoDbClient.builder(), ACCOUNT);
    dynamoDb.createTable(r -> r.tableName("orders")
        .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
            a -> a.attributeName("customer").attributeType(ScalarAttributeType.S))
        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
        .billingMode(BillingMode.PROVISIONED).provisionedThroughput(p -> p.readCapacityUnits(5L).writeCapacityUnits(3L))
        .globalSecondaryIndexes(g -> g.indexName("by-customer")
            .keySchema(k -> k.attributeName("customer").keyType(KeyType.HASH))
            .projection(p -> p.projectionType(ProjectionType.ALL))
            .provisionedThroughput(p -> p.readCapacityUnits(2L).writeCapacityUnits(1L)))
        .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE))
        .deletionProtectionEnabled(true)
        .tags(t -> t.key("Name").value("order-store"), t -> t.key("team").value("checkout")));
    dynamoDb.createTable(r -> r.tableName("sessions")
        .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH)).billingMode(BillingMode.PAY_PER_REQUEST)
        .sseSpecification(s -> s.enabled(true).sseType(SSEType.KMS)));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.DYNAMODB_TABLE);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("dynamodb_table", 2L);
    Resource orders = run.named("order-store");
    assertThat(orders.resourceId()).isEqualTo("arn:aws:dynamodb:us-east-1:" + ACCOUNT + ":table/orders");
    assertThat(orders.state()).hasValue("ACTIVE");
    assertThat(orders.createdAt()).isPresent();
    assertThat(orders.tags()).isEqualTo(Map.of("Name", "order-store", "team", "checkout"));
    assertThat(orders.attributes())
        .containsEntry("billing_mode", "PROVISIONED")
        .containsEntry("read_capacity", number(5))
        .containsEntry("write_capacity", number(3))
        .containsEntry("gsi_read_capacity", number(2))
        .containsEntry("gsi_write_capacity", number(1))
        .containsEntry("global_secondary_indexes", number(1))
        .containsEntry("size_bytes", number(0))
        .containsEntry("item_count", number(0))
        .containsEntry("stream_enabled", true)
        .containsEntry("table_class", "STANDARD")
        .containsEntry("deletion_protection", true)
        .doesNotContainKey("sse_type");
    Resource sessions = run.named("sessions");
    assertThat(sessions.tags()).isEmpty();
    assertThat(sessions.attributes())
        .containsEntry("billing_mode", "PAY_PER_REQUEST")
        .containsEntry("global_secondary_indexes", number(0))
        .containsEntry("stream_enabled", false)
        .containsEntry("sse_type", "KMS")
        .containsEntry("deletion_protection", false)
        .doesNotContainKeys("read_capacity", "write_capacity", "gsi_read_capacity", "gsi_write_capacity");
    assertThat(run.resources()).allSatisfy(r -> assertThat(r.unknownAttributes()).isEmpty());
  }

  @Test
  void collect_whenDescribeIsDenied_keepsTableWithDescribedAttributesUnknown(AwsEmulator aws) {
    String account = "333333333333";
    aws.client(DynamoDbClient.builder(), account).createTable(r -> r.tableName("hidden")
        .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH)).billingMode(BillingMode.PAY_PER_REQUEST)
        .tags(t -> t.key("team").value("ops")));
    FaultInjector faults = FaultInjector.withSeed(7);
    faults.add(FaultRule.accessDenied().service("dynamodb").operation("DescribeTable"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.DYNAMODB_TABLE, account, faults.wrap(aws.httpClient()));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("dynamodb_table", 1L);
    Resource table = run.named("hidden");
    assertThat(table.resourceId()).isEqualTo("arn:aws:dynamodb:us-east-1:" + account + ":table/hidden");
    assertThat(table.tags()).isEqualTo(Map.of("team", "ops"));
    assertThat(table.state()).isEmpty();
    assertThat(table.attributes()).isEmpty();
    assertThat(table.unknownAttributes()).containsExactlyInAnyOrder("billing_mode", "read_capacity",
        "write_capacity", "gsi_read_capacity", "gsi_write_capacity", "global_secondary_indexes", "size_bytes",
        "item_count", "stream_enabled", "sse_type", "table_class", "deletion_protection");
    assertThat(run.report.detailErrors()).singleElement().asString().contains(table.resourceId())
        .contains("billing_mode");
  }
}
