package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.DetailStep.Detail;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.DynamoDbTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputDescription;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.Tag;

/**
 * {@code dynamodb_table}: ListTables (100 per page), then two detail steps per table, DescribeTable and
 * ListTagsOfResource. A table deleted between the list and its description is skipped; a table that cannot be
 * described for another reason is kept with the described attributes unknown.
 */
public final class DynamoDbTableCollector implements ItemCollector<String> {

  private static final List<DetailStep<String>> DETAILS = List.of(
      DetailStep.of("DescribeTable", DynamoDbTableCollector::describe, DynamoDbTable.BILLING_MODE,
          DynamoDbTable.READ_CAPACITY, DynamoDbTable.WRITE_CAPACITY, DynamoDbTable.GSI_READ_CAPACITY,
          DynamoDbTable.GSI_WRITE_CAPACITY, DynamoDbTable.GLOBAL_SECONDARY_INDEXES, DynamoDbTable.SIZE_BYTES,
          DynamoDbTable.ITEM_COUNT, DynamoDbTable.STREAM_ENABLED, DynamoDbTable.SSE_TYPE, DynamoDbTable.TABLE_CLASS,
          DynamoDbTable.DELETION_PROTECTION),
      DetailStep.tags("ListTagsOfResource", DynamoDbTableCollector::tags));

  @Override
  public TypeDescriptor descriptor() {
    return DynamoDbTable.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<String>> details() {
    return DETAILS;
  }

  @Override
  public void list(CollectionContext context, ListedItems<String> items) {
    DynamoDbClient dynamoDb = context.client(DynamoDbClient.class);
    for (String name : dynamoDb.listTablesPaginator(r -> r.limit(100)).tableNames()) {
      items.add(name, arn(context, name), name);
    }
  }

  private static String arn(CollectionContext context, String name) {
    return context.arn("dynamodb", "table/" + name);
  }

  private static Detail describe(CollectionContext context, String name) {
    TableDescription table;
    try {
      table = context.client(DynamoDbClient.class).describeTable(d -> d.tableName(name)).table();
    } catch (ResourceNotFoundException e) {
      return Detail.VANISHED;
    }
    return r -> describe(r, table);
  }

  private static Detail tags(CollectionContext context, String name) {
    Map<String, String> tags = tags(context.client(DynamoDbClient.class), arn(context, name));
    return r -> r.tags(tags).name(Attributes.name(tags, name));
  }

  private static Map<String, String> tags(DynamoDbClient dynamoDb, String arn) {
    Map<String, String> tags = new LinkedHashMap<>();
    String next = null;
    do {
      String token = next;
      ListTagsOfResourceResponse page = dynamoDb.listTagsOfResource(t -> t.resourceArn(arn).nextToken(token));
      tags.putAll(Attributes.tags(page.tags(), Tag::key, Tag::value));
      next = page.nextToken();
    } while (next != null && !next.isEmpty());
    return tags;
  }

  private static void describe(Resource.Builder r, TableDescription table) {
    if (table.tableStatusAsString() != null) {
      r.state(table.tableStatusAsString());
    }
    if (table.creationDateTime() != null) {
      r.createdAt(table.creationDateTime());
    }
    boolean provisioned = table.billingModeSummary() == null || table.billingModeSummary().billingMode() == null
        || table.billingModeSummary().billingMode() == BillingMode.PROVISIONED;
    DynamoDbTable.BILLING_MODE.put(r, provisioned ? BillingMode.PROVISIONED.toString()
        : table.billingModeSummary().billingModeAsString());
    if (provisioned) {
      ProvisionedThroughputDescription throughput = table.provisionedThroughput();
      DynamoDbTable.READ_CAPACITY.put(r, throughput == null ? null : throughput.readCapacityUnits());
      DynamoDbTable.WRITE_CAPACITY.put(r, throughput == null ? null : throughput.writeCapacityUnits());
      long gsiRead = 0;
      long gsiWrite = 0;
      for (GlobalSecondaryIndexDescription index : table.globalSecondaryIndexes()) {
        if (index.provisionedThroughput() != null) {
          gsiRead += value(index.provisionedThroughput().readCapacityUnits());
          gsiWrite += value(index.provisionedThroughput().writeCapacityUnits());
        }
      }
      DynamoDbTable.GSI_READ_CAPACITY.put(r, gsiRead);
      DynamoDbTable.GSI_WRITE_CAPACITY.put(r, gsiWrite);
    }
    DynamoDbTable.GLOBAL_SECONDARY_INDEXES.put(r, table.globalSecondaryIndexes().size());
    DynamoDbTable.SIZE_BYTES.put(r, table.tableSizeBytes());
    DynamoDbTable.ITEM_COUNT.put(r, table.itemCount());
    DynamoDbTable.STREAM_ENABLED.put(r, table.streamSpecification() != null
        && Boolean.TRUE.equals(table.streamSpecification().streamEnabled()));
    DynamoDbTable.SSE_TYPE.put(r, table.sseDescription() == null ? null : table.sseDescription().sseTypeAsString());
    DynamoDbTable.TABLE_CLASS.put(r, table.tableClassSummary() == null || table.tableClassSummary().tableClass() == null
        ? "STANDARD" : table.tableClassSummary().tableClassAsString());
    DynamoDbTable.DELETION_PROTECTION.put(r, table.deletionProtectionEnabled());
  }

  private static long value(Long units) {
    return units == null ? 0 : units;
  }
}
