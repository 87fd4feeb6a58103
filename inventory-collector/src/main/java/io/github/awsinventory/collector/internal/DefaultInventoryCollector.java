package io.github.awsinventory.collector.internal;

import io.github.awsinventory.collector.CollectionListener;
import io.github.awsinventory.collector.CollectionRequest;
import io.github.awsinventory.collector.InventoryCollector;
import io.github.awsinventory.collector.InventoryStore;
import io.github.awsinventory.collector.InventoryStores;
import io.github.awsinventory.collector.cost.ListPriceCostEstimator;
import io.github.awsinventory.collector.spi.CostEstimator;
import io.github.awsinventory.collector.spi.ResourceCollector;
import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.model.config.AccountConfig;
import io.github.awsinventory.model.config.ConfigurationException;
import io.github.awsinventory.model.config.InventoryConfig;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The collector: owns the clients and the store it built, and runs a collection — {@link CollectionPlan} (accounts,
 * regions, types), {@link OrganizationsDirectory} (discovered accounts, departments), {@link AccountWork} per
 * account on the {@link Scheduler}, each scope through the {@link ScopeRunner} — then assembles the report and writes
 * the run record.
 */
public final class DefaultInventoryCollector implements InventoryCollector {

  private static final Logger LOG = LoggerFactory.getLogger(DefaultInventoryCollector.class);
  private static final DateTimeFormatter RUN_ID_TIME =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final Setup setup;
  private final InventoryConfig config;
  private final SdkHttpClient httpClient;
  private final boolean ownsHttpClient;
  private final InventoryStore store;
  private final boolean ownsStore;
  private final DynamoDbClient ownedDynamoDb;
  private final Clock clock;
  private final List<CollectionListener> listeners;
  private final Enricher enricher;
  private final Duration scopeBackoff;
  private final Duration scopeMaxBackoff;

  private DefaultInventoryCollector(CollectorBuilder b) {
    this.config = b.config;
    this.clock = b.clock;
    Region homeRegion = b.region != null ? b.region : defaultRegion();
    this.ownsHttpClient = b.httpClient == null;
    this.httpClient = b.httpClient != null ? b.httpClient
        : HttpClients.defaultClient(2 * config.collectionSettings().maxConcurrency() + 8);
    this.listeners = List.copyOf(b.listeners);
    this.scopeBackoff = b.scopeBackoff;
    this.scopeMaxBackoff = b.scopeMaxBackoff;
    URI endpoint = b.endpoint;
    ClientFactory clientFactory = new ClientFactory(httpClient, endpoint, config.collectionSettings());
    this.setup = new Setup(config, CollectionPlan.collectors(config, b.collectors, b.extraCollectors,
        config.collectionSettings().broadTier(), b.collectedElsewhere), homeRegion,
        PartitionMetadata.of(homeRegion).id(),
        b.credentials != null ? b.credentials : DefaultCredentialsProvider.builder().build(),
        Optional.ofNullable(b.externalId), clientFactory);
    List<CostEstimator> estimators = new ArrayList<>(b.estimators);
    estimators.add(b.prices != null ? ListPriceCostEstimator.of(b.prices)
        : b.priceFile != null ? ListPriceCostEstimator.fromFile(b.priceFile) : ListPriceCostEstimator.bundled());
    this.enricher = new Enricher(b.departmentRules, config.departmentTagKeys(), estimators);
    if (b.store != null) {
      this.store = b.store;
      this.ownsStore = false;
      this.ownedDynamoDb = null;
    } else {
      DynamoDbClient dynamoDb = b.dynamoDb;
      this.ownedDynamoDb = dynamoDb == null ? clientFactory.build(DynamoDbClient.class, homeRegion,
          setup.baseCredentials, List.of()) : null;
      this.store = InventoryStores.dynamoDb(dynamoDb != null ? dynamoDb : ownedDynamoDb, b.tableName,
          Duration.ofDays(config.history().retentionDays()));
      this.ownsStore = true;
    }
  }

