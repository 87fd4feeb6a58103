package io.github.awsinventory.collector;

import io.github.awsinventory.collector.internal.DefaultInventoryCollector;
import io.github.awsinventory.collector.spi.CostEstimator;
import io.github.awsinventory.collector.spi.DepartmentRule;
import io.github.awsinventory.collector.spi.ResourceCollector;
import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.config.AccountConfig;
import io.github.awsinventory.model.config.InventoryConfig;
import java.net.URI;
import io.github.awsinventory.model.pricing.PriceList;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.util.Collection;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Collects the inventory of the accounts a configuration names: one STS AssumeRole per account, every
 * scope (account × region × type) collected in parallel within {@code max_concurrency} and
 * {@code per_account_concurrency}, retried when the error is transient, rate-limited per service, cost
 * estimated, and written change-aware to the store. A scope that fails is reported as failed and nothing
 * in it is marked deleted.
 *
 * <pre>{@code
 * try (InventoryCollector collector = InventoryCollector.builder()
 *     .config(InventoryConfig.load(Path.of("config/accounts.json")))
 *     .tableName("aws-inventory")
 *     .build()) {
 *   CollectionReport report = collector.run(CollectionRequest.builder().addRegions("eu-west-1").build());
 * }
 * }</pre>
 *
 * <p>Thread-safe; runs may follow each other on one instance. Close it to release its clients.
 */
public interface InventoryCollector extends AutoCloseable {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static Builder builder() {
    return DefaultInventoryCollector.builder();
  }

  /**
   * Collects everything the configuration names.
   *
   * @return the run's report
   */
  default CollectionReport run() {
    return run(CollectionRequest.all());
  }

  /**
   * Collects what a request narrows the configuration to.
   *
   * @param request filters, shard, dry run, deadline
   * @return the run's report
   * @throws io.github.awsinventory.model.config.ConfigurationException when the request names accounts,
   *     regions or types the configuration does not know
   */
  CollectionReport run(CollectionRequest request);

  /**
   * The accounts a run of this request would collect — the configured ones, those discovered through AWS
   * Organizations, after filters and the shard — without collecting anything (for splitting an
   * organisation into batches).
   *
   * @param request filters and shard
   * @return account ids, in collection order
   */
  List<String> plan(CollectionRequest request);

  /**
   * The accounts of {@link #plan}, with what the plan knows of each: its name, and whether it is configured or was
   * discovered through AWS Organizations. A fan-out passes the discovered ones' ids and names to each batch's run in
   * {@link CollectionRequest#organizationAccounts()}.
   *
   * @param request filters and shard
   * @return the accounts, in collection order
   */
  List<AccountConfig> planAccounts(CollectionRequest request);

  /**
   * The resource collectors in use, one per type.
   *
   * @return collectors
   */
  List<ResourceCollector> collectors();

  /** Closes the clients and the store this collector created (not those given to it). */
  @Override
  void close();

  /** Configures an {@link InventoryCollector}. Only {@link #config} is required. */
  interface Builder {

    /**
     * The configuration: accounts, regions, types, settings.
     *
     * @param config the configuration
     * @return this builder
     */
    Builder config(InventoryConfig config);

    /**
     * The inventory table of the default store (default {@code aws-inventory}).
     *
     * @param tableName the table
     * @return this builder
     */
    Builder tableName(String tableName);

    /**
     * The home region: STS, Organizations, the table, and the clients of global types (default: the SDK's
     * region chain, else {@code us-east-1}).
     *
     * @param region the region
     * @return this builder
     */
    Builder region(Region region);

    /**
     * The base credentials, used for AssumeRole, Organizations, the table and the management account
     * (default: the SDK's default chain).
     *
     * @param credentialsProvider the provider
     * @return this builder
     */
    Builder credentialsProvider(AwsCredentialsProvider credentialsProvider);

