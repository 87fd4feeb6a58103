package io.github.awsinventory.cli.internal;

import io.github.awsinventory.cli.InventoryCli;
import io.github.awsinventory.cli.spi.UsageException;
import io.github.awsinventory.collector.CollectionException;
import io.github.awsinventory.collector.CollectionRequest;
import io.github.awsinventory.collector.InventoryCollector;
import io.github.awsinventory.collector.ResourceCollectors;
import io.github.awsinventory.collector.Shard;
import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.InventoryException;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.model.catalog.CatalogException;
import io.github.awsinventory.model.config.ConfigReadResult;
import io.github.awsinventory.model.config.ConfigReader;
import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.model.table.InventoryTable;
import io.github.awsinventory.query.report.RunReportView;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@code inventory collect}. */
@Command(name = "collect", mixinStandardHelpOptions = true,
    description = {"Collect the inventory of the configured accounts and regions into the table.",
        "Exits 0 when every scope completed, 3 when some failed (the rest was collected and written), "
            + "1 on a fatal error, 2 on usage or configuration errors."})
final class CollectCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--config", required = true, paramLabel = "FILE",
      description = "The accounts configuration, e.g. config/accounts.json.")
  Path config;

  @Option(names = "--accounts", split = ",", paramLabel = "ID", description = "Only these account ids.")
  List<String> accounts = List.of();

  @Option(names = "--regions", split = ",", paramLabel = "REGION", description = "Only these regions.")
  List<String> regions = List.of();

  @Option(names = "--resource-types", split = ",", paramLabel = "TYPE",
      description = "Only these types (the original short names ec2, rds, s3, lambda work too).")
  List<String> resourceTypes = List.of();

  @Option(names = "--dry-run", description = "Collect and compare with the table, but write nothing.")
  boolean dryRun;

  @Option(names = "--shard", paramLabel = "K/N",
      description = "Only the accounts of shard K of N (stable hash of the account id).")
  String shard;

  @Option(names = "--price-file", paramLabel = "FILE", description = "Prices to use instead of the bundled list prices.")
  Path priceFile;

  @Override
  public Integer call() {
    RootCommand root = (RootCommand) spec.root().userObject();
    root.textOrJson("collect");
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ConfigReadResult read = ConfigReader.withResourceTypes(ResourceCollectors.discoveredTypes()).read(config);
    read.warnings().forEach(w -> err.println("warning " + w));
    InventoryConfig inventoryConfig = read.orThrow();
    CollectionRequest request = request();
    try (AwsClientFactory clients = root.clients();
        DynamoDbClient dynamoDb = clients.client(DynamoDbClient.builder())) {
      if (!dryRun && InventoryTable.describe(dynamoDb, root.table()).isEmpty()) {
        throw new InventoryException("table " + root.table() + " does not exist in " + clients.region()
            + "; create it with: ./inventory table create" + (root.endpointUrl() == null ? ""
            : " --endpoint-url " + root.endpointUrl()));
      }
      InventoryCollector.Builder builder = InventoryCollector.builder()
          .config(inventoryConfig)
          .tableName(root.table())
          .region(clients.region())
          .credentialsProvider(clients.credentials())
          .httpClient(clients.httpClient())
          .dynamoDbClient(dynamoDb)
          .defaultExternalId(System.getenv("EXTERNAL_ID"))
          .addListener(new ProgressDisplay(err, System.console() != null && root.output() == RootCommand.OutputFormat.table));
      clients.endpoint().ifPresent(builder::endpointOverride);
      if (priceFile != null) {
        builder.priceFile(priceFile);
      }
      CollectionReport report;
      try (InventoryCollector collector = builder.build()) {
        report = collector.run(request);
      }
      if (root.output() == RootCommand.OutputFormat.json) {
        Json.print(out, RunReportView.json(report));
      } else {
        RunReportView.print(out, report);
      }
      return report.status() == RunStatus.OK ? InventoryCli.OK
          : report.status() == RunStatus.PARTIAL ? InventoryCli.PARTIAL : InventoryCli.FAILURE;
    }
  }

  private CollectionRequest request() {
    CollectionRequest.Builder request = CollectionRequest.builder().dryRun(dryRun).addAllAccounts(accounts)
        .addAllRegions(regions);
    for (String account : accounts) {
      if (!account.matches("\\d{12}")) {
        throw new UsageException("--accounts takes 12-digit account ids (was '" + account + "')");
      }
    }
    for (String type : resourceTypes) {
      try {
        request.addAllResourceTypes(ResourceType.parse(type));
      } catch (CatalogException e) {
        throw new UsageException("--resource-types: " + e.getMessage());
      }
    }
    if (shard != null) {
      try {
        request.shard(Shard.parse(shard));
      } catch (CollectionException e) {
        throw new UsageException("--shard: " + e.getMessage());
      }
    }
    return request.build();
  }
}
