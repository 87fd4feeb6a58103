package io.github.awsinventory.examples.policy;

import io.github.awsinventory.collector.InventoryCollector;
import io.github.awsinventory.collector.ResourceCollectors;
import io.github.awsinventory.examples.ExampleMain;
import io.github.awsinventory.examples.ExampleOptions;
import io.github.awsinventory.examples.UsageException;
import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.model.config.ConfigReader;
import io.github.awsinventory.model.config.ConfigurationException;
import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.model.pricing.PriceList;
import io.github.awsinventory.query.InventoryQuery;
import io.github.awsinventory.query.report.InventoryReports;
import io.github.awsinventory.query.report.SummaryReport;
import io.github.awsinventory.query.security.Finding;
import io.github.awsinventory.query.security.FindingStatus;
import io.github.awsinventory.query.security.SecurityReport;
import io.github.awsinventory.query.security.SecurityRule;
import io.github.awsinventory.query.security.SecurityRules;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Example 3 — your own security rule and your own prices.
 *
 * <p>Collects the configured accounts with the organisation's negotiated prices (a price file in the
 * format of {@code docs/COST_MODEL.md}, e.g. {@code inventory-examples/prices/acme-prices.json}) instead of
 * the bundled list prices, then checks the inventory with every registered security rule — the built-in
 * ones and {@link BucketVersioningRule} (ACME-001), which the reports find through
 * {@link java.util.ServiceLoader} — and prints the total cost at those prices and the findings of the
 * organisation's own rules.
 *
 * <pre>{@code
 * PriceList prices = PriceList.fromFile(priceFile);                  // every problem of the file at once
 * InventoryCollector.builder().config(config).priceFile(priceFile)... // the estimates use them
 * InventoryReports.builder().query(query).prices(prices)...          // so do the recommendations
 * }</pre>
 */
public final class PolicyCheck {

  static final String CONFIG = "--config";
  static final String PRICE_FILE = "--price-file";

  static final String USAGE = ""
      + "Usage: PolicyCheck --config FILE --price-file FILE [--endpoint-url URL] [--region REGION] [--table NAME]\n"
      + "Collects the configured accounts, estimating costs with your price file, then prints the total at those\n"
      + "prices and the findings of your own security rules (ACME-001: S3 bucket without versioning).\n"
      + "  --config FILE       the accounts configuration (docs/CONFIGURATION.md)\n"
      + "  --price-file FILE   prices in the format of docs/COST_MODEL.md, e.g.\n"
      + "                      inventory-examples/prices/acme-prices.json\n"
      + ExampleOptions.COMMON_USAGE;

  private PolicyCheck() {}

  /**
   * Collects with a price file instead of the bundled list prices.
   *
   * @param connection a collector builder with the table and how to reach AWS
   * @param config the accounts configuration
   * @param priceFile the price file; the build fails listing every problem when it is invalid
   * @return the run's report
   */
  public static CollectionReport collect(InventoryCollector.Builder connection, InventoryConfig config,
      Path priceFile) {
    try (InventoryCollector collector = connection.config(config).priceFile(priceFile).build()) {
      return collector.run();
    }
  }

  /**
   * Reports over the inventory that price their recommendations with the same prices the collector used,
   * and check every registered security rule.
   *
   * @param query the inventory table's query
   * @param config the configuration, for its report thresholds
   * @param prices the prices
   * @return the reports
   */
  public static InventoryReports reports(InventoryQuery query, InventoryConfig config, PriceList prices) {
    return InventoryReports.builder().query(query).thresholds(config.costThresholds()).prices(prices)
        .securityRules(SecurityRules.discover()).build();
  }

  /**
   * The rules found on the class path besides the built-in ones: the organisation's own.
   *
   * @return their ids
   */
  public static Set<String> customRuleIds() {
    Set<String> builtIn = SecurityRules.builtIn().stream().map(SecurityRule::id).collect(Collectors.toSet());
    return SecurityRules.discover().stream().map(SecurityRule::id).filter(id -> !builtIn.contains(id))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * Collects and checks once from the command line; see {@link #USAGE}.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    ExampleMain.exit(args, PolicyCheck::run);
  }

  /**
   * The command line: 0 when every scope was collected and no custom rule failed, 4 when a custom rule
   * failed, 3 when some scopes failed, 1 when the run failed, 2 for a usage, configuration or price file
   * error.
   */
  static int run(String[] args, Map<String, String> env, AwsCredentialsProvider credentials, PrintStream out,
      PrintStream err) {
    ExampleOptions options;
    InventoryConfig config;
    Path priceFile;
    PriceList prices;
    try {
      options = ExampleOptions.parse(args, env, CONFIG, PRICE_FILE);
      config = ConfigReader.withResourceTypes(ResourceCollectors.discoveredTypes())
          .read(Path.of(options.required(CONFIG))).orThrow();
      priceFile = Path.of(options.required(PRICE_FILE));
      prices = PriceList.fromFile(priceFile);
    } catch (UsageException e) {
      return e.report(USAGE, out, err);
    } catch (ConfigurationException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    out.println("Prices " + prices.version() + prices.source().map(s -> ": " + s).orElse(""));
    CollectionReport run = collect(options.collector(credentials), config, priceFile);
    out.printf("Run %s %s: %d resources, %d failed scopes%n", run.runId(), run.status(), run.resources(),
        run.failedScopes().size());
    if (run.status() == RunStatus.FAILED) {
      run.fatalError().ifPresent(e -> err.println("error: " + e));
      return 1;
    }
    Set<String> custom = customRuleIds();
    SecurityReport security;
    try (DynamoDbClient dynamoDb = options.configure(DynamoDbClient.builder(), credentials).build()) {
      InventoryReports reports = reports(InventoryQuery.create(dynamoDb, options.table()), config, prices);
      SummaryReport.Group total = reports.summary().total();
      out.printf("Estimated monthly cost at %s prices: %s USD for %d resources (%d more with an unknown cost)%n",
          prices.version(), total.knownMonthlyCost().toPlainString(), total.resources() - total.unknownCostResources(),
          total.unknownCostResources());
      security = reports.security();
    }
    security.rules().stream().filter(rule -> custom.contains(rule.id())).forEach(rule ->
        out.printf("%s %s (%s): %d failed, %d unknown%n", rule.id(), rule.title(), rule.severity(), rule.failed(),
            rule.unknown()));
    security.findings().stream().filter(f -> custom.contains(f.ruleId())).forEach(f ->
        out.printf("  %-7s %s %s %s %s: %s%n", f.status(), f.ruleId(), f.accountId(), f.region(), f.name(),
            f.message()));
    boolean customFailures = security.findings().stream().filter(f -> custom.contains(f.ruleId()))
        .map(Finding::status).anyMatch(FindingStatus.FAIL::equals);
    if (run.status() == RunStatus.PARTIAL) {
      return 3;
    }
    return customFailures ? 4 : 0;
  }
}
