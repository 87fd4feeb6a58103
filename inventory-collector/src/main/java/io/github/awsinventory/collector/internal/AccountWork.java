package io.github.awsinventory.collector.internal;

import io.github.awsinventory.collector.ScopeKey;
import io.github.awsinventory.collector.spi.ResourceCollector;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.ScopeStatus;
import io.github.awsinventory.model.config.AccountConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/**
 * One account's part of a run, for the scheduler: opens the account's session (AssumeRole, its department), plans its
 * scopes (the enabled regions × the regional types, plus the global types once), and collects each scope through the
 * {@link ScopeRunner}. A circuit breaker per account turns an account whose credentials stop working into
 * "unreachable" for its remaining scopes instead of failing each one after its retries.
 */
final class AccountWork implements Scheduler.AccountWork {

  private static final Logger LOG = LoggerFactory.getLogger(AccountWork.class);

  private final Setup setup;
  private final AccountConfig planned;
  private final String runId;
  private final StsClient sts;
  private final OrganizationsDirectory organizations;
  private final ScopeRunner runner;
  private final RunAccumulator run;
  private final List<ResourceType> types;
  private final Set<String> regionFilter;
  private final CircuitBreaker breaker;
  private final AccountState state;
  private AccountSession session;

  AccountWork(Setup setup, AccountConfig planned, String runId, StsClient sts, OrganizationsDirectory organizations,
      ScopeRunner runner, RunAccumulator run, List<ResourceType> types, Set<String> regionFilter) {
    this.setup = setup;
    this.planned = planned;
    this.runId = runId;
    this.sts = sts;
    this.organizations = organizations;
    this.runner = runner;
    this.run = run;
    this.types = types;
    this.regionFilter = regionFilter;
    this.state = runner.accountState(planned.accountId());
    this.breaker = CircuitBreaker.of("account-" + planned.accountId(), CircuitBreakerConfig.custom()
        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
        .slidingWindowSize(1)
        .minimumNumberOfCalls(1)
        .failureRateThreshold(100)
        .waitDurationInOpenState(Duration.ofDays(1))
        .recordException(e -> e instanceof AccountUnavailableException)
        .build());
  }

  @Override
  public List<Runnable> prepare() {
    AccountConfig account = planned;
    try {
      session = breaker.executeSupplier(this::openSession);
    } catch (RuntimeException e) {
      Throwable cause = e instanceof AccountUnavailableException ? e : new AccountUnavailableException(
          "account " + account.accountId() + " is unavailable: " + ErrorClassifier.describe(e), e);
      LOG.warn("{}", cause.getMessage());
      List<ScopeKey> scopes = scopes(configuredRegions(account));
      run.accountPlanned(account.accountId(), scopes.size());
      state.expect(scopes.size());
      return scopes.stream().<Runnable>map(k -> () -> runner.unreachable(k, account.name(), cause, state))
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
        if (!setup.collectors.get(type).isGlobal()) {
          ScopeKey key = ScopeKey.of(account.accountId(), region, type);
          tasks.add(() -> runner.regionDisabled(key, account.name(), state));
        }
      }
    }
    run.accountPlanned(account.accountId(), tasks.size());
    state.expect(tasks.size());
    return tasks;
  }

  private void runScope(ScopeKey key) {
    if (!breaker.tryAcquirePermission()) {
      runner.unreachable(key, planned.name(), new AccountUnavailableException("account "
          + key.accountId() + " became unavailable earlier in this run", null), state);
      return;
    }
    long start = System.nanoTime();
    ResourceCollector collector = setup.collectors.get(key.resourceType());
    String clientRegion = key.isGlobal() ? setup.homeRegion.id() : key.region();
    ScopeStatus status = runner.collect(key, collector, session, clientRegion, state);
    long elapsed = System.nanoTime() - start;
    if (status == ScopeStatus.ACCESS_DENIED && session.credentialsFailed()) {
      breaker.onError(elapsed, TimeUnit.NANOSECONDS,
          new AccountUnavailableException("the credentials of account " + key.accountId() + " stopped working", null));
    } else {
      breaker.onSuccess(elapsed, TimeUnit.NANOSECONDS);
    }
  }

  @Override
  public void finished() {
    state.release();
    if (session != null) {
      session.close();
    }
  }

  private AccountSession openSession() {
    AccountConfig account = planned;
    AwsCredentialsProvider credentials;
    boolean owns;
    if (account.management()) {
      credentials = setup.baseCredentials;
      owns = false;
    } else {
      String roleArn = account.roleArn(setup.partition).orElseThrow(() -> new AccountUnavailableException(
          "account " + account.accountId() + " has no role to assume; set role_name or role_arn", null));
      String externalId = account.externalId().or(() -> setup.defaultExternalId).orElse(null);
      credentials = StsAssumeRoleCredentialsProvider.builder()
          .stsClient(sts)
          .refreshRequest(r -> r.roleArn(roleArn).roleSessionName(sessionName(runId))
              .externalId(externalId)
              .durationSeconds(setup.config.collectionSettings().assumeRoleDurationSeconds()))
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
    if (department.isEmpty() && setup.config.organization().enabled()) {
      department = organizations.department(account.accountId(), setup.config.organization().departmentTag(), run);
    }
    return new AccountSession(account, credentials, owns, department, setup.clientFactory,
        setup.config.collectionSettings(), run);
  }

  private List<String> configuredRegions(AccountConfig account) {
    List<String> configured = !account.regions().isEmpty() ? account.regions() : setup.config.regions();
    return configured.stream().filter(r -> !setup.config.excludedRegions().contains(r))
        .filter(r -> regionFilter.isEmpty() || regionFilter.contains(r)).collect(Collectors.toList());
  }

  private RegionPlan regions(AccountConfig account) {
    List<String> configured = !account.regions().isEmpty() ? account.regions() : setup.config.regions();
    boolean anyRegional = types.stream().anyMatch(t -> !setup.collectors.get(t).isGlobal());
    RegionPlan plan = new RegionPlan();
    if (!anyRegional) {
      return plan;
    }
    Map<String, Boolean> status;
    try {
      Ec2Client ec2 = session.client(Ec2Client.class, setup.homeRegion.id());
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
      if (setup.config.excludedRegions().contains(region) || !regionFilter.isEmpty() && !regionFilter.contains(region)) {
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
      ResourceCollector collector = setup.collectors.get(type);
      if (collector.isGlobal()) {
        scopes.add(ScopeKey.of(planned.accountId(), Resource.GLOBAL_REGION, type));
      }
    }
    for (String region : regions) {
      for (ResourceType type : types) {
        if (!setup.collectors.get(type).isGlobal()) {
          scopes.add(ScopeKey.of(planned.accountId(), region, type));
        }
      }
    }
    return scopes;
  }

  private static String sessionName(String runId) {
    String name = "inventory-" + runId;
    return name.length() <= 64 ? name : name.substring(0, 64);
  }

  private static final class RegionPlan {
    final List<String> enabled = new ArrayList<>();
    final List<String> disabled = new ArrayList<>();
  }
}
