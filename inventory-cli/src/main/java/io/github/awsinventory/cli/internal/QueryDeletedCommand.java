package io.github.awsinventory.cli.internal;

import io.github.awsinventory.cli.InventoryCli;
import io.github.awsinventory.model.DeletedResource;
import io.github.awsinventory.model.table.TableLayout;
import io.github.awsinventory.query.render.Money;
import io.github.awsinventory.query.render.TextTable;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@code inventory query deleted --since DATE}. */
@Command(name = "deleted", mixinStandardHelpOptions = true, description = "Resources found deleted since a date.")
final class QueryDeletedCommand implements Callable<Integer> {
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
          Json.print(out, deleted.map(QueryDeletedCommand::fields).collect(Collectors.toList()));
          break;
        case csv:
          Inventory.writeCsv(out, FIELDS, deleted.map(QueryDeletedCommand::fields));
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
