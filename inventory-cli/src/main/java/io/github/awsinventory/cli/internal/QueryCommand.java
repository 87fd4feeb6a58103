package io.github.awsinventory.cli.internal;

import io.github.awsinventory.cli.InventoryCli;
import io.github.awsinventory.cli.spi.UsageException;
import io.github.awsinventory.collector.ResourceCollectors;
import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.DeletedResource;
import io.github.awsinventory.model.InventoryException;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.table.TableLayout;
import io.github.awsinventory.query.Change;
import io.github.awsinventory.query.InventoryQuery;
import io.github.awsinventory.query.Page;
import io.github.awsinventory.query.PageRequest;
import io.github.awsinventory.query.ResourceHistory;
import io.github.awsinventory.query.ResourceQuery;
import io.github.awsinventory.query.ResourceVersion;
import io.github.awsinventory.query.export.Csv;
import io.github.awsinventory.query.export.InventoryExport;
import io.github.awsinventory.query.render.Money;
import io.github.awsinventory.query.render.TextTable;
import io.github.awsinventory.query.report.RunReportView;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@code inventory query ...}: key-condition queries over the indexes. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Query the inventory through its indexes (never a scan).",
    subcommands = {QueryCommand.ByType.class, QueryCommand.ByDepartment.class, QueryCommand.ByAccount.class,
        QueryCommand.OneResource.class, QueryCommand.History.class, QueryCommand.Deleted.class,
        QueryCommand.Runs.class})
