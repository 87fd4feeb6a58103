package io.github.awsinventory.cli.internal;

import io.github.awsinventory.cli.InventoryCli;
import io.github.awsinventory.model.InventoryException;
import io.github.awsinventory.model.table.InventoryTable;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;

/** {@code inventory table ...}. */
@Command(name = "table", description = "Create or describe the inventory table.",
    subcommands = {TableCommand.Create.class, TableCommand.Describe.class}, mixinStandardHelpOptions = true)
final class TableCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: create, describe");
  }

  /** {@code inventory table create}. */
  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Create the table with its three indexes and TTL, and wait until it is ACTIVE. Does nothing "
          + "(and exits 0) when a table with the same layout exists; exits 1 when one with another layout does.")
  static final class Create implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      RootCommand root = (RootCommand) spec.root().userObject();
      root.textOrJson("table create");
      try (AwsClientFactory clients = root.clients(); DynamoDbClient dynamoDb = clients.client(DynamoDbClient.builder())) {
        TableDescription table = InventoryTable.create(dynamoDb, root.table());
        print(spec.commandLine().getOut(), root, table, InventoryTable.describeTtl(dynamoDb, root.table()));
      }
      return InventoryCli.OK;
    }
  }

  /** {@code inventory table describe}. */
  @Command(name = "describe", mixinStandardHelpOptions = true,
      description = "Show the table's keys, indexes, TTL and size, and how it differs from the inventory layout.")
  static final class Describe implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      RootCommand root = (RootCommand) spec.root().userObject();
      root.textOrJson("table describe");
      try (AwsClientFactory clients = root.clients(); DynamoDbClient dynamoDb = clients.client(DynamoDbClient.builder())) {
        TableDescription table = InventoryTable.describe(dynamoDb, root.table()).orElseThrow(() ->
            new InventoryException("table " + root.table() + " does not exist in " + clients.region()
                + "; create it with: ./inventory table create" + (root.endpointUrl() == null ? ""
                : " --endpoint-url " + root.endpointUrl())));
        print(spec.commandLine().getOut(), root, table, InventoryTable.describeTtl(dynamoDb, root.table()));
        return InventoryCli.OK;
      }
    }
  }

  static void print(PrintWriter out, RootCommand root, TableDescription table, TimeToLiveDescription ttl) {
    List<String> differences = InventoryTable.differences(table);
    if (root.output() == RootCommand.OutputFormat.json) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("table", table.tableName());
      json.put("arn", table.tableArn());
      json.put("status", table.tableStatusAsString());
      json.put("keys", keys(table.keySchema()));
      Map<String, Object> indexes = new LinkedHashMap<>();
      for (GlobalSecondaryIndexDescription index : table.globalSecondaryIndexes()) {
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("keys", keys(index.keySchema()));
        description.put("projection", index.projection().projectionTypeAsString());
        description.put("status", index.indexStatusAsString());
        indexes.put(index.indexName(), description);
      }
      json.put("indexes", indexes);
      json.put("ttl_attribute", ttl.attributeName());
      json.put("ttl_status", ttl.timeToLiveStatusAsString());
      json.put("item_count", table.itemCount());
      json.put("size_bytes", table.tableSizeBytes());
      json.put("layout_differences", differences);
      Json.print(out, json);
      return;
    }
    out.println("Table   " + table.tableName() + " (" + table.tableStatusAsString() + ")");
    out.println("ARN     " + table.tableArn());
    out.println("Keys    " + String.join(", ", keys(table.keySchema())));
    out.println("Indexes");
    for (GlobalSecondaryIndexDescription index : table.globalSecondaryIndexes()) {
      out.printf("  %-22s %-40s %s%n", index.indexName(), String.join(", ", keys(index.keySchema())),
          index.projection().projectionTypeAsString());
    }
    out.println("TTL     " + ttl.timeToLiveStatusAsString() + (ttl.attributeName() == null ? "" : " on " + ttl.attributeName()));
    out.println("Items   " + table.itemCount() + " (" + table.tableSizeBytes() + " bytes, updated about every 6 hours by AWS)");
    out.println("Layout  " + (differences.isEmpty() ? "matches docs/TABLE_LAYOUT.md" : "DIFFERS: " + String.join("; ", differences)));
  }

  private static List<String> keys(List<KeySchemaElement> keys) {
    return keys.stream().map(k -> k.attributeName() + " (" + k.keyTypeAsString() + ")").collect(Collectors.toList());
  }
}
