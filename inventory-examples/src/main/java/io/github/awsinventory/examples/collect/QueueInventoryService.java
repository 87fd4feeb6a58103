package io.github.awsinventory.examples.collect;

import static io.github.awsinventory.examples.collect.SqsQueueCollector.SQS_QUEUE;

import io.github.awsinventory.collector.CollectionRequest;
import io.github.awsinventory.collector.InventoryCollector;
import io.github.awsinventory.collector.ResourceCollectors;
import io.github.awsinventory.collector.spi.CostEstimate;
import io.github.awsinventory.collector.spi.CostEstimator;
import io.github.awsinventory.examples.ExampleMain;
import io.github.awsinventory.examples.ExampleOptions;
import io.github.awsinventory.examples.UsageException;
import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.model.config.ConfigReadResult;
import io.github.awsinventory.model.config.ConfigReader;
import io.github.awsinventory.model.config.ConfigurationException;
import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.query.report.RunReportView;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * Example 1 — embedding the collector in a service, with a collector of one's own and a department rule.
 *
 * <p>The service keeps the inventory of the organisation's SQS queues in the inventory table. It adds
 * three things to the collector:
 * <ul>
 *   <li>its own collector of the {@code sqs_queue} type, {@link SqsQueueCollector}, added with
 *       {@code addCollector}, which replaces the built-in collector of that type;
 *   <li>a {@link TeamPrefixDepartmentRule}: queues named {@code <team>-...} belong to the team's department;
 *   <li>a cost estimator that says why a queue has no monthly cost (SQS is billed by requests).
 * </ul>
 *
 * <pre>{@code
 * try (QueueInventoryService service = new QueueInventoryService(
 *     InventoryCollector.builder().tableName("aws-inventory"), QueueInventoryService.readConfig(path), TEAMS)) {
 *   CollectionReport report = service.refresh();
 * }
 * }</pre>
 */
public final class QueueInventoryService implements AutoCloseable {

  /** Team to department; a real service would read its team directory. */
  public static final Map<String, String> TEAMS = Map.of("payments", "finance", "search", "discovery",
      "checkout", "commerce");

  /** SQS has no monthly price: it is billed by requests. An unknown cost, never 0, and the reason why. */
  static final CostEstimator SQS_IS_BILLED_BY_REQUESTS = resource -> resource.resourceType().equals(SQS_QUEUE)
      ? Optional.of(CostEstimate.unknown("SQS is billed by requests"))
      : Optional.empty();

  static final String CONFIG = "--config";

  static final String USAGE = ""
      + "Usage: QueueInventoryService --config FILE [--endpoint-url URL] [--region REGION] [--table NAME]\n"
      + "Collects every SQS queue of the configured accounts and regions into the inventory table, as the\n"
      + "type sqs_queue, with departments from a team-prefix rule.\n"
      + "  --config FILE       the accounts configuration (docs/CONFIGURATION.md); 'sqs_queue' is accepted in\n"
      + "                      its resource_types, and added when the file lists types without it\n"
      + ExampleOptions.COMMON_USAGE;

  private final InventoryCollector collector;

  /**
   * Builds the service's collector.
   *
   * @param connection a collector builder with where to write and how to reach AWS (table, region,
   *     credentials, endpoint, HTTP client); the service adds the configuration and its extensions
   * @param config the accounts configuration
   * @param departmentByTeam team name prefix to department
   */
  public QueueInventoryService(InventoryCollector.Builder connection, InventoryConfig config,
      Map<String, String> departmentByTeam) {
    InventoryConfig withQueues = withQueues(config);
    this.collector = connection
        .config(withQueues)
        .addCollector(new SqsQueueCollector())
        .addDepartmentRule(new TeamPrefixDepartmentRule(departmentByTeam, withQueues.departmentTagKeys()))
        .addCostEstimator(SQS_IS_BILLED_BY_REQUESTS)
        .build();
  }

  /**
   * Reads an accounts configuration that may name the custom types of the class path.
   *
   * @param file the JSON file
   * @return the read result: the configuration, or every error; and the warnings
   */
  public static ConfigReadResult readConfig(Path file) {
    return ConfigReader.withResourceTypes(ResourceCollectors.discoveredTypes()).read(file);
  }

  /**
   * Collects the queues of every configured account and region into the table: new and changed queues are
   * written with a history version, vanished ones marked deleted (only in scopes that succeeded).
   *
   * @return the run's report
   */
  public CollectionReport refresh() {
    return collector.run(CollectionRequest.builder().addResourceTypes(SQS_QUEUE).build());
  }

  @Override
  public void close() {
    collector.close();
  }

  /** The configuration, with {@code sqs_queue} among its types when it lists types at all. */
  static InventoryConfig withQueues(InventoryConfig config) {
    if (config.resourceTypes().isEmpty() || config.resourceTypes().contains(SQS_QUEUE)) {
      return config;
    }
    return config.toBuilder().addResourceTypes(SQS_QUEUE).build();
  }

  /**
   * Runs the service once from the command line; see {@link #USAGE}.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    ExampleMain.exit(args, QueueInventoryService::run);
  }

  /**
   * The command line: 0 when every scope was collected, 3 when some failed, 1 when the run failed, 2 for a
   * usage or configuration error.
   */
  static int run(String[] args, Map<String, String> env, AwsCredentialsProvider credentials, PrintStream out,
      PrintStream err) {
    ExampleOptions options;
    InventoryConfig config;
    try {
      options = ExampleOptions.parse(args, env, CONFIG);
      ConfigReadResult read = readConfig(Path.of(options.required(CONFIG)));
      read.warnings().forEach(warning -> err.println("warning: " + warning));
      config = read.orThrow();
    } catch (UsageException e) {
      return e.report(USAGE, out, err);
    } catch (ConfigurationException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    CollectionReport report;
    try (QueueInventoryService service = new QueueInventoryService(options.collector(credentials), config, TEAMS)) {
      report = service.refresh();
    }
    PrintWriter text = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    RunReportView.print(text, report);
    text.flush();
    return report.status() == RunStatus.OK ? 0 : report.status() == RunStatus.PARTIAL ? 3 : 1;
  }
}
