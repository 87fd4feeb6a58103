package io.github.awsinventory.collector.internal;

import io.github.awsinventory.model.config.AccountConfig;
import io.github.awsinventory.model.config.CollectionSettings;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * One account during a run: its credentials (one AssumeRole, refreshed before expiry), its clients — one
 * per (region, service), shared by every type that uses them — and its rate limiters. Closed when the
 * account's last scope is done.
 */
final class AccountSession implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AccountSession.class);

  final AccountConfig account;
  final AwsCredentialsProvider credentials;
  final Optional<String> department;
  private final ClientFactory factory;
  private final CollectionSettings settings;
  private final RunAccumulator run;
  private final Map<String, SdkClient> clients = new ConcurrentHashMap<>();
  private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();
  private final boolean ownsCredentials;
  private volatile boolean credentialsFailed;
  private final Bulkhead detailBulkhead;

  AccountSession(AccountConfig account, AwsCredentialsProvider credentials, boolean ownsCredentials,
      Optional<String> department, ClientFactory factory, CollectionSettings settings, RunAccumulator run) {
    this.account = account;
    this.credentials = credentials;
    this.ownsCredentials = ownsCredentials;
    this.department = department;
    this.factory = factory;
    this.settings = settings;
    this.run = run;
    this.detailBulkhead = Bulkhead.of(account.accountId() + "/details", BulkheadConfig.custom()
        .maxConcurrentCalls(settings.perAccountConcurrency())
        .maxWaitDuration(Duration.ofMillis(50))
        .build());
  }

  /**
   * The account's bound on detail calls in flight ({@code per_account_concurrency}), shared by all its scopes.
   *
   * @return the bulkhead
   */
  Bulkhead detailBulkhead() {
    return detailBulkhead;
  }

  <C extends SdkClient> C client(Class<C> type, String region) {
    String key = type.getName() + "@" + region;
    SdkClient client = clients.computeIfAbsent(key, k -> {
      String service = ClientFactory.service(type);
      RateLimiter limiter = limiters.computeIfAbsent(region + "/" + service, l -> limiter(service, region));
      return factory.build(type, Region.of(region), credentials, List.of(new CallInterceptor(limiter, run)));
    });
    return type.cast(client);
  }

  private RateLimiter limiter(String service, String region) {
    double perSecond = settings.rateLimit(service);
    int permits = perSecond >= 1 ? (int) Math.ceil(perSecond) : 1;
    Duration period = perSecond >= 1 ? Duration.ofSeconds(1) : Duration.ofNanos((long) (1_000_000_000L / perSecond));
    return RateLimiter.of(account.accountId() + "/" + region + "/" + service, RateLimiterConfig.custom()
        .limitForPeriod(permits)
        .limitRefreshPeriod(period)
        .timeoutDuration(Duration.ofSeconds(settings.apiCallTimeoutSeconds()))
        .build());
  }

  /** Records that a call failed because the account's credentials no longer work. */
  void markCredentialsFailed() {
    credentialsFailed = true;
  }

  /**
   * Whether a call of this account failed because its credentials no longer work.
   *
   * @return true once that happened
   */
  boolean credentialsFailed() {
    return credentialsFailed;
  }

  @Override
  public void close() {
    for (SdkClient client : clients.values()) {
      try {
        client.close();
      } catch (RuntimeException e) {
        LOG.debug("Closing a client of account {} failed", account.accountId(), e);
      }
    }
    clients.clear();
    if (ownsCredentials && credentials instanceof SdkAutoCloseable) {
      ((SdkAutoCloseable) credentials).close();
    }
  }
}
