package io.github.awsinventory.cli.internal;

import io.github.awsinventory.query.report.RunReportView;

import io.github.awsinventory.cli.InventoryCli;
import io.github.awsinventory.collector.InventoryCollector;
import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.model.table.InventoryTable;
import io.github.awsinventory.query.InventoryQuery;
import io.github.awsinventory.query.report.InventoryReports;
import io.github.awsinventory.testkit.EmulatorUnavailableException;
import io.github.awsinventory.testkit.MotoServer;
import io.github.awsinventory.testkit.estate.EstateManifest;
import io.github.awsinventory.testkit.estate.StandardEstate;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@code inventory demo}: the whole product against a local emulator, without an AWS account. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Without an AWS account: start (or reuse) a local moto server, build a realistic organisation in "
        + "it (3 accounts x 2 regions, every resource type, planted security problems and waste), collect it into a "
        + "local table and print the summary, cost, security and cleanup reports.",
        "The moto server is left running so that you can explore with the other commands (the demo prints how); "
        + "pass --stop to stop it at the end. A reused server is reset first."})
final class DemoCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--port", paramLabel = "PORT", description = "The loopback port of the moto server (default ${DEFAULT-VALUE}).")
  int port = 5000;

  @Option(names = "--stop", description = "Stop the moto server at the end (if the demo started it).")
  boolean stop;

  @Override
  public Integer call() throws IOException {
    RootCommand root = (RootCommand) spec.root().userObject();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 1 || port > 65535) {
      throw new UsageException("--port must be between 1 and 65535 (was " + port + ")");
    }
    MotoServer moto = emulator(err);
    try {
      out.println("== Building the demo organisation in moto at " + moto.endpoint());
      EstateManifest estate = StandardEstate.build(moto);
      Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "aws-inventory-demo"));
      Path config = estate.writeAccountsConfig(dir.resolve("accounts.json"));
      out.printf("   %d resources in %d accounts and %d regions%n   configuration written to %s%n",
          estate.resources().size(), estate.accounts().size(), estate.regions().size(), config);
      InventoryConfig inventoryConfig = InventoryConfig.load(config);
      try (AwsClientFactory clients = new AwsClientFactory(moto.region().id(), null, moto.endpoint());
          DynamoDbClient dynamoDb = clients.client(DynamoDbClient.builder())) {
        InventoryTable.create(dynamoDb, root.table());
        out.println();
        out.println("== Collecting (./inventory collect --config " + config + ")");
        CollectionReport report;
        try (InventoryCollector collector = InventoryCollector.builder().config(inventoryConfig).tableName(root.table())
            .region(clients.region()).credentialsProvider(clients.credentials()).httpClient(clients.httpClient())
            .dynamoDbClient(dynamoDb).endpointOverride(moto.endpoint())
            .addListener(new ProgressDisplay(err, System.console() != null)).build()) {
          report = collector.run();
        }
        RunReportView.print(out, report);
        InventoryReports reports = InventoryReports.builder().query(InventoryQuery.create(dynamoDb, root.table()))
            .thresholds(inventoryConfig.costThresholds()).build();
        section(out, "Summary (./inventory report summary)");
        reports.summary().printText(out);
        section(out, "Cost analysis (./inventory report cost --top 5)");
        reports.cost(5).printText(out);
        section(out, "Security check (./inventory report security)");
        reports.security().printText(out);
        section(out, "Cleanup candidates (./inventory report cleanup --idle-days 1 --stale-days 1, two days from now)");
        out.println("The demo's instances were stopped and its snapshots taken a moment ago; to show the age-based");
        out.println("rules, this report lowers their thresholds to 1 day and is evaluated as of two days from now.");
        CostThresholds demoThresholds = inventoryConfig.costThresholds().toBuilder().idleResourceDays(1)
            .staleResourceDays(1).notSeenDays(2).build();
        reports.withThresholds(demoThresholds).asOf(reports.now().plus(java.time.Duration.ofDays(2))).cleanup()
            .printText(out);
        explore(out, moto, root.table(), config);
      }
    } finally {
      if (stop) {
        moto.stop();
      }
      moto.close();
    }
    return InventoryCli.OK;
  }

  private MotoServer emulator(PrintWriter err) {
    if (MotoServer.answers(port)) {
      err.println("Reusing the moto server on port " + port + " (resetting it).");
      MotoServer moto = MotoServer.connect(port);
      moto.reset();
      return moto;
    }
    if (!portFree(port)) {
      throw new UsageException("port " + port + " is in use by something that is not a moto server; "
          + "pick another with --port");
    }
    err.println("Starting a moto server on port " + port + "...");
    try {
      return stop ? MotoServer.start(port) : MotoServer.startDetached(port);
    } catch (EmulatorUnavailableException e) {
      throw new io.github.awsinventory.model.InventoryException("the demo needs the moto server: " + e.getMessage(), e);
    }
  }

  private void explore(PrintWriter out, MotoServer moto, String table, Path config) {
    section(out, "Explore further");
    String endpoint = "--endpoint-url " + moto.endpoint() + (table.equals("aws-inventory") ? "" : " --table " + table);
    out.println("The demo's table lives in the moto server at " + moto.endpoint() + ". Pass it to any command:");
    out.println("  ./inventory " + endpoint + " report summary --output json");
    out.println("  ./inventory " + endpoint + " query by-department engineering --type ec2_instance");
    out.println("  ./inventory " + endpoint + " query by-account 222222222222 --type s3_bucket");
    out.println("  ./inventory " + endpoint + " export --format csv --output-file inventory.csv");
    out.println("  ./inventory " + endpoint + " collect --config " + config);
    if (stop || !moto.isOwned()) {
      out.println(stop ? "The moto server has been stopped (--stop)." : "The moto server was already running; it "
          + "keeps running.");
    } else {
      out.println("The moto server keeps running" + moto.pid().map(pid -> " (pid " + pid + "); stop it with: kill "
          + pid).orElse("") + moto.logFile().map(log -> "; its log: " + log).orElse(""));
    }
  }

  private static void section(PrintWriter out, String title) {
    out.println();
    out.println("== " + title);
  }

  private static boolean portFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