    /**
     * The HTTP client every AWS client shares (default: an Apache client sized for the concurrency, or
     * the URL-connection client when Apache is not on the class path). Not closed by the collector.
     *
     * @param httpClient the HTTP client
     * @return this builder
     */
    Builder httpClient(SdkHttpClient httpClient);

    /**
     * Sends every AWS call to one endpoint, e.g. a local emulator.
     *
     * @param endpoint the endpoint
     * @return this builder
     */
    Builder endpointOverride(URI endpoint);

    /**
     * The DynamoDB client of the default store (default: one built from the base credentials and home
     * region). Not closed by the collector.
     *
     * @param client the client
     * @return this builder
     */
    Builder dynamoDbClient(DynamoDbClient client);

    /**
     * Where resources go, instead of the inventory table. Not closed by the collector.
     *
     * @param store the store
     * @return this builder
     */
    Builder store(InventoryStore store);

    /**
     * The clock for observation times and deadlines (default: UTC system clock).
     *
     * @param clock the clock
     * @return this builder
     */
    Builder clock(Clock clock);

    /**
     * Hears progress, scope results and retries.
     *
     * @param listener the listener
     * @return this builder
     */
    Builder addListener(CollectionListener listener);

    /**
     * The resource collectors to use, replacing those found with {@link java.util.ServiceLoader}.
     *
     * @param collectors one per type
     * @return this builder
     */
    Builder collectors(Collection<? extends ResourceCollector> collectors);

    /**
     * A resource collector in addition to those found with {@link java.util.ServiceLoader}; it replaces a
     * discovered collector of the same type.
     *
     * @param collector the collector
     * @return this builder
     */
    Builder addCollector(ResourceCollector collector);

    /**
     * Types that another deployment of the collector collects in depth — for example the other functions of a
     * Lambda deployment split by service group. The broad tier leaves their ARNs to that deployment, so that each
     * resource still has one item; nothing else changes, and this collector does not collect them.
     *
     * @param types the descriptors of the types collected elsewhere
     * @return this builder
     */
    Builder collectedElsewhere(Collection<TypeDescriptor> types);

    /**
     * A cost estimator consulted before the list-price one.
     *
     * @param estimator the estimator
     * @return this builder
     */
    Builder addCostEstimator(CostEstimator estimator);

    /**
     * Prices from a file instead of the bundled list prices (same format as the bundled
     * {@code list-prices.json}; see {@code docs/COST_MODEL.md}).
     *
     * @param priceFile the file
     * @return this builder
     */
    Builder priceFile(Path priceFile);

    /**
     * Prices already loaded (from the class path, S3, or shared with {@code InventoryReports}) instead of
     * the bundled list prices; replaces {@link #priceFile(Path)}.
     *
     * @param prices the prices, e.g. {@code PriceList.fromJson(json, "s3://bucket/prices.json")}
     * @return this builder
     */
    Builder prices(PriceList prices);

    /**
     * A department rule consulted before the built-in ones (tag, account, {@code unassigned}).
     *
     * @param rule the rule
     * @return this builder
     */
    Builder addDepartmentRule(DepartmentRule rule);

    /**
     * The ExternalId for accounts whose configuration has none (the original system's
     * {@code EXTERNAL_ID}).
     *
     * @param externalId the external id
     * @return this builder
     */
    Builder defaultExternalId(String externalId);

    /**
     * Waits between attempts of a failed scope: exponential from {@code initial} to {@code max}, with
     * jitter (default 1 s to 20 s).
     *
     * @param initial the first wait
     * @param max the longest wait
     * @return this builder
     * @throws CollectionException unless {@code 0 < initial <= max}
     */
    Builder scopeRetryBackoff(Duration initial, Duration max);

    /**
     * Builds the collector.
     *
     * @return the collector
     * @throws io.github.awsinventory.model.config.ConfigurationException when the configuration names a
     *     type no collector handles
     * @throws CollectionException when no configuration was given
     */
    InventoryCollector build();
  }
}
