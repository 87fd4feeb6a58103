package io.github.awsinventory.cli.internal;

import io.github.awsinventory.cli.InventoryCli;
import io.github.awsinventory.cli.spi.UsageException;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.query.InventoryQuery;
import io.github.awsinventory.query.Page;
import io.github.awsinventory.query.PageRequest;
import io.github.awsinventory.query.ResourceQuery;
import io.github.awsinventory.query.export.InventoryExport;
import io.github.awsinventory.query.render.Money;
import io.github.awsinventory.query.render.TextTable;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A list query: {@code by-type}, {@code by-department} or {@code by-account}. Each builds its query from its
 * own filter options; this runs it and prints it, whole or a page at a time ({@code --page-size},
 * {@code --page-token}).
 */
abstract class ListQueryCommand implements Callable<Integer> {

  /** Paging options shared by the list queries. */
  static final class Paging {
    @Option(names = "--page-size", paramLabel = "N",
        description = "Print one page of N resources and the token of the next page.")
    Integer pageSize;

    @Option(names = "--page-token", paramLabel = "TOKEN", description = "The next-page token a previous call printed.")
    String pageToken;
  }

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
    try (AwsClientFactory clients = root.clients();
        DynamoDbClient dynamoDb = clients.client(DynamoDbClient.builder())) {
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

  private static void printResources(PrintWriter out, PrintWriter err, RootCommand root, Stream<Resource> resources,
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
}