final class QueryCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
        "a subcommand is required: by-type, by-department, by-account, resource, history, deleted, runs");
  }

  /** Paging options shared by the list queries. */
  static final class Paging {
    @Option(names = "--page-size", paramLabel = "N",
        description = "Print one page of N resources and the token of the next page.")
    Integer pageSize;

    @Option(names = "--page-token", paramLabel = "TOKEN", description = "The next-page token a previous call printed.")
    String pageToken;
  }

  /** Runs a resource query and prints it. */
  abstract static class ListQuery implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    Paging paging = new Paging();

    abstract ResourceQuery query();

    @Override
    public Integer call() {
      RootCommand root = (RootCommand) spec.root().userObject();
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      ResourceQuery query;
      try {
        query = query();
      } catch (io.github.awsinventory.query.QueryException e) {
        throw new UsageException(e.getMessage());
      }
      query.resourceType().ifPresent(type -> Inventory.warnIfUnknown(type, err));
      if (paging.pageSize != null && (paging.pageSize < 1 || paging.pageSize > PageRequest.MAX_SIZE)) {
        throw new UsageException("--page-size must be between 1 and " + PageRequest.MAX_SIZE + " (was "
            + paging.pageSize + ")");
      }
      try (AwsClientFactory clients = root.clients(); DynamoDbClient dynamoDb = clients.client(DynamoDbClient.builder())) {
        InventoryQuery inventory = Inventory.query(root, clients, dynamoDb);
        if (paging.pageSize != null || paging.pageToken != null) {
          int size = paging.pageSize == null ? 100 : paging.pageSize;
          Page<Resource> page;
          try {
            page = inventory.page(query, paging.pageToken == null ? PageRequest.first(size)
                : PageRequest.after(paging.pageToken, size));
          } catch (io.github.awsinventory.query.QueryException e) {
            throw new UsageException("--page-token: " + e.getMessage());
          } catch (AwsServiceException e) {
            if (paging.pageToken != null && e.statusCode() == 400) {
              throw new UsageException("--page-token: the table rejects this token as a start key ("
                  + ErrorMessages.describe(e, null) + "); pass the token the previous page printed, unchanged");
            }
            throw e;
          }
          printResources(out, err, root, page.items().stream(), page.nextToken().orElse(null), true);
        } else {
          try (Stream<Resource> resources = inventory.resources(query)) {
            printResources(out, err, root, resources, null, false);
          }
        }
      }
      return InventoryCli.OK;
    }
  }

  /** {@code inventory query by-type TYPE}. */
  @Command(name = "by-type", mixinStandardHelpOptions = true, description = "Resources of a type.")
  static final class ByType extends ListQuery {
    @Parameters(paramLabel = "TYPE", description = "A resource type, e.g. ec2_instance.")
    String type;

    @Option(names = "--account", paramLabel = "ID", description = "Only in this account.")
    String account;

    @Option(names = "--in-region", paramLabel = "REGION", description = "Only resources in this region (needs --account).")
    String region;

    @Override
    ResourceQuery query() {
      if (region != null && account == null) {
        throw new UsageException("--in-region needs --account: by-type TYPE --account ID --in-region REGION");
      }
      ResourceQuery q = ResourceQuery.byType(Inventory.type(type));
      if (account != null) {
        q = q.account(account);
      }
      return region != null ? q.region(region) : q;
    }
  }

  /** {@code inventory query by-department DEPARTMENT}. */
  @Command(name = "by-department", mixinStandardHelpOptions = true, description = "Resources of a department.")
  static final class ByDepartment extends ListQuery {
    @Parameters(paramLabel = "DEPARTMENT", description = "A department; 'unassigned' for resources without one.")
    String department;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only of this type.")
    String type;

    @Option(names = "--account", paramLabel = "ID", description = "Only in this account (needs --type).")
    String account;

    @Option(names = "--in-region", paramLabel = "REGION", description = "Only resources in this region (needs --type and --account).")
    String region;

    @Override
    ResourceQuery query() {
      if (account != null && type == null) {
        throw new UsageException("--account needs --type: by-department DEPARTMENT --type TYPE --account ID");
      }
      if (region != null && (type == null || account == null)) {
        throw new UsageException("--in-region needs --type and --account: by-department DEPARTMENT --type TYPE "
            + "--account ID --in-region REGION");
      }
      ResourceQuery q = ResourceQuery.byDepartment(department);
      if (type != null) {
        q = q.type(Inventory.type(type));
      }
      if (account != null) {
        q = q.account(account);
      }
      return region != null ? q.region(region) : q;
    }
  }

  /** {@code inventory query by-account ID}. */
  @Command(name = "by-account", mixinStandardHelpOptions = true, description = "Resources of an account.")
  static final class ByAccount extends ListQuery {
    @Parameters(paramLabel = "ID", description = "A 12-digit account id.")
    String account;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only of this type.")
    String type;

    @Option(names = "--in-region", paramLabel = "REGION", description = "Only resources in this region (needs --type).")
    String region;

    @Override
    ResourceQuery query() {
      if (region != null && type == null) {
        throw new UsageException("--in-region needs --type: by-account ID --type TYPE --in-region REGION");
      }
      ResourceQuery q = ResourceQuery.byAccount(account);
      if (type != null) {
        q = q.type(Inventory.type(type));
      }
      return region != null ? q.region(region) : q;
    }
  }

  /** {@code inventory query resource ARN}. */
  @Command(name = "resource", mixinStandardHelpOptions = true,
      description = "One resource's current state: every field, tag and attribute.")
  static final class OneResource implements Callable<Integer> {
    private static final int LABEL_WIDTH = 22;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ARN", description = "The resource id (its ARN).")
    String resourceId;

    @Override
    public Integer call() {
      RootCommand root = (RootCommand) spec.root().userObject();
      PrintWriter out = spec.commandLine().getOut();
      Inventory.noCsv(root, "query resource");
      try (AwsClientFactory clients = root.clients(); DynamoDbClient dynamoDb = clients.client(DynamoDbClient.builder())) {
        ResourceHistory history = Inventory.query(root, clients, dynamoDb).history(resourceId).orElseThrow(() ->
            new InventoryException("no resource " + resourceId + " in table " + root.table()));
        Map<String, Object> json = InventoryExport.fields(history.current());
        json.put("deleted_at", history.deletedAt().map(TableLayout::timestamp).orElse(null));
        if (root.output() == RootCommand.OutputFormat.json) {
          Json.print(out, json);
        } else {
          json.forEach((k, v) -> printField(out, k, v));
        }
      }
      return InventoryCli.OK;
    }

    /** One field per line; maps one entry per line, long values wrapped, so that every line fits. */
    private static void printField(PrintWriter out, String key, Object value) {
      if (value instanceof Map<?, ?> && !((Map<?, ?>) value).isEmpty()) {
        String label = key;
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
          TextLines.field(out, label, LABEL_WIDTH, entry.getKey() + " = " + Json.compact(entry.getValue()));
          label = "";
        }
      } else if (value instanceof Map<?, ?>) {
        TextLines.field(out, key, LABEL_WIDTH, "");
      } else if (value instanceof Collection<?>) {
        TextLines.field(out, key, LABEL_WIDTH, ((Collection<?>) value).stream().map(Json::compact)
            .collect(Collectors.joining(", ")));
      } else {
        TextLines.field(out, key, LABEL_WIDTH, value == null ? "" : Json.compact(value));
      }
    }
  }

  /** {@code inventory query history ARN}. */
  @Command(name = "history", mixinStandardHelpOptions = true,
      description = "A resource's recorded versions, newest first, with what changed between them.")
  static final class History implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ARN", description = "The resource id (its ARN).")
    String resourceId;

    @Override
    public Integer call() {
      RootCommand root = (RootCommand) spec.root().userObject();
      PrintWriter out = spec.commandLine().getOut();
      Inventory.noCsv(root, "query history");
      try (AwsClientFactory clients = root.clients(); DynamoDbClient dynamoDb = clients.client(DynamoDbClient.builder())) {
        ResourceHistory history = Inventory.query(root, clients, dynamoDb).history(resourceId).orElseThrow(() ->
            new InventoryException("no resource " + resourceId + " in table " + root.table()));
        if (root.output() == RootCommand.OutputFormat.json) {
          Map<String, Object> json = new LinkedHashMap<>();
          json.put("resource_id", resourceId);
          json.put("live", history.isLive());
          json.put("deleted_at", history.deletedAt().map(TableLayout::timestamp).orElse(null));
          List<Map<String, Object>> versions = new ArrayList<>();
          for (ResourceVersion v : history.versions()) {
            Map<String, Object> version = new LinkedHashMap<>();
            version.put("recorded_at", TableLayout.timestamp(v.recordedAt()));
            version.put("changes", v.changes().stream().map(c -> {
              Map<String, Object> change = new LinkedHashMap<>();
              change.put("path", c.path());
              change.put("before", c.before().orElse(null));
              change.put("after", c.after().orElse(null));
              return change;
            }).collect(Collectors.toList()));
            version.put("resource", InventoryExport.fields(v.resource()));
            versions.add(version);
          }
          json.put("versions", versions);
          Json.print(out, json);
        } else {
          Resource current = history.current();
          for (String line : TextLines.wrap(current.resourceType() + " " + current.name() + " (" + resourceId + ")"
              + history.deletedAt().map(t -> "  DELETED " + TableLayout.timestamp(t)).orElse(""), TextLines.WIDTH)) {
            out.println(line);
          }
          for (ResourceVersion v : history.versions()) {
            out.println(TableLayout.timestamp(v.recordedAt()) + (v.changes().isEmpty() ? "  first recorded" : ""));
            for (Change c : v.changes()) {
              List<String> lines = TextLines.wrap(c.toString(), TextLines.WIDTH - 4);
              out.println("  " + lines.get(0));
              lines.subList(1, lines.size()).forEach(line -> out.println("    " + line));
            }
          }
        }
      }
      return InventoryCli.OK;
    }
  }

  /** {@code inventory query deleted --since DATE}. */
  @Command(name = "deleted", mixinStandardHelpOptions = true, description = "Resources found deleted since a date.")
  static final class Deleted implements Callable<Integer> {
    private static final List<String> FIELDS = List.of("resource_id", "resource_type", "account_id", "account_name",
        "region", "name", "department", "last_monthly_cost", "deleted_at", "run_id");

    @Spec
    CommandSpec spec;

    @Option(names = "--since", required = true, paramLabel = "DATE",
        description = "A date (2026-11-01), an instant (2026-11-01T12:00:00Z) or a number of days ago (7d).")
    String since;

    @Override
    public Integer call() {
      RootCommand root = (RootCommand) spec.root().userObject();
      PrintWriter out = spec.commandLine().getOut();
      Instant from = Inventory.instant("--since", since, true);
      try (AwsClientFactory clients = root.clients(); DynamoDbClient dynamoDb = clients.client(DynamoDbClient.builder());
          Stream<DeletedResource> deleted = Inventory.query(root, clients, dynamoDb).deletedSince(from)) {
        switch (root.output()) {
          case json:
            Json.print(out, deleted.map(Deleted::fields).collect(Collectors.toList()));
            break;
          case csv:
            Inventory.writeCsv(out, FIELDS, deleted.map(Deleted::fields));
            break;
          default:
            TextTable table = new TextTable("DELETED AT", "TYPE", "ACCOUNT", "REGION", "NAME", "LAST COST").numeric(5);
            deleted.forEach(d -> table.row(TableLayout.timestamp(d.deletedAt()), d.resourceType(), d.accountId(),
                d.region(), d.name(), Money.text(d.lastMonthlyCost().orElse(null))));
            table.print(out, "");
        }
      }
      return InventoryCli.OK;
    }

    private static Map<String, Object> fields(DeletedResource d) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("resource_id", d.resourceId());
      json.put("resource_type", d.resourceType().name());
      json.put("account_id", d.accountId());
      json.put("account_name", d.accountName());
      json.put("region", d.region());
      json.put("name", d.name());
      json.put("department", d.department());
      json.put("last_monthly_cost", d.lastMonthlyCost().orElse(null));
      json.put("deleted_at", TableLayout.timestamp(d.deletedAt()));
      json.put("run_id", d.runId());
      return json;
    }
  }

  /** {@code inventory query runs}. */
  @Command(name = "runs", mixinStandardHelpOptions = true, description = "Collection runs, newest first.")
  static final class Runs implements Callable<Integer> {
    private static final List<String> FIELDS = List.of("run_id", "status", "dry_run", "started_at", "finished_at",
        "accounts", "total_scopes", "failed_scopes", "coverage", "resources", "new", "changed", "unchanged",
        "deleted");

    @Spec
    CommandSpec spec;

    @Option(names = "--limit", paramLabel = "N", description = "At most N runs (default ${DEFAULT-VALUE}).")
    int limit = 10;

    @Override
    public Integer call() {
      RootCommand root = (RootCommand) spec.root().userObject();
      PrintWriter out = spec.commandLine().getOut();
      try (AwsClientFactory clients = root.clients(); DynamoDbClient dynamoDb = clients.client(DynamoDbClient.builder());
          Stream<CollectionReport> runs = Inventory.query(root, clients, dynamoDb).runs()) {
        List<CollectionReport> list = runs.limit(Math.max(0, limit)).collect(Collectors.toList());
        switch (root.output()) {
          case json:
            Json.print(out, list.stream().map(RunReportView::json).collect(Collectors.toList()));
            break;
          case csv:
            Inventory.writeCsv(out, FIELDS, list.stream().map(Runs::fields));
            break;
          default:
            TextTable table = new TextTable("RUN", "STATUS", "FINISHED", "ACCOUNTS", "RESOURCES", "COVERAGE", "FAILED")
                .numeric(3, 4, 5, 6);
            list.forEach(r -> table.row(r.runId(), r.status() + (r.dryRun() ? " (dry)" : ""),
                TableLayout.timestamp(r.finishedAt()), r.accounts(), r.resources(),
                String.format(Locale.ROOT, "%.1f %%", 100 * r.coverage()), r.failedScopes().size()));
            table.print(out, "");
        }
      }
      return InventoryCli.OK;
    }

    private static Map<String, Object> fields(CollectionReport r) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("run_id", r.runId());
      row.put("status", r.status().name());
      row.put("dry_run", r.dryRun());
      row.put("started_at", TableLayout.timestamp(r.startedAt()));
      row.put("finished_at", TableLayout.timestamp(r.finishedAt()));
      row.put("accounts", r.accounts());
      row.put("total_scopes", r.totalScopes());
      row.put("failed_scopes", r.failedScopes().size());
      row.put("coverage", Math.round(r.coverage() * 10000) / 10000.0);
      row.put("resources", r.resources());
      row.put("new", r.newResources());
      row.put("changed", r.changedResources());
      row.put("unchanged", r.unchangedResources());
      row.put("deleted", r.deletedResources());
      return row;
    }
  }

  static void printResources(PrintWriter out, PrintWriter err, RootCommand root, Stream<Resource> resources,
      String nextToken, boolean paged) {
    if (root.output() == RootCommand.OutputFormat.json) {
      List<Map<String, Object>> items = resources.map(InventoryExport::fields).collect(Collectors.toList());
      if (paged) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", items);
        page.put("next_token", nextToken);
        Json.print(out, page);
      } else {
        Json.print(out, items);
      }
      return;
    }
    if (root.output() == RootCommand.OutputFormat.csv) {
      InventoryExport.write(resources, InventoryExport.Format.CSV, out);
      if (nextToken != null) {
        err.println("next page: --page-token " + nextToken);
      }
      return;
    }
    TextTable table = new TextTable("TYPE", "ACCOUNT", "REGION", "NAME", "STATE", "DEPARTMENT", "MONTHLY COST")
        .numeric(6);
    long count = 0;
    for (Iterator<Resource> it = resources.iterator(); it.hasNext(); count++) {
      Resource r = it.next();
      table.row(r.resourceType(), r.accountId(), r.region(), r.name(), r.state().orElse(""), r.department(),
          Money.text(r.estimatedMonthlyCost().orElse(null)));
    }
    table.print(out, "");
    out.println(count + (count == 1 ? " resource" : " resources"));
    if (nextToken != null) {
      out.println("next page: --page-token " + nextToken);
    }
  }

  static final class Inventory {
    private Inventory() {}

    static InventoryQuery query(RootCommand root, AwsClientFactory clients, DynamoDbClient dynamoDb) {
      if (io.github.awsinventory.model.table.InventoryTable.describe(dynamoDb, root.table()).isEmpty()) {
        throw new InventoryException("table " + root.table() + " does not exist in " + clients.region()
            + "; create it with ./inventory table create, then collect with ./inventory collect");
      }
      return InventoryQuery.create(dynamoDb, root.table());
    }

    static ResourceType type(String name) {
      try {
        List<ResourceType> types = ResourceType.parse(name);
        if (types.size() != 1) {
          throw new UsageException("'" + name + "' stands for several types " + types + "; name one");
        }
        return types.get(0);
      } catch (IllegalArgumentException e) {
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
}
