package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.ResourceCollector;
import io.github.awsinventory.collector.spi.ResourceSink;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputDescription;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.Tag;

/**
 * {@code dynamodb_table}: ListTables (100 per page), then DescribeTable and ListTagsOfResource for each
 * table. A table deleted between the list and its description is skipped; a table that cannot be described
 * for another reason is kept with the described attributes unknown.
 */
public final class DynamoDbTableCollector implements ResourceCollector {

  private static final String[] DESCRIBED = {"billing_mode", "read_capacity", "write_capacity",
      "gsi_read_capacity", "gsi_write_capacity", "global_secondary_indexes", "size_bytes", "item_count",
      "stream_enabled", "sse_type", "table_class", "deletion_protection"};

  @Override
  public ResourceType type() {
    return ResourceType.DYNAMODB_TABLE;
  }

  @Override
  public String service() {
    return "dynamodb";
  }

  @Override
  public List<String> iamActions() {
    return List.of("dynamodb:ListTables", "dynamodb:DescribeTable", "dynamodb:ListTagsOfResource");
  }

  @Override
  public void collect(CollectionContext context, ResourceSink sink) {
    DynamoDbClient dynamoDb = context.client(DynamoDbClient.class);
    for (String name : dynamoDb.listTablesPaginator(r -> r.limit(100)).tableNames()) {
      TableDescription table;
      AwsServiceException describeError = null;
      try {
        table = dynamoDb.describeTable(d -> d.tableName(name)).table();
      } catch (ResourceNotFoundException e) {
        continue;
      } catch (AwsServiceException e) {
        table = null;
        describeError = e;
      }
      String arn = table != null && table.tableArn() != null ? table.tableArn()
          : context.arn("dynamodb", "table/" + name);
      Resource.Builder r = context.newResource(arn, name);
      if (table != null) {
        describe(r, table);
      } else {
        Attributes.unknown(context, r, arn, describeError, DESCRIBED);
      }
      try {
        Map<String, String> tags = tags(dynamoDb, arn);
        r.tags(tags).name(Attributes.name(tags, name));
      } catch (AwsServiceException e) {
        Attributes.unknown(context, r, arn, e, "tags");
      }
      sink.accept(r);
    }
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
    r.putAttributes("billing_mode", provisioned ? BillingMode.PROVISIONED.toString()
        : table.billingModeSummary().billingModeAsString());
    if (provisioned) {
      ProvisionedThroughputDescription throughput = table.provisionedThroughput();
      Attributes.put(r, "read_capacity", throughput == null ? null : throughput.readCapacityUnits());
      Attributes.put(r, "write_capacity", throughput == null ? null : throughput.writeCapacityUnits());
      long gsiRead = 0;
      long gsiWrite = 0;
      for (GlobalSecondaryIndexDescription index : table.globalSecondaryIndexes()) {
        if (index.provisionedThroughput() != null) {
          gsiRead += value(index.provisionedThroughput().readCapacityUnits());
          gsiWrite += value(index.provisionedThroughput().writeCapacityUnits());
        }
      }
      r.putAttributes("gsi_read_capacity", gsiRead);
      r.putAttributes("gsi_write_capacity", gsiWrite);
    }
    r.putAttributes("global_secondary_indexes", table.globalSecondaryIndexes().size());
    Attributes.put(r, "size_bytes", table.tableSizeBytes());
    Attributes.put(r, "item_count", table.itemCount());
    r.putAttributes("stream_enabled", table.streamSpecification() != null
        && Boolean.TRUE.equals(table.streamSpecification().streamEnabled()));
    Attributes.put(r, "sse_type", table.sseDescription() == null ? null : table.sseDescription().sseTypeAsString());
    r.putAttributes("table_class", table.tableClassSummary() == null || table.tableClassSummary().tableClass() == null
        ? "STANDARD" : table.tableClassSummary().tableClassAsString());
    Attributes.put(r, "deletion_protection", table.deletionProtectionEnabled());
  }

  private static long value(Long units) {
    return units == null ? 0 : units;
  }
}
