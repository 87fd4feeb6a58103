package io.github.awsinventory.collector.internal;

import io.github.awsinventory.collector.CollectionException;
import io.github.awsinventory.collector.CollectionListener;
import io.github.awsinventory.collector.InventoryCollector;
import io.github.awsinventory.collector.InventoryStore;
import io.github.awsinventory.collector.spi.CostEstimator;
import io.github.awsinventory.collector.spi.DepartmentRule;
import io.github.awsinventory.collector.spi.ResourceCollector;
import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.model.pricing.PriceList;
import io.github.awsinventory.model.table.TableLayout;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@link InventoryCollector.Builder}: collects the settings, which {@link DefaultInventoryCollector} reads once. */
final class CollectorBuilder implements InventoryCollector.Builder {
  InventoryConfig config;
  String tableName = TableLayout.DEFAULT_TABLE_NAME;
  Region region;
  AwsCredentialsProvider credentials;
  SdkHttpClient httpClient;
  URI endpoint;
  DynamoDbClient dynamoDb;
  InventoryStore store;
  Clock clock = Clock.systemUTC();
  final List<CollectionListener> listeners = new ArrayList<>();
  List<ResourceCollector> collectors;
  final List<ResourceCollector> extraCollectors = new ArrayList<>();
  final List<TypeDescriptor> collectedElsewhere = new ArrayList<>();
  final List<CostEstimator> estimators = new ArrayList<>();
  Path priceFile;
  PriceList prices;
  final List<DepartmentRule> departmentRules = new ArrayList<>();
  String externalId;
  Duration scopeBackoff = Duration.ofSeconds(1);
  Duration scopeMaxBackoff = Duration.ofSeconds(20);

  @Override
  public InventoryCollector.Builder config(InventoryConfig config) {
    this.config = config;
    return this;
  }

  @Override
  public InventoryCollector.Builder tableName(String tableName) {
    this.tableName = tableName;
    return this;
  }

  @Override
  public InventoryCollector.Builder region(Region region) {
    this.region = region;
    return this;
  }

  @Override
  public InventoryCollector.Builder credentialsProvider(AwsCredentialsProvider credentialsProvider) {
    this.credentials = credentialsProvider;
    return this;
  }

  @Override
  public InventoryCollector.Builder httpClient(SdkHttpClient httpClient) {
    this.httpClient = httpClient;
    return this;
  }

  @Override
  public InventoryCollector.Builder endpointOverride(URI endpoint) {
    this.endpoint = endpoint;
    return this;
  }

  @Override
  public InventoryCollector.Builder dynamoDbClient(DynamoDbClient client) {
    this.dynamoDb = client;
    return this;
  }

  @Override
  public InventoryCollector.Builder store(InventoryStore store) {
    this.store = store;
    return this;
  }

  @Override
  public InventoryCollector.Builder clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  @Override
  public InventoryCollector.Builder addListener(CollectionListener listener) {
    listeners.add(listener);
    return this;
  }

  @Override
  public InventoryCollector.Builder collectors(Collection<? extends ResourceCollector> collectors) {
    this.collectors = List.copyOf(collectors);
    return this;
  }

  @Override
  public InventoryCollector.Builder addCollector(ResourceCollector collector) {
    extraCollectors.add(collector);
    return this;
  }

  @Override
  public InventoryCollector.Builder collectedElsewhere(Collection<TypeDescriptor> types) {
    collectedElsewhere.addAll(types);
    return this;
  }

  @Override
  public InventoryCollector.Builder addCostEstimator(CostEstimator estimator) {
    estimators.add(estimator);
    return this;
  }

  @Override
  public InventoryCollector.Builder priceFile(Path priceFile) {
    this.priceFile = priceFile;
    this.prices = null;
    return this;
  }

  @Override
  public InventoryCollector.Builder prices(PriceList prices) {
    this.prices = Objects.requireNonNull(prices, "prices");
    this.priceFile = null;
    return this;
  }

  @Override
  public InventoryCollector.Builder addDepartmentRule(DepartmentRule rule) {
    departmentRules.add(rule);
    return this;
  }

  @Override
  public InventoryCollector.Builder defaultExternalId(String externalId) {
    this.externalId = externalId == null || externalId.isBlank() ? null : externalId;
    return this;
  }

  @Override
  public InventoryCollector.Builder scopeRetryBackoff(Duration initial, Duration max) {
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new CollectionException("scopeRetryBackoff must satisfy 0 < initial <= max (were " + initial
          + ", " + max + "); pass e.g. scopeRetryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(20))");
    }
    this.scopeBackoff = initial;
    this.scopeMaxBackoff = max;
    return this;
  }

  @Override
  public InventoryCollector build() {
    if (config == null) {
      throw new CollectionException("config is required (was not set); call config(InventoryConfig.load(path)) "
          + "before build()");
    }
    return DefaultInventoryCollector.create(this);
  }
}
