package io.github.awsinventory.lambda.internal;

import io.github.awsinventory.collector.Endpoints;
import io.github.awsinventory.collector.InventoryCollector;
import io.github.awsinventory.collector.ResourceCollectors;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.ResourceCatalog;
import io.github.awsinventory.model.config.ConfigReader;
import io.github.awsinventory.model.config.ConfigurationException;
import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.model.config.OrganizationConfig;
import io.github.awsinventory.query.InventoryQuery;
import io.github.awsinventory.query.report.InventoryReports;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3BaseClientBuilder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * What the actions run on: the clients, built once (at init), and the configuration, read per invocation so
 * that a changed configuration object applies without a redeployment.
 */
final class Services {

  private final HandlerSettings settings;
  private final AwsCredentialsProvider credentials;
  private final SdkHttpClient http;
  private final DynamoDbClient dynamoDb;
  private final S3Client s3;
  private final Metrics metrics;
  private final Alerts alerts;
  private final ReportStore reportStore;
  private final Clock clock = Clock.systemUTC();
  private final Optional<CollectorGroup> group = CollectorGroup.current();
  private final GroupDispatch dispatch;

  Services(HandlerSettings settings, AwsCredentialsProvider credentials, PrintStream metricsOut) {
    this.settings = settings;
    this.credentials = credentials;
    this.http = UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(10))
        .socketTimeout(Duration.ofSeconds(60)).build();
    this.dynamoDb = client(DynamoDbClient.builder());
    this.s3 = client(S3Client.builder());
    this.metrics = new Metrics(metricsOut, clock);
    this.alerts = new Alerts(client(SnsClient.builder()), settings.topic());
    this.reportStore = new ReportStore(s3, settings.bucket());
    this.dispatch = new GroupDispatch(settings.groupFunctions(), settings.groupFunctions().isEmpty() ? null
        : LambdaInvoker.create(settings, credentials));
  }

  /**
   * Sends a core function's {@code collect} to the other groups' functions, when the deployment is split.
   *
   * @return the dispatch; it applies to no event when there are no group functions
   */
  GroupDispatch dispatch() {
    return dispatch;
  }

  HandlerSettings settings() {
    return settings;
  }

  Metrics metrics() {
    return metrics;
  }

  Alerts alerts() {
    return alerts;
  }

  ReportStore reportStore() {
    return reportStore;
  }

  Clock clock() {
    return clock;
  }

  /** The reports over the table, with the configuration's thresholds (the defaults without one). */
  InventoryReports reports() {
    return reports(optionalConfig());
  }

  InventoryReports reports(InventoryConfig config) {
    return InventoryReports.builder().query(InventoryQuery.create(dynamoDb, settings.table()))
        .thresholds(config.costThresholds()).build();
  }

  InventoryCollector collector(InventoryConfig config) {
    InventoryCollector.Builder builder = InventoryCollector.builder().config(config).tableName(settings.table())
        .region(settings.region()).credentialsProvider(credentials).httpClient(http).dynamoDbClient(dynamoDb);
    settings.externalId().ifPresent(builder::defaultExternalId);
    settings.endpoint().ifPresent(builder::endpointOverride);
    group.filter(g -> g == CollectorGroup.CORE).ifPresent(g -> builder.collectedElsewhere(g.otherTypes()));
    return builder.build();
  }

  /**
   * The jar's collector group, when the function is one of a deployment split by service group.
   *
   * @return the group; empty when every collector is on the class path
   */
  Optional<CollectorGroup> group() {
    return group;
  }

  /**
   * The configuration that this function's group collects: the configured types that its jar collects (all of
   * them when the configuration lists none) and, outside the core group, no broad tier.
   *
   * @param config the whole deployment's configuration
   * @return the group's configuration; empty when the configuration names none of the group's types
   */
  Optional<InventoryConfig> groupConfig(InventoryConfig config) {
    return group.isEmpty() ? Optional.of(config) : group.get().configFor(config);
  }

  /** The configuration: CONFIG_PATH, else CONFIG_S3_URI, else Organizations discovery. */
  InventoryConfig config() {
    ConfigReader reader = ConfigReader.withResourceTypes(knownTypes());
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
    OrganizationConfig.Builder organization = OrganizationConfig.builder().enabled(true)
        .roleName(settings.memberRole());
    settings.externalId().ifPresent(organization::externalId);
    return InventoryConfig.builder().organization(organization.build()).build();
  }

  /** The types a configuration may name: those of the catalogue, collected here or by another group, and plug-ins'. */
  private static List<ResourceType> knownTypes() {
    Set<ResourceType> types = new LinkedHashSet<>();
    ResourceCatalog.builtIn().descriptors().forEach(d -> types.add(d.type()));
    types.addAll(ResourceCollectors.discoveredTypes());
    return List.copyOf(types);
  }

  /** The configuration for reports, which need only its thresholds: the defaults without one. */
  InventoryConfig optionalConfig() {
    return settings.configPath().isPresent() || settings.configS3().isPresent() ? config()
        : InventoryConfig.builder().organization(OrganizationConfig.builder().enabled(true).build()).build();
  }

  private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C client(B builder) {
    builder.region(settings.region()).credentialsProvider(credentials).httpClient(http);
    if (builder instanceof S3BaseClientBuilder<?, ?>) {
      ((S3BaseClientBuilder<?, ?>) builder).crossRegionAccessEnabled(true);
    }
    settings.endpoint().ifPresent(endpoint -> Endpoints.override(builder, endpoint));
    return builder.build();
  }
}
