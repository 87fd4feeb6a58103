package io.github.awsinventory.lambda.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.awsinventory.collector.CollectionRequest;
import io.github.awsinventory.collector.InventoryCollector;
import io.github.awsinventory.collector.ResourceCollectors;
import io.github.awsinventory.collector.Shard;
import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.model.ScopeResult;
import io.github.awsinventory.model.config.ConfigReader;
import io.github.awsinventory.model.config.ConfigurationException;
import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.model.config.OrganizationConfig;
import io.github.awsinventory.query.InventoryQuery;
import io.github.awsinventory.query.render.Money;
import io.github.awsinventory.query.report.CleanupReport;
import io.github.awsinventory.query.report.CostReport;
import io.github.awsinventory.query.report.InventoryReports;
import io.github.awsinventory.query.report.RunReportView;
import io.github.awsinventory.query.report.SummaryReport;
import io.github.awsinventory.query.security.Finding;
import io.github.awsinventory.query.security.FindingStatus;
import io.github.awsinventory.query.security.SecurityReport;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The Lambda's actions. Clients are built once (at init); configuration is read per invocation, so that a
 * changed configuration object applies without a redeployment.
 */
public final class Actions {

  /** The actions, in the order documented. */
  public static final List<String> NAMES = List.of("collect", "plan", "summary", "cost_analysis", "security_check",
      "cleanup");

  /** Time kept free at the end of an invocation to write the run record and reports. */
  static final Duration SAFETY_MARGIN = Duration.ofSeconds(45);
  /** How many failed accounts an alert names. */
  static final int MAX_NAMED_ACCOUNTS = 50;

  private static final Logger LOG = LoggerFactory.getLogger(Actions.class);
  private static final Set<String> UNENCRYPTED_RULES = Set.of("EBS-001", "EBS-002", "RDS-001", "S3-002");
  private static final DateTimeFormatter RUN_ID_TIME =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private final HandlerSettings settings;
  private final AwsCredentialsProvider credentials;
  private final SdkHttpClient http;
  private final DynamoDbClient dynamoDb;
  private final S3Client s3;
  private final Metrics metrics;
  private final Alerts alerts;
  private final ReportStore reports;
  private final Clock clock = Clock.systemUTC();

