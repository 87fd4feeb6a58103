package io.github.awsinventory.demo.internal;

import io.github.awsinventory.cli.InventoryCli;
import io.github.awsinventory.cli.spi.CliContext;
import io.github.awsinventory.cli.spi.UsageException;
import io.github.awsinventory.collector.InventoryCollector;
import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.InventoryException;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.model.table.InventoryTable;
import io.github.awsinventory.query.InventoryQuery;
import io.github.awsinventory.query.report.InventoryReports;
import io.github.awsinventory.query.report.RunReportView;
import io.github.awsinventory.testkit.EmulatorUnavailableException;
import io.github.awsinventory.testkit.MotoServer;
import io.github.awsinventory.testkit.estate.EstateManifest;
import io.github.awsinventory.testkit.estate.StandardEstate;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code inventory demo}: the whole product against a local emulator, without an AWS account. Its SDK
 * clients are the emulator's own (static test credentials, the emulator's region and endpoint), never the
 * user's AWS credentials.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Without an AWS account: start (or reuse) a local moto server, build a realistic organisation in "
        + "it (3 accounts x 2 regions, every resource type, planted security problems and waste), collect it into a "
        + "local table and print the summary, cost, security and cleanup reports.",
        "The moto server is left running so that you can explore with the other commands (the demo prints how); "
        + "pass --stop to stop it at the end, also one that an earlier demo left running. A reused server is reset "
        + "first."})
final class DemoCommand implements Callable<Integer> {

  private final CliContext context;

  @Spec
  CommandSpec spec;

  @Option(names = "--port", paramLabel = "PORT", description = "The loopback port of the moto server (default ${DEFAULT-VALUE}).")
  int port = 5000;

  @Option(names = "--stop", description = "Stop the moto server at the end: the one this demo started or one an "
      + "earlier demo left running (a server the demo did not start keeps running).")
  boolean stop;

  DemoCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 1 || port > 65535) {
      throw new UsageException("--port must be between 1 and 65535 (was " + port + ")");
    }
    MotoServer moto = emulator(err);
    String ending;
    try {
      show(out, context.table(), moto);
    } finally {
      ending = stop ? stop(moto) : null;
      moto.close();
    }
    if (ending != null) {
      out.println(ending);
    } else if (moto.isOwned()) {
      out.println("The moto server keeps running" + moto.pid().map(pid -> " (pid " + pid + "); stop it with: kill "
          + pid).orElse(""));
      moto.logFile().ifPresent(log -> out.println("Its log: " + log));
    } else {
      out.println("The moto server was already running; it keeps running.");
    }
    return InventoryCli.OK;
  }

  private void show(PrintWriter out, String table, MotoServer moto) throws IOException {
    out.println("== Building the demo organisation in moto at " + moto.endpoint());
    EstateManifest estate = StandardEstate.build(moto);
    Path config = estate.writeAccountsConfig(demoDirectory().resolve("accounts.json"));
    out.printf("   %d resources in %d accounts and %d regions%n", estate.resources().size(), estate.accounts().size(),
        estate.regions().size());
    out.println("   configuration: " + config);
    InventoryConfig inventoryConfig = InventoryConfig.load(config);
    try (DynamoDbClient dynamoDb = moto.client(DynamoDbClient.builder())) {
      InventoryTable.create(dynamoDb, table);
      out.println();
      out.println("== Collecting (./inventory collect --config " + config + ")");
      CollectionReport report;
      try (InventoryCollector collector = InventoryCollector.builder().config(inventoryConfig).tableName(table)
          .region(moto.region()).credentialsProvider(moto.credentialsProvider()).httpClient(moto.httpClient())
          .dynamoDbClient(dynamoDb).endpointOverride(moto.endpoint()).addListener(context.progressDisplay())
          .build()) {
        report = collector.run();
      }
      RunReportView.print(out, report);
      InventoryReports reports = InventoryReports.builder().query(InventoryQuery.create(dynamoDb, table))
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
      reports.withThresholds(demoThresholds).asOf(reports.now().plus(Duration.ofDays(2))).cleanup()
          .printText(out);
      explore(out, moto, table, config);
    }
  }

  private MotoServer emulator(PrintWriter err) throws IOException {
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
    MotoServer moto;
    try {
      moto = stop ? MotoServer.start(port) : MotoServer.startDetached(port);
    } catch (EmulatorUnavailableException e) {
      throw new InventoryException("the demo needs the moto server: " + e.getMessage(), e);
    }
    Files.deleteIfExists(pidFile());
    if (!stop && moto.pid().isPresent()) {
      Files.write(pidFile(), List.of(String.valueOf(moto.pid().get()),
          moto.logFile().map(Path::toString).orElse("")), StandardCharsets.UTF_8);
    }
    return moto;
  }

  /** Stops the server this demo started, or the one an earlier demo started and recorded; says what it did. */
  private String stop(MotoServer moto) {
    if (moto.isOwned()) {
      moto.stop();
      return "The moto server has been stopped (--stop).";
    }
    Optional<ProcessHandle> earlier = earlierDemoServer();
    if (earlier.isEmpty()) {
      return "The moto server on port " + port + " was not started by the demo, so --stop leaves it running.";
    }
    ProcessHandle process = earlier.get();
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      process.onExit().get(10, TimeUnit.SECONDS);
    } catch (TimeoutException | ExecutionException e) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.onExit().completeOnTimeout(process, 5, TimeUnit.SECONDS).join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return "The moto server (pid " + process.pid() + ", started by an earlier demo) has been stopped (--stop).";
  }

  /**
   * The server an earlier demo started on this port, from the pid file it wrote: only while that process
   * is alive and is still a moto server on this port. The pid file and the server's log are removed.
   */
  private Optional<ProcessHandle> earlierDemoServer() {
    Path pidFile = pidFile();
    List<String> lines;
    try {
      lines = Files.exists(pidFile) ? Files.readAllLines(pidFile, StandardCharsets.UTF_8) : List.of();
      Files.deleteIfExists(pidFile);
      if (lines.size() > 1 && !lines.get(1).isBlank()) {
        Files.deleteIfExists(Path.of(lines.get(1)));
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    if (lines.isEmpty() || !lines.get(0).matches("\\d+")) {
      return Optional.empty();
    }
    return ProcessHandle.of(Long.parseLong(lines.get(0))).filter(ProcessHandle::isAlive)
        .filter(p -> p.info().commandLine().map(c -> c.contains("moto") && c.endsWith("-p " + port)).orElse(false));
  }

  private Path pidFile() {
    return demoDirectory().resolve("moto-" + port + ".pid");
  }

  private static Path demoDirectory() {
    try {
      return Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "aws-inventory-demo"));
    } catch (IOException e) {
      throw new InventoryException("cannot create the demo's directory: " + e.getMessage(), e);
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