  static DefaultInventoryCollector create(CollectorBuilder builder) {
    return new DefaultInventoryCollector(builder);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static InventoryCollector.Builder builder() {
    return new CollectorBuilder();
  }

  @Override
  public List<ResourceCollector> collectors() {
    return List.copyOf(setup.collectors.values());
  }

  @Override
  public List<String> plan(CollectionRequest request) {
    return planAccounts(request).stream().map(AccountConfig::accountId).collect(Collectors.toList());
  }

  @Override
  public List<AccountConfig> planAccounts(CollectionRequest request) {
    try (StsClient sts = stsClient(List.of());
        OrganizationsDirectory organizations = new OrganizationsDirectory(setup)) {
      return CollectionPlan.accounts(setup, request, sts, organizations);
    }
  }

  @Override
  public CollectionReport run(CollectionRequest request) {
    Instant startedAt = clock.instant();
    // A new generator per run, never one captured before a SnapStart snapshot: restored copies would repeat it.
    byte[] suffix = new byte[4];
    new SecureRandom().nextBytes(suffix);
    String runId = request.runId().orElseGet(() -> RUN_ID_TIME.format(startedAt) + "-" + HexFormat.of().formatHex(suffix));
    List<ResourceType> types = CollectionPlan.types(setup, request);
    Set<String> regionFilter = CollectionPlan.regionFilter(request);
    Optional<Instant> deadline = request.deadline().or(() ->
        config.collectionSettings().runTimeoutSeconds().map(s -> startedAt.plusSeconds(s)));
    RunAccumulator run = new RunAccumulator(listeners);
    CollectionReport.Builder report = CollectionReport.builder().runId(runId).startedAt(startedAt)
        .dryRun(request.dryRun()).shard(request.shard().map(Object::toString))
        .accountFilter(new TreeSet<>(request.accounts())).regionFilter(new TreeSet<>(request.regions()))
        .typeFilter(types.size() == setup.collectors.size() && request.resourceTypes().isEmpty() ? List.of()
            : types.stream().map(ResourceType::name).collect(Collectors.toList()));
    try (StsClient sts = stsClient(List.of(new AssumeRoleCounter(run)));
        OrganizationsDirectory organizations = new OrganizationsDirectory(setup)) {
      List<AccountConfig> accounts = CollectionPlan.accounts(setup, request, sts, organizations);
      report.accounts(accounts.size());
      run.runStarted(runId, accounts.size());
      ScopeRunner runner = new ScopeRunner(store, enricher, run, clock, runId, request.dryRun(),
          config.collectionSettings().scopeTimeout(), deadline, config.collectionSettings().retryAttempts(),
          scopeBackoff, scopeMaxBackoff, setup.partition);
      Iterator<AccountWork> work = accounts.stream()
          .map(a -> new AccountWork(setup, a, runId, sts, organizations, runner, run, types, regionFilter))
          .iterator();
      try {
        new Scheduler(config.collectionSettings().maxConcurrency(), config.collectionSettings().perAccountConcurrency())
            .run(work);
      } finally {
        runner.awaitFinished();
        store.flush();
      }
    } catch (ConfigurationException e) {
      throw e;
    } catch (RuntimeException e) {
      LOG.error("Collection run {} failed", runId, e);
      run.fatal(ErrorClassifier.describe(e));
    }
    return finish(report, run, request.dryRun(), runId);
  }

  /** Assembles the report (status from the scopes), writes the run record unless it is a dry run, tells listeners. */
  private CollectionReport finish(CollectionReport.Builder report, RunAccumulator run, boolean dryRun, String runId) {
    run.fill(report);
    report.finishedAt(clock.instant())
        .itemsWritten(store.itemsWritten())
        .batchWriteCalls(store.writeCalls());
    Optional.ofNullable(run.fatalError()).ifPresent(report::fatalError);
    CollectionReport partial = report.status(RunStatus.OK).build();
    RunStatus status = run.fatalError() != null ? RunStatus.FAILED
        : partial.failedScopes().isEmpty() ? RunStatus.OK : RunStatus.PARTIAL;
    CollectionReport finished = partial.status() == status ? partial
        : CollectionReport.builder().from(partial).status(status).build();
    if (!dryRun) {
      try {
        store.writeRun(finished);
      } catch (RuntimeException e) {
        LOG.error("Could not write the record of run {}", runId, e);
        finished = CollectionReport.builder().from(finished).status(RunStatus.FAILED)
            .fatalError("the run record could not be written: " + ErrorClassifier.describe(e)).build();
      }
    }
    run.runFinished(finished);
    return finished;
  }

  @Override
  public void close() {
    if (ownsStore) {
      store.close();
    }
    if (ownedDynamoDb != null) {
      ownedDynamoDb.close();
    }
    setup.clientFactory.close();
    if (ownsHttpClient) {
      httpClient.close();
    }
  }

  private StsClient stsClient(List<ExecutionInterceptor> interceptors) {
    return setup.clientFactory.build(StsClient.class, setup.homeRegion, setup.baseCredentials, interceptors);
  }

  private static Region defaultRegion() {
    try {
      return new DefaultAwsRegionProviderChain().getRegion();
    } catch (RuntimeException e) {
      return Region.US_EAST_1;
    }
  }
}
