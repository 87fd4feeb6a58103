package io.github.awsinventory.collector.internal;

import io.github.awsinventory.collector.CollectionListener;
import io.github.awsinventory.collector.CollectionRequest;
import io.github.awsinventory.collector.InventoryCollector;
import io.github.awsinventory.collector.InventoryStore;
import io.github.awsinventory.collector.InventoryStores;
import io.github.awsinventory.collector.ResourceCollectors;
import io.github.awsinventory.collector.ScopeKey;
import io.github.awsinventory.collector.cost.ListPriceCostEstimator;
import io.github.awsinventory.collector.spi.CostEstimator;
import io.github.awsinventory.collector.spi.DepartmentRule;
import io.github.awsinventory.collector.spi.ResourceCollector;
import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.model.ScopeStatus;
import io.github.awsinventory.model.config.AccountConfig;
import io.github.awsinventory.model.config.ConfigurationException;
import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.model.table.TableLayout;
import io.github.awsinventory.model.pricing.PriceList;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.AccountStatus;
import software.amazon.awssdk.services.organizations.model.Tag;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/** The collector: plans accounts and scopes, runs them on the scheduler, and assembles the report. */
public final class DefaultInventoryCollector implements InventoryCollector {

  private static final Logger LOG = LoggerFactory.getLogger(DefaultInventoryCollector.class);
  private static final DateTimeFormatter RUN_ID_TIME =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final InventoryConfig config;
  private final Map<ResourceType, ResourceCollector> collectors;
  private final Region homeRegion;
  private final String partition;
  private final AwsCredentialsProvider baseCredentials;
  private final SdkHttpClient httpClient;
  private final boolean ownsHttpClient;
  private final URI endpoint;
  private final InventoryStore store;
  private final boolean ownsStore;
  private final DynamoDbClient ownedDynamoDb;
  private final Clock clock;
  private final List<CollectionListener> listeners;
  private final Enricher enricher;
  private final Optional<String> defaultExternalId;
  private final Duration scopeBackoff;
  private final Duration scopeMaxBackoff;
  private final ClientFactory clientFactory;

