package io.github.awsinventory.cli.internal;

import io.github.awsinventory.cli.spi.UsageException;
import io.github.awsinventory.collector.ResourceCollectors;
import io.github.awsinventory.model.InventoryException;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.CatalogException;
import io.github.awsinventory.query.InventoryQuery;
import io.github.awsinventory.query.ResourceHistory;
import io.github.awsinventory.query.export.Csv;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What the commands that read the table share ({@code query}, {@code report}, {@code export}): the check that
 * the table exists, the parsing of type names and dates, and CSV rows of selected fields.
 */
final class Inventory {
  private Inventory() {}

  static InventoryQuery query(RootCommand root, AwsClientFactory clients, DynamoDbClient dynamoDb) {
    if (io.github.awsinventory.model.table.InventoryTable.describe(dynamoDb, root.table()).isEmpty()) {
      throw new InventoryException("table " + root.table() + " does not exist in " + clients.region()
          + "; create it with ./inventory table create, then collect with ./inventory collect");
    }
    return InventoryQuery.create(dynamoDb, root.table());
  }

  /** One resource's history, read with clients that are closed again before it is printed. */
  static ResourceHistory history(RootCommand root, String resourceId) {
    try (AwsClientFactory clients = root.clients();
        DynamoDbClient dynamoDb = clients.client(DynamoDbClient.builder())) {
      return query(root, clients, dynamoDb).history(resourceId).orElseThrow(() ->
          new InventoryException("no resource " + resourceId + " in table " + root.table()));
    }
  }

  static ResourceType type(String name) {
    try {
      List<ResourceType> types = ResourceType.parse(name);
      if (types.size() != 1) {
        throw new UsageException("'" + name + "' stands for several types " + types + "; name one");
      }
      return types.get(0);
    } catch (CatalogException e) {
      throw new UsageException(e.getMessage());
    }
  }

  static Instant instant(String option, String text, boolean allowDaysAgo) {
    String value = text.trim();
    try {
      if (allowDaysAgo && value.matches("\\d+d")) {
        return Instant.now().minus(java.time.Duration.ofDays(Long.parseLong(value.substring(0, value.length() - 1))));
      }
      if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return Instant.parse(value);
    } catch (DateTimeParseException | ArithmeticException e) {
      throw new UsageException(option + " takes a date (2026-11-01), an instant (2026-11-01T12:00:00Z)"
          + (allowDaysAgo ? " or days ago (7d)" : "") + " (was '" + text + "')");
    }
  }

  static void warnIfUnknown(ResourceType type, PrintWriter err) {
    List<ResourceType> known = ResourceCollectors.discoveredTypes();
    if (!type.isBuiltIn() && !known.contains(type)) {
      err.println("warning: no collector here knows the resource type '" + type + "'; known types: "
          + known.stream().map(ResourceType::name).sorted().collect(Collectors.joining(", ")));
    }
  }

  static void noCsv(RootCommand root, String command) {
    if (root.output() == RootCommand.OutputFormat.csv) {
      throw new UsageException("--output csv: " + command + " has no CSV form; use --output table or json");
    }
  }

  static void writeCsv(PrintWriter out, List<String> fields, Stream<Map<String, Object>> rows) {
    Csv.writeRecord(out, fields);
    rows.forEach(row -> Csv.writeRecord(out, fields.stream().map(f -> csvCell(row.get(f)))
        .collect(Collectors.toList())));
    out.flush();
  }

  private static String csvCell(Object value) {
    if (value == null) {
      return "";
    }
    return value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : value.toString();
  }
}
