package io.github.awsinventory.cli.internal;

import io.github.awsinventory.cli.InventoryCli;
import io.github.awsinventory.cli.spi.UsageException;
import io.github.awsinventory.model.config.ConfigReader;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.model.pricing.PriceList;
import io.github.awsinventory.query.report.InventoryReports;
import io.github.awsinventory.query.report.Report;
import io.github.awsinventory.query.report.Reports;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@code inventory report summary|cost|security|cleanup}. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Print a report: summary, cost, security or cleanup.",
        "Thresholds come from --config (cost_thresholds) and can be overridden here. Output: table (default), "
            + "json, or csv for the tabular part."})
final class ReportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "REPORT", description = "summary, cost, security or cleanup.")
  String report;

  @Option(names = "--config", paramLabel = "FILE", description = "Read the thresholds from this configuration file.")
  Path config;

  @Option(names = "--days", paramLabel = "N",
      description = "Cleanup: use N for every age threshold (idle, stale and not-seen days).")
  Integer days;

  @Option(names = "--idle-days", paramLabel = "N", description = "Cleanup: instances stopped longer than N days.")
  Integer idleDays;

  @Option(names = "--stale-days", paramLabel = "N", description = "Cost and cleanup: snapshots older than N days.")
  Integer staleDays;

  @Option(names = "--not-seen-days", paramLabel = "N", description = "Cleanup: resources not seen for N days.")
  Integer notSeenDays;

  @Option(names = "--threshold", paramLabel = "USD",
      description = "Cost: list resources above this monthly cost (expensive_resource_monthly).")
  BigDecimal threshold;

  @Option(names = "--top", paramLabel = "N", description = "Cost: how many of the most expensive resources (default ${DEFAULT-VALUE}).")
  int top = 10;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Evaluate ages as of this date or instant (default: now).")
  String asOf;

  @Option(names = "--price-file", paramLabel = "FILE", description = "Price recommendations with this price file.")
  Path priceFile;

  @Override
  public Integer call() {
    RootCommand root = (RootCommand) spec.root().userObject();
    PrintWriter out = spec.commandLine().getOut();
    if (!java.util.List.of("summary", "cost", "security", "cleanup").contains(report)) {
      throw new UsageException("REPORT must be summary, cost, security or cleanup (was '" + report + "')");
    }
    CostThresholds thresholds = thresholds();
    try (AwsClientFactory clients = root.clients(); DynamoDbClient dynamoDb = clients.client(DynamoDbClient.builder())) {
      InventoryReports.Builder builder = InventoryReports.builder()
          .query(Inventory.query(root, clients, dynamoDb)).thresholds(thresholds);
      if (priceFile != null) {
        builder.prices(PriceList.fromFile(priceFile));
      }
      InventoryReports reports = builder.build();
      if (asOf != null) {
        reports = reports.asOf(Inventory.instant("--as-of", asOf, false));
      }
      Report result = run(reports);
      render(out, root.output(), result);
    }
    return InventoryCli.OK;
  }

  private Report run(InventoryReports reports) {
    switch (report) {
      case "summary":
        return reports.summary();
      case "cost":
        if (top < 0) {
          throw new UsageException("--top must be >= 0 (was " + top + ")");
        }
        return reports.cost(top);
      case "security":
        return reports.security();
      default:
        return reports.cleanup();
    }
  }

  static void render(PrintWriter out, RootCommand.OutputFormat format, Report report) {
    switch (format) {
      case json:
        out.println(Reports.json(report));
        break;
      case csv:
        if (report.table().isEmpty()) {
          throw new UsageException("the " + report.kind() + " report has no CSV form; use --output json");
        }
        Reports.writeCsv(report, out);
        break;
      default:
        Reports.printText(report, out);
    }
  }

  private CostThresholds thresholds() {
    CostThresholds base = config == null ? CostThresholds.defaults()
        : ConfigReader.standard().read(config).orThrow().costThresholds();
    CostThresholds.Builder builder = base.toBuilder();
    if (days != null) {
      builder.idleResourceDays(positive("--days", days)).staleResourceDays(days).notSeenDays(days);
    }
    if (idleDays != null) {
      builder.idleResourceDays(positive("--idle-days", idleDays));
    }
    if (staleDays != null) {
      builder.staleResourceDays(positive("--stale-days", staleDays));
    }
    if (notSeenDays != null) {
      builder.notSeenDays(positive("--not-seen-days", notSeenDays));
    }
    if (threshold != null) {
      if (threshold.signum() <= 0) {
        throw new UsageException("--threshold must be > 0 (was " + threshold.toPlainString() + ")");
      }
      builder.expensiveResourceMonthly(threshold);
    }
    return builder.build();
  }

  private static int positive(String option, int value) {
    if (value < 1) {
      throw new UsageException(option + " must be >= 1 (was " + value + ")");
    }
    return value;
  }
}