  private DefaultInventoryCollector(BuilderImpl b) {
    this.config = b.config;
    this.clock = b.clock;
    this.homeRegion = b.region != null ? b.region : defaultRegion();
    this.partition = PartitionMetadata.of(homeRegion).id();
    this.baseCredentials = b.credentials != null ? b.credentials : DefaultCredentialsProvider.builder().build();
    this.endpoint = b.endpoint;
    this.ownsHttpClient = b.httpClient == null;
    this.httpClient = b.httpClient != null ? b.httpClient
        : HttpClients.defaultClient(2 * config.collectionSettings().maxConcurrency() + 8);
    this.listeners = List.copyOf(b.listeners);
    this.defaultExternalId = Optional.ofNullable(b.externalId);
    this.scopeBackoff = b.scopeBackoff;
    this.scopeMaxBackoff = b.scopeMaxBackoff;
    this.clientFactory = new ClientFactory(httpClient, endpoint, config.collectionSettings());
    this.collectors = selectCollectors(b);
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
      this.ownedDynamoDb = dynamoDb == null ? clientFactory.build(DynamoDbClient.class, homeRegion, baseCredentials,
          List.of()) : null;
      this.store = InventoryStores.dynamoDb(dynamoDb != null ? dynamoDb : ownedDynamoDb, b.tableName,
          Duration.ofDays(config.history().retentionDays()));
      this.ownsStore = true;
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static InventoryCollector.Builder builder() {
    return new BuilderImpl();
  }

  @Override
  public List<ResourceCollector> collectors() {
    return List.copyOf(collectors.values());
  }

  @Override
  public List<String> plan(CollectionRequest request) {
    try (StsClient sts = clientFactory.build(StsClient.class, homeRegion, baseCredentials, List.of());
        OrganizationsLookup organizations = new OrganizationsLookup()) {
      return planAccounts(request, sts, organizations).stream().map(a -> a.config.accountId())
          .collect(Collectors.toList());
    }
  }

  @Override
  public CollectionReport run(CollectionRequest request) {
    Instant startedAt = clock.instant();
    // A new generator per run, never one captured before a SnapStart snapshot: restored copies would repeat it.
    byte[] suffix = new byte[4];
    new SecureRandom().nextBytes(suffix);
    String runId = request.runId().orElseGet(() -> RUN_ID_TIME.format(startedAt) + "-" + HexFormat.of().formatHex(suffix));
    List<ResourceType> types = types(request);
    Set<String> regionFilter = regionFilter(request);
    Optional<Instant> deadline = request.deadline().or(() ->
        config.collectionSettings().runTimeoutSeconds().map(s -> startedAt.plusSeconds(s)));
    RunAccumulator run = new RunAccumulator(listeners);
    CollectionReport.Builder report = CollectionReport.builder().runId(runId).startedAt(startedAt)
        .dryRun(request.dryRun()).shard(request.shard().map(Object::toString))
        .accountFilter(new TreeSet<>(request.accounts())).regionFilter(new TreeSet<>(request.regions()))
        .typeFilter(types.size() == collectors.size() && request.resourceTypes().isEmpty() ? List.of()
            : types.stream().map(ResourceType::name).collect(Collectors.toList()));
    try (StsClient sts = clientFactory.build(StsClient.class, homeRegion, baseCredentials,
        List.of(new AssumeRoleCounter(run)));
        OrganizationsLookup organizations = new OrganizationsLookup()) {
      List<PlannedAccount> accounts = planAccounts(request, sts, organizations);
      report.accounts(accounts.size());
      run.runStarted(runId, accounts.size());
      ScopeRunner runner = new ScopeRunner(store, enricher, run, clock, runId, request.dryRun(),
          config.collectionSettings().scopeTimeout(), deadline, config.collectionSettings().retryAttempts(),
          scopeBackoff, scopeMaxBackoff, partition);
      Iterator<AccountWork> work = accounts.stream()
          .map(a -> new AccountWork(a, runId, sts, organizations, runner, run, types, regionFilter))
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
    if (!request.dryRun()) {
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
    if (ownsHttpClient) {
      httpClient.close();
    }
  }

  // ------------------------------------------------------------------------------------------- planning

  private List<ResourceType> types(CollectionRequest request) {
    List<ResourceType> configured = config.resourceTypes().isEmpty() ? new ArrayList<>(collectors.keySet())
        : config.resourceTypes();
    Set<ResourceType> unknown = new TreeSet<>(request.resourceTypes());
    unknown.removeAll(collectors.keySet());
    if (!unknown.isEmpty()) {
      throw new ConfigurationException("no collector for resource type(s) " + unknown + "; known types: "
          + new TreeSet<>(collectors.keySet()));
    }
    if (request.resourceTypes().isEmpty()) {
      return configured;
    }
    return configured.stream().filter(request.resourceTypes()::contains).collect(Collectors.toList());
  }

  private Set<String> regionFilter(CollectionRequest request) {
    Set<String> known = Region.regions().stream().map(Region::id).collect(Collectors.toSet());
    List<String> unknown = request.regions().stream().filter(r -> !known.contains(r)).sorted()
        .collect(Collectors.toList());
    if (!unknown.isEmpty()) {
      throw new ConfigurationException("unknown region(s) " + unknown + "; use region names such as us-east-1");
    }
    return request.regions();
  }

  private List<PlannedAccount> planAccounts(CollectionRequest request, StsClient sts, OrganizationsLookup orgs) {
    Map<String, PlannedAccount> accounts = new LinkedHashMap<>();
    for (AccountConfig account : config.enabledAccounts()) {
      accounts.put(account.accountId(), new PlannedAccount(account, false));
    }
    if (config.organization().enabled()) {
      String caller = sts.getCallerIdentity().account();
      Set<String> excluded = new LinkedHashSet<>(config.organization().excludeAccounts());
      List<Account> listed = orgs.client().listAccountsPaginator(r -> r.maxResults(20)).stream()
          .flatMap(page -> page.accounts().stream()).collect(Collectors.toList());
      for (Account account : listed) {
        if (account.status() != AccountStatus.ACTIVE || excluded.contains(account.id())
            || accounts.containsKey(account.id()) || config.account(account.id()).isPresent()) {
          continue;
        }
        AccountConfig.Builder discovered = AccountConfig.builder().name(account.name()).accountId(account.id());
        if (account.id().equals(caller)) {
          discovered.management(true);
        } else {
          discovered.roleName(config.organization().roleName());
          config.organization().externalId().ifPresent(discovered::externalId);
        }
        accounts.put(account.id(), new PlannedAccount(discovered.build(), true));
      }
    }
    Set<String> unknown = new TreeSet<>(request.accounts());
    unknown.removeAll(accounts.keySet());
    if (!unknown.isEmpty()) {
      throw new ConfigurationException("account(s) " + unknown + " are not in the configuration"
          + (config.organization().enabled() ? " or the organization (as ACTIVE, not excluded)" : "")
          + "; check --accounts");
    }
    return accounts.values().stream()
        .filter(a -> request.accounts().isEmpty() || request.accounts().contains(a.config.accountId()))
        .filter(a -> request.shard().map(s -> s.contains(a.config.accountId())).orElse(true))
        .collect(Collectors.toList());
  }

  private Map<ResourceType, ResourceCollector> selectCollectors(BuilderImpl b) {
    Map<ResourceType, ResourceCollector> byType = new LinkedHashMap<>();
    Iterable<? extends ResourceCollector> base = b.collectors != null ? b.collectors : ResourceCollectors.discover();
    for (ResourceCollector collector : base) {
      ResourceCollector previous = byType.putIfAbsent(collector.type(), collector);
      if (previous != null) {
        throw new ConfigurationException("two collectors for resource type " + collector.type() + ": "
            + previous.getClass().getName() + " and " + collector.getClass().getName() + "; register only one");
      }
    }
    for (ResourceCollector extra : b.extraCollectors) {
      byType.put(extra.type(), extra);
    }
    Set<ResourceType> missing = new TreeSet<>(config.resourceTypes());
    missing.removeAll(byType.keySet());
    if (!missing.isEmpty()) {
      throw new ConfigurationException("the configuration names resource type(s) " + missing
          + " but no collector handles them; register a ResourceCollector for each");
    }
    return byType;
  }

  private static Region defaultRegion() {
    try {
      return new DefaultAwsRegionProviderChain().getRegion();
    } catch (RuntimeException e) {
      return Region.US_EAST_1;
    }
  }

  // ------------------------------------------------------------------------------------------- accounts

  private static final class PlannedAccount {
    final AccountConfig config;
    final boolean discovered;

    PlannedAccount(AccountConfig config, boolean discovered) {
      this.config = config;
      this.discovered = discovered;
    }
  }

  /** One account's part of a run, for the scheduler. */
  private final class AccountWork implements Scheduler.AccountWork {
    private final PlannedAccount planned;
    private final String runId;
    private final StsClient sts;
    private final OrganizationsLookup organizations;
    private final ScopeRunner runner;
    private final RunAccumulator run;
    private final List<ResourceType> types;
    private final Set<String> regionFilter;
    private final CircuitBreaker breaker;
    private AccountSession session;

    AccountWork(PlannedAccount planned, String runId, StsClient sts, OrganizationsLookup organizations,
        ScopeRunner runner, RunAccumulator run, List<ResourceType> types, Set<String> regionFilter) {
      this.planned = planned;
      this.runId = runId;
      this.sts = sts;
      this.organizations = organizations;
      this.runner = runner;
      this.run = run;
      this.types = types;
      this.regionFilter = regionFilter;
      this.breaker = CircuitBreaker.of("account-" + planned.config.accountId(), CircuitBreakerConfig.custom()
          .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
          .slidingWindowSize(1)
          .minimumNumberOfCalls(1)
          .failureRateThreshold(100)
          .waitDurationInOpenState(Duration.ofDays(1))
          .recordException(DefaultInventoryCollector::isAccountFailure)
          .build());
    }

    @Override
    public List<Runnable> prepare() {
      AccountConfig account = planned.config;
      try {
        session = breaker.executeSupplier(this::openSession);
      } catch (RuntimeException e) {
        Throwable cause = e instanceof AccountUnavailableException ? e : new AccountUnavailableException(
            "account " + account.accountId() + " is unavailable: " + ErrorClassifier.describe(e), e);
        LOG.warn("{}", cause.getMessage());
        List<ScopeKey> scopes = scopes(configuredRegions(account));
        run.accountPlanned(account.accountId(), scopes.size());
        return scopes.stream().<Runnable>map(k -> () -> runner.unreachable(k, account.name(), cause))
            .collect(Collectors.toList());
      }
      RegionPlan regions = regions(account);
      List<ScopeKey> scopes = scopes(regions.enabled);
      List<Runnable> tasks = new ArrayList<>();
      for (ScopeKey key : scopes) {
        tasks.add(() -> runScope(key));
      }
      for (String region : regions.disabled) {
        for (ResourceType type : types) {
          if (!collectors.get(type).isGlobal()) {
            ScopeKey key = ScopeKey.of(account.accountId(), region, type);
            tasks.add(() -> runner.regionDisabled(key, account.name()));
          }
        }
      }
      run.accountPlanned(account.accountId(), tasks.size());
      return tasks;
    }

    private void runScope(ScopeKey key) {
      if (!breaker.tryAcquirePermission()) {
        runner.unreachable(key, planned.config.name(), new AccountUnavailableException("account "
            + key.accountId() + " became unavailable earlier in this run", null));
        return;
      }
      long start = System.nanoTime();
      ResourceCollector collector = collectors.get(key.resourceType());
      String clientRegion = key.isGlobal() ? homeRegion.id() : key.region();
      ScopeStatus status = runner.collect(key, collector, session, clientRegion);
      long elapsed = System.nanoTime() - start;
      if (status == ScopeStatus.ACCESS_DENIED && session.credentialsFailed()) {
        breaker.onError(elapsed, java.util.concurrent.TimeUnit.NANOSECONDS,
            new AccountUnavailableException("the credentials of account " + key.accountId() + " stopped working", null));
      } else {
        breaker.onSuccess(elapsed, java.util.concurrent.TimeUnit.NANOSECONDS);
      }
    }

    @Override
    public void finished() {
      if (session != null) {
        session.close();
      }
    }

    private AccountSession openSession() {
      AccountConfig account = planned.config;
      AwsCredentialsProvider credentials;
      boolean owns;
      if (account.management()) {
        credentials = baseCredentials;
        owns = false;
      } else {
        String roleArn = account.roleArn(partition).orElseThrow(() -> new AccountUnavailableException(
            "account " + account.accountId() + " has no role to assume; set role_name or role_arn", null));
        String externalId = account.externalId().or(() -> defaultExternalId).orElse(null);
        credentials = StsAssumeRoleCredentialsProvider.builder()
            .stsClient(sts)
            .refreshRequest(r -> r.roleArn(roleArn).roleSessionName(sessionName(runId))
                .externalId(externalId)
                .durationSeconds(config.collectionSettings().assumeRoleDurationSeconds()))
            .build();
        owns = true;
        try {
          credentials.resolveCredentials();
        } catch (RuntimeException e) {
          ((StsAssumeRoleCredentialsProvider) credentials).close();
          throw new AccountUnavailableException("AssumeRole into " + roleArn + " failed: " + ErrorClassifier.describe(e), e);
        }
      }
      Optional<String> department = account.department();
      if (department.isEmpty() && config.organization().enabled()) {
        department = organizations.department(account.accountId(), config.organization().departmentTag(), run);
      }
      return new AccountSession(account, credentials, owns, department, clientFactory, config.collectionSettings(), run);
    }

    private List<String> configuredRegions(AccountConfig account) {
      List<String> configured = !account.regions().isEmpty() ? account.regions() : config.regions();
      return configured.stream().filter(r -> !config.excludedRegions().contains(r))
          .filter(r -> regionFilter.isEmpty() || regionFilter.contains(r)).collect(Collectors.toList());
    }

    private RegionPlan regions(AccountConfig account) {
      List<String> configured = !account.regions().isEmpty() ? account.regions() : config.regions();
      boolean anyRegional = types.stream().anyMatch(t -> !collectors.get(t).isGlobal());
      RegionPlan plan = new RegionPlan();
      if (!anyRegional) {
        return plan;
      }
      Map<String, Boolean> status;
      try {
        Ec2Client ec2 = session.client(Ec2Client.class, homeRegion.id());
        status = ec2.describeRegions(r -> r.allRegions(true)).regions().stream()
            .collect(Collectors.toMap(software.amazon.awssdk.services.ec2.model.Region::regionName,
                r -> !"not-opted-in".equals(r.optInStatus()), (a, b) -> a, LinkedHashMap::new));
      } catch (RuntimeException e) {
        if (configured.isEmpty()) {
          throw new AccountUnavailableException("cannot list the regions of account " + account.accountId()
              + ": " + ErrorClassifier.describe(e) + "; list regions in the configuration", e);
        }
        run.detailError(account.accountId() + ": cannot check which regions are enabled ("
            + ErrorClassifier.describe(e) + "); collecting the configured regions");
        status = configured.stream().collect(Collectors.toMap(Function.identity(), r -> true, (a, b) -> a,
            LinkedHashMap::new));
      }
      List<String> candidates = configured.isEmpty()
          ? status.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).collect(Collectors.toList())
          : configured;
      for (String region : candidates) {
        if (config.excludedRegions().contains(region) || !regionFilter.isEmpty() && !regionFilter.contains(region)) {
          continue;
        }
        if (status.getOrDefault(region, false)) {
          plan.enabled.add(region);
        } else {
          plan.disabled.add(region);
        }
      }
      return plan;
    }

    private List<ScopeKey> scopes(List<String> regions) {
      List<ScopeKey> scopes = new ArrayList<>();
      for (ResourceType type : types) {
        ResourceCollector collector = collectors.get(type);
        if (collector.isGlobal()) {
          scopes.add(ScopeKey.of(planned.config.accountId(), Resource.GLOBAL_REGION, type));
        }
      }
      for (String region : regions) {
        for (ResourceType type : types) {
          if (!collectors.get(type).isGlobal()) {
            scopes.add(ScopeKey.of(planned.config.accountId(), region, type));
          }
        }
      }
      return scopes;
    }
  }

  private static final class RegionPlan {
    final List<String> enabled = new ArrayList<>();
    final List<String> disabled = new ArrayList<>();
  }

  static boolean isAccountFailure(Throwable e) {
    return e instanceof AccountUnavailableException;
  }

  private static String sessionName(String runId) {
    String name = "inventory-" + runId;
    return name.length() <= 64 ? name : name.substring(0, 64);
  }

  /** Counts AssumeRole calls made by the base STS client. */
  private static final class AssumeRoleCounter implements ExecutionInterceptor {
    private final RunAccumulator run;

    AssumeRoleCounter(RunAccumulator run) {
      this.run = run;
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
      run.apiCall();
      if ("AssumeRole".equals(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))) {
        run.assumeRole();
      }
    }
  }

  /** The Organizations client (built on first use) and account department tags. */
  private final class OrganizationsLookup implements AutoCloseable {
    private OrganizationsClient client;

    synchronized OrganizationsClient client() {
      if (client == null) {
        Region region = "aws".equals(partition) ? Region.AWS_GLOBAL : homeRegion;
        client = clientFactory.build(OrganizationsClient.class, region, baseCredentials, List.of());
      }
      return client;
    }

    Optional<String> department(String accountId, String tagKey, RunAccumulator run) {
      try {
        for (Tag tag : client().listTagsForResourcePaginator(r -> r.resourceId(accountId)).stream()
            .flatMap(page -> page.tags().stream()).collect(Collectors.toList())) {
          if (tag.key().equalsIgnoreCase(tagKey) && !tag.value().isBlank()) {
            return Optional.of(tag.value());
          }
        }
        return Optional.empty();
      } catch (RuntimeException e) {
        run.detailError(accountId + ": cannot read the account's " + tagKey + " tag from Organizations: "
            + ErrorClassifier.describe(e));
        return Optional.empty();
      }
    }

    @Override
    public synchronized void close() {
      if (client != null) {
        client.close();
      }
    }
  }

  // -------------------------------------------------------------------------------------------- builder

  private static final class BuilderImpl implements InventoryCollector.Builder {
    private InventoryConfig config;
    private String tableName = TableLayout.DEFAULT_TABLE_NAME;
    private Region region;
    private AwsCredentialsProvider credentials;
    private SdkHttpClient httpClient;
    private URI endpoint;
    private DynamoDbClient dynamoDb;
    private InventoryStore store;
    private Clock clock = Clock.systemUTC();
    private final List<CollectionListener> listeners = new ArrayList<>();
    private List<ResourceCollector> collectors;
    private final List<ResourceCollector> extraCollectors = new ArrayList<>();
    private final List<CostEstimator> estimators = new ArrayList<>();
    private Path priceFile;
    private PriceList prices;
    private final List<DepartmentRule> departmentRules = new ArrayList<>();
    private String externalId;
    private Duration scopeBackoff = Duration.ofSeconds(1);
    private Duration scopeMaxBackoff = Duration.ofSeconds(20);

    @Override
    public Builder config(InventoryConfig config) {
      this.config = config;
      return this;
    }

    @Override
    public Builder tableName(String tableName) {
      this.tableName = tableName;
      return this;
    }

    @Override
    public Builder region(Region region) {
      this.region = region;
      return this;
    }

    @Override
    public Builder credentialsProvider(AwsCredentialsProvider credentialsProvider) {
      this.credentials = credentialsProvider;
      return this;
    }

    @Override
    public Builder httpClient(SdkHttpClient httpClient) {
      this.httpClient = httpClient;
      return this;
    }

    @Override
    public Builder endpointOverride(URI endpoint) {
      this.endpoint = endpoint;
      return this;
    }

    @Override
    public Builder dynamoDbClient(DynamoDbClient client) {
      this.dynamoDb = client;
      return this;
    }

    @Override
    public Builder store(InventoryStore store) {
      this.store = store;
      return this;
    }

    @Override
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    @Override
    public Builder addListener(CollectionListener listener) {
      listeners.add(listener);
      return this;
    }

    @Override
    public Builder collectors(java.util.Collection<? extends ResourceCollector> collectors) {
      this.collectors = List.copyOf(collectors);
      return this;
    }

    @Override
    public Builder addCollector(ResourceCollector collector) {
      extraCollectors.add(collector);
      return this;
    }

    @Override
    public Builder addCostEstimator(CostEstimator estimator) {
      estimators.add(estimator);
      return this;
    }

    @Override
    public Builder priceFile(Path priceFile) {
      this.priceFile = priceFile;
      this.prices = null;
      return this;
    }

    @Override
    public Builder prices(PriceList prices) {
      this.prices = java.util.Objects.requireNonNull(prices, "prices");
      this.priceFile = null;
      return this;
    }

    @Override
    public Builder addDepartmentRule(DepartmentRule rule) {
      departmentRules.add(rule);
      return this;
    }

    @Override
    public Builder defaultExternalId(String externalId) {
      this.externalId = externalId == null || externalId.isBlank() ? null : externalId;
      return this;
    }

    @Override
    public Builder scopeRetryBackoff(Duration initial, Duration max) {
      if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
        throw new IllegalArgumentException("scope retry backoff must satisfy 0 < initial <= max (were " + initial
            + ", " + max + ")");
      }
      this.scopeBackoff = initial;
      this.scopeMaxBackoff = max;
      return this;
    }

    @Override
    public InventoryCollector build() {
      if (config == null) {
        throw new IllegalStateException("config is required; call config(InventoryConfig.load(path))");
      }
      return new DefaultInventoryCollector(this);
    }
  }
}
