package io.github.awsinventory.cli.internal;

import io.github.awsinventory.cli.InventoryCli;
import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.table.TableLayout;
import io.github.awsinventory.query.render.TextTable;
import io.github.awsinventory.query.report.RunReportView;
import java.io.PrintWriter;
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
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@code inventory query runs}. */
@Command(name = "runs", mixinStandardHelpOptions = true, description = "Collection runs, newest first.")
final class QueryRunsCommand implements Callable<Integer> {
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
          Inventory.writeCsv(out, FIELDS, list.stream().map(QueryRunsCommand::fields));
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