  /** An event that does not say what the action needs; the message names the field and the fix. */
  public static final class BadEventException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadEventException(String message) {
      super(message);
    }
  }

  /**
   * Builds the clients.
   *
   * @param settings the validated settings
   * @param credentials the base credentials (resolved lazily, at the first call)
   * @param metricsOut where metrics lines go
   */
  public Actions(HandlerSettings settings, AwsCredentialsProvider credentials, PrintStream metricsOut) {
    this.settings = settings;
    this.credentials = credentials;
    this.http = UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(10))
        .socketTimeout(Duration.ofSeconds(60)).build();
    this.dynamoDb = client(DynamoDbClient.builder());
    this.s3 = client(S3Client.builder());
    this.metrics = new Metrics(metricsOut, clock);
    this.alerts = new Alerts(client(SnsClient.builder()), settings.topic());
    this.reports = new ReportStore(s3, settings.bucket());
  }

  /**
   * Alerts that an action could not run because the configuration is invalid: a scheduled run fails the same
   * way every time until someone fixes the file, so it must not fail quietly. The message names the fields,
   * never the ExternalId's value.
   *
   * @param action the action refused
   * @param problem the configuration error's message
   */
  public void configurationInvalid(String action, String problem) {
    metrics.emit(action, List.of(Metrics.Metric.count("ConfigurationErrors", 1)));
    alerts.send("aws-inventory: " + action + " refused, the configuration is invalid",
        List.of("The " + action + " action did not run: the configuration could not be used.", problem,
            "Fix the file (./inventory config validate <file> lists every problem) and upload it again; the next "
                + "scheduled run picks it up."),
        List.of(), Optional.empty());
  }

  /**
   * Runs an action.
   *
   * @param action one of {@link #NAMES}
   * @param event the whole event
   * @param remainingMillis the invocation's remaining time
   * @return the result
   */
  public Map<String, Object> run(String action, Map<String, Object> event, long remainingMillis) {
    switch (action) {
      case "collect":
        return collect(event, remainingMillis);
      case "plan":
        return plan(event);
      case "summary":
        return summary();
      case "cost_analysis":
        return cost();
      case "security_check":
        return security();
      default:
        return cleanup();
    }
  }

  // ------------------------------------------------------------------------------------------- collect

  private Map<String, Object> collect(Map<String, Object> event, long remainingMillis) {
    Instant now = clock.instant();
    CollectionRequest.Builder request = CollectionRequest.builder().addAllAccounts(accounts(event));
    Object shard = event.get("shard");
    if (shard != null) {
      try {
        request.shard(Shard.parse(String.valueOf(shard)));
      } catch (io.github.awsinventory.collector.CollectionException e) {
        throw new BadEventException("\"shard\": " + e.getMessage());
      }
    }
    if (remainingMillis != Long.MAX_VALUE) {
      request.deadline(now.plusMillis(remainingMillis).minus(SAFETY_MARGIN));
    }
    InventoryConfig config = config();
    CollectionReport report;
    try (InventoryCollector collector = collector(config)) {
      report = collector.run(request.build());
    }
    List<Metrics.Metric> values = new ArrayList<>(List.of(
        Metrics.Metric.millis("CollectionDuration", report.duration().toMillis()),
        Metrics.Metric.count("ResourcesCollected", report.resources()),
        Metrics.Metric.count("FailedAccounts", report.failedAccounts().size()),
        Metrics.Metric.count("FailedScopes", report.failedScopes().size())));
    metrics.emit("collect", values);
    report.resourcesByType().forEach((type, count) -> metrics.emit(Map.of("ResourceType", type),
        List.of(Metrics.Metric.count("ResourcesCollected", count)), false));
    LOG.info("Run {} finished {}: {} accounts, {} resources, coverage {}, {} failed scopes", report.runId(),
        report.status(), report.accounts(), report.resources(), percent(report.coverage()),
        report.failedScopes().size());
    List<String> locations = reports.store("collect", report.runId(), report.finishedAt(),
        json(RunReportView.json(report)), null);
    if (!report.failedAccounts().isEmpty() || report.status() == RunStatus.FAILED) {
      alerts.send("aws-inventory: collection " + report.status() + ", " + report.failedAccounts().size()
              + " account(s) failed",
          List.of("Run " + report.runId() + " finished " + report.status() + " at "
                  + report.finishedAt().truncatedTo(ChronoUnit.SECONDS) + ".",
              report.failedAccounts().size() + " of " + report.accounts() + " accounts had failed scopes ("
                  + report.failedScopes().size() + " scopes); nothing in them was marked deleted.",
              failedAccountsLine(report.failedAccounts()),
              "Coverage " + percent(report.coverage()) + ", " + report.resources() + " resources collected.",
              report.fatalError().map(e -> "Fatal: " + e).orElse("")),
          failuresByAccount(report.failedScopes()), locations.stream().findFirst());
    }
    Map<String, Object> result = result("collect", report.status().name().toLowerCase(java.util.Locale.ROOT),
        report.runId(), locations);
    result.put("accounts", report.accounts());
    result.put("failed_accounts", report.failedAccounts());
    result.put("resources", report.resources());
    result.put("coverage", Math.round(report.coverage() * 10000) / 10000.0);
    result.put("failed_scopes", report.failedScopes().stream().map(ScopeResult::scope).collect(Collectors.toList()));
    return result;
  }

  /** The failed accounts, all named up to {@value #MAX_NAMED_ACCOUNTS}. */
  private static String failedAccountsLine(List<String> accounts) {
    if (accounts.isEmpty()) {
      return "";
    }
    String named = String.join(", ", accounts.subList(0, Math.min(accounts.size(), MAX_NAMED_ACCOUNTS)));
    return "Failed accounts: " + named + (accounts.size() > MAX_NAMED_ACCOUNTS
        ? " and " + (accounts.size() - MAX_NAMED_ACCOUNTS) + " more (see the report)." : ".");
  }

  /**
   * One item per account, the one with most failed scopes first: how many failed and the first error, so
   * that every failed account shows, not ten scopes of the first.
   */
  private static List<String> failuresByAccount(List<ScopeResult> failed) {
    Map<String, List<ScopeResult>> byAccount = failed.stream()
        .collect(Collectors.groupingBy(ScopeResult::accountId, LinkedHashMap::new, Collectors.toList()));
    return byAccount.values().stream()
        .sorted(Comparator.comparingInt((List<ScopeResult> scopes) -> scopes.size()).reversed())
        .map(scopes -> {
          ScopeResult first = scopes.get(0);
          return first.accountId() + " (" + first.accountName() + "): " + scopes.size() + " scope(s) failed, e.g. "
              + first.region() + "/" + first.resourceType().name() + " " + first.status() + ": "
              + first.error().orElse("no error recorded");
        })
        .collect(Collectors.toList());
  }

  private Map<String, Object> plan(Map<String, Object> event) {
    int batchSize = 25;
    Object size = event.get("batch_size");
    if (size != null) {
      if (!(size instanceof Number) || ((Number) size).intValue() < 1 || ((Number) size).intValue() > 1000
          || ((Number) size).doubleValue() != ((Number) size).intValue()) {
        throw new BadEventException("\"batch_size\" must be a whole number from 1 to 1000 (was " + size + ")");
      }
      batchSize = ((Number) size).intValue();
    }
    CollectionRequest request = CollectionRequest.builder().addAllAccounts(accounts(event)).build();
    List<String> accounts;
    try (InventoryCollector collector = collector(config())) {
      accounts = collector.plan(request);
    }
    List<List<String>> batches = new ArrayList<>();
    for (int i = 0; i < accounts.size(); i += batchSize) {
      batches.add(List.copyOf(accounts.subList(i, Math.min(accounts.size(), i + batchSize))));
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("action", "plan");
    result.put("status", "ok");
    result.put("accounts", accounts.size());
    result.put("batches", batches);
    return result;
  }

  // ------------------------------------------------------------------------------------------- reports

  private Map<String, Object> summary() {
    SummaryReport report = reports().summary();
    String runId = runId(report.asOf());
    List<String> locations = reports.store("summary", runId, report, true);
    metrics.emit("summary", List.of(Metrics.Metric.usd("TotalMonthlyCost", report.total().knownMonthlyCost()),
        Metrics.Metric.count("Resources", report.total().resources()),
        Metrics.Metric.count("UnknownCostResources", report.total().unknownCostResources())));
    report.byType().forEach(g -> metrics.emit(Map.of("ResourceType", g.key()),
        List.of(Metrics.Metric.count("Resources", g.resources())), false));
    Map<String, Object> result = result("summary", report.isStale() ? "stale" : "ok", runId, locations);
    result.put("resources", report.total().resources());
    result.put("total_monthly_cost", Money.round(report.total().knownMonthlyCost()));
    result.put("stale", report.isStale());
    return result;
  }

  private Map<String, Object> cost() {
    InventoryConfig config = optionalConfig();
    CostReport report = reports(config).cost(10);
    String runId = runId(report.asOf());
    List<String> locations = reports.store("cost_analysis", runId, report, true);
    BigDecimal total = report.total().knownMonthlyCost();
    metrics.emit("cost_analysis", List.of(Metrics.Metric.usd("TotalMonthlyCost", total),
        Metrics.Metric.usd("PotentialMonthlySavings", report.potentialMonthlySavings())));
    Optional<BigDecimal> threshold = settings.threshold().or(() -> config.costThresholds().monthlyTotalAlert());
    boolean over = threshold.map(t -> total.compareTo(t) > 0).orElse(false);
    if (over) {
      alerts.send("aws-inventory: monthly cost " + Money.text(total) + " is over " + Money.text(threshold.get()),
          List.of("The inventory's estimated monthly cost is " + Money.text(total) + ", over the threshold of "
                  + Money.text(threshold.get()) + ".",
              report.total().unknownCostResources() + " resources have an unknown cost and are not included.",
              "Recommendations could save " + Money.text(report.potentialMonthlySavings()) + " per month."),
          report.top().stream().map(r -> Money.text(r.monthlyCost().orElse(null)) + "  " + r.resourceType() + " "
              + r.name() + " (" + r.accountId() + ", " + r.region() + ")").collect(Collectors.toList()),
          locations.stream().findFirst());
    }
    Map<String, Object> result = result("cost_analysis", "ok", runId, locations);
    result.put("total_monthly_cost", Money.round(total));
    result.put("threshold", threshold.map(Money::round).orElse(null));
    result.put("over_threshold", over);
    result.put("potential_monthly_savings", Money.round(report.potentialMonthlySavings()));
    return result;
  }

  private Map<String, Object> security() {
    SecurityReport report = reports().security();
    String runId = runId(report.asOf());
    List<String> locations = reports.store("security_check", runId, report, true);
    List<Finding> failures = report.findings().stream().filter(f -> f.status() == FindingStatus.FAIL)
        .collect(Collectors.toList());
    long unencrypted = failures.stream().filter(f -> UNENCRYPTED_RULES.contains(f.ruleId())).count();
    metrics.emit("security_check", List.of(Metrics.Metric.count("SecurityIssues", failures.size()),
        Metrics.Metric.count("UnencryptedResources", unencrypted),
        Metrics.Metric.count("UnknownFindings", report.count(FindingStatus.UNKNOWN))));
    if (!failures.isEmpty()) {
      String bySeverity = failures.stream().collect(Collectors.groupingBy(f -> f.severity().name(),
          LinkedHashMap::new, Collectors.counting())).entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
          .collect(Collectors.joining(", "));
      alerts.send("aws-inventory: " + failures.size() + " security findings",
          List.of(failures.size() + " security findings in " + report.totalResourcesEvaluated()
                  + " resources: " + bySeverity + ".",
              report.count(FindingStatus.UNKNOWN) + " checks could not be decided (attributes unknown at collection)."),
          failures.stream().map(f -> f.severity() + " " + f.ruleId() + " " + f.accountId() + " " + f.region() + " "
              + f.name() + ": " + f.message()).collect(Collectors.toList()),
          locations.stream().findFirst());
    }
    Map<String, Object> result = result("security_check", "ok", runId, locations);
    result.put("findings", failures.size());
    result.put("unencrypted_resources", unencrypted);
    result.put("unknown", report.count(FindingStatus.UNKNOWN));
    return result;
  }

  private Map<String, Object> cleanup() {
    CleanupReport report = reports().cleanup();
    String runId = runId(report.asOf());
    List<String> locations = reports.store("cleanup", runId, report, true);
    metrics.emit("cleanup", List.of(Metrics.Metric.count("CleanupCandidates", report.candidates().size()),
        Metrics.Metric.usd("CleanupMonthlySavings", report.monthlySavings())));
    Map<String, Object> result = result("cleanup", "ok", runId, locations);
    result.put("candidates", report.candidates().size());
    result.put("monthly_savings", Money.round(report.monthlySavings()));
    return result;
  }

  // ------------------------------------------------------------------------------------------- helpers

  private InventoryReports reports() {
    return reports(optionalConfig());
  }

  private InventoryReports reports(InventoryConfig config) {
    return InventoryReports.builder().query(InventoryQuery.create(dynamoDb, settings.table()))
        .thresholds(config.costThresholds()).build();
  }

  private InventoryCollector collector(InventoryConfig config) {
    InventoryCollector.Builder builder = InventoryCollector.builder().config(config).tableName(settings.table())
        .region(settings.region()).credentialsProvider(credentials).httpClient(http).dynamoDbClient(dynamoDb);
    settings.externalId().ifPresent(builder::defaultExternalId);
    settings.endpoint().ifPresent(builder::endpointOverride);
    return builder.build();
  }

  /** The configuration: CONFIG_PATH, else CONFIG_S3_URI, else Organizations discovery. */
  private InventoryConfig config() {
    ConfigReader reader = ConfigReader.withResourceTypes(ResourceCollectors.discoveredTypes());
    if (settings.configPath().isPresent()) {
      return reader.read(settings.configPath().get()).orThrow();
    }
    if (settings.configS3().isPresent()) {
      URI uri = settings.configS3().get();
      String key = uri.getPath().substring(1);
      String json;
      try {
        json = s3.getObjectAsBytes(r -> r.bucket(uri.getHost()).key(key)).asString(StandardCharsets.UTF_8);
      } catch (NoSuchKeyException | NoSuchBucketException e) {
        ConfigurationException missing = new ConfigurationException(HandlerSettings.CONFIG_S3_URI + " names " + uri
            + ", which does not exist (" + e.awsErrorDetails().errorCode() + "); upload the configuration there or "
            + "correct " + HandlerSettings.CONFIG_S3_URI);
        missing.initCause(e);
        throw missing;
      }
      return reader.parse(json, uri.toString()).orThrow();
    }
    OrganizationConfig.Builder organization = OrganizationConfig.builder().enabled(true).roleName(settings.memberRole());
    settings.externalId().ifPresent(organization::externalId);
    return InventoryConfig.builder().organization(organization.build()).build();
  }

  /** The configuration for reports, which need only its thresholds: the defaults without one. */
  private InventoryConfig optionalConfig() {
    return settings.configPath().isPresent() || settings.configS3().isPresent() ? config()
        : InventoryConfig.builder().organization(OrganizationConfig.builder().enabled(true).build()).build();
  }

  private static List<String> accounts(Map<String, Object> event) {
    Object accounts = event.get("accounts");
    if (accounts == null) {
      return List.of();
    }
    if (!(accounts instanceof List<?>)) {
      throw new BadEventException("\"accounts\" must be a list of 12-digit account ids (was " + accounts + ")");
    }
    List<String> ids = new ArrayList<>();
    for (Object account : (List<?>) accounts) {
      String id = String.valueOf(account);
      if (!(account instanceof String) || !id.matches("\\d{12}")) {
        throw new BadEventException("\"accounts\" must hold 12-digit account ids as strings (found " + account + ")");
      }
      ids.add(id);
    }
    return ids;
  }

  private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C client(B builder) {
    builder.region(settings.region()).credentialsProvider(credentials).httpClient(http);
    settings.endpoint().ifPresent(builder::endpointOverride);
    if (builder instanceof software.amazon.awssdk.services.s3.S3BaseClientBuilder<?, ?>) {
      software.amazon.awssdk.services.s3.S3BaseClientBuilder<?, ?> s3Builder =
          (software.amazon.awssdk.services.s3.S3BaseClientBuilder<?, ?>) builder;
      s3Builder.crossRegionAccessEnabled(true);
      if (settings.endpoint().isPresent()) {
        s3Builder.forcePathStyle(true);
        s3Builder.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED);
        s3Builder.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
      }
    }
    return builder.build();
  }

  private static Map<String, Object> result(String action, String status, String runId, List<String> locations) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("action", action);
    result.put("status", status);
    result.put("run_id", runId);
    result.put("reports", locations);
    return result;
  }

  private static String runId(Instant time) {
    byte[] suffix = new byte[4];
    new SecureRandom().nextBytes(suffix);
    return RUN_ID_TIME.format(time) + "-" + HexFormat.of().formatHex(suffix);
  }

  private static String percent(double share) {
    return String.format(java.util.Locale.ROOT, "%.1f %%", 100 * share);
  }

  private static String json(Object document) {
    try {
      return JSON.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write a report as JSON", e);
    }
  }
}
