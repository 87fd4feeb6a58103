package io.github.awsinventory.collector.internal;

import io.github.awsinventory.collector.InventoryStore;
import io.github.awsinventory.collector.ScopeKey;
import io.github.awsinventory.collector.StoredResource;
import io.github.awsinventory.collector.internal.broad.BroadCollector;
import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ResourceCollector;
import io.github.awsinventory.model.InvalidResourceException;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ScopeResult;
import io.github.awsinventory.model.ScopeStatus;
import io.github.awsinventory.model.table.ResourceCodec;
import io.github.awsinventory.model.types.BroadTier;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.SdkClient;

/**
 * Collects one scope: loads what the store holds for it, runs the collector (retrying transient failures),
 * writes new, changed and unchanged resources, and — only when the scope completed — marks what vanished
 * as deleted.
 */
final class ScopeRunner {

  private static final Logger LOG = LoggerFactory.getLogger(ScopeRunner.class);
  private static final int MAX_UNFINISHED = 256;

  private final InventoryStore store;
  private final Enricher enricher;
  private final RunAccumulator run;
  private final Clock clock;
  private final String runId;
  private final boolean dryRun;
  private final Duration scopeTimeout;
  private final Optional<Instant> runDeadline;
  private final RetryConfig retryConfig;
  private final String partition;
  private final AtomicInteger pendingFinishes = new AtomicInteger();
  /**
   * Scopes collected whose writes are not yet durable, at most {@value #MAX_UNFINISHED}: when writing falls behind
   * collection, collection waits instead of queueing finished scopes without bound.
   */
  private final Semaphore unfinished = new Semaphore(MAX_UNFINISHED);
  private final ExecutorService finisher = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "inventory-scope-finisher");
    thread.setDaemon(true);
    return thread;
  });
  /**
   * The detail steps' threads. Unbounded here because the accounts' bulkheads bound them: at most
   * {@code per_account_concurrency} per active account, and the scheduler keeps a fixed number of accounts active.
   */
  private final ExecutorService details = Executors.newCachedThreadPool(new ThreadFactory() {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread thread = new Thread(r, "inventory-detail-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  });

  ScopeRunner(InventoryStore store, Enricher enricher, RunAccumulator run, Clock clock, String runId, boolean dryRun,
      Duration scopeTimeout, Optional<Instant> runDeadline, int attempts, Duration initialBackoff, Duration maxBackoff,
      String partition) {
    this.store = store;
    this.enricher = enricher;
    this.run = run;
    this.clock = clock;
    this.runId = runId;
    this.dryRun = dryRun;
    this.scopeTimeout = scopeTimeout;
    this.runDeadline = runDeadline;
    this.partition = partition;
    this.retryConfig = RetryConfig.custom()
        .maxAttempts(attempts)
        .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(initialBackoff, 2.0, 0.5, maxBackoff))
        .retryOnException(ErrorClassifier::isRetryable)
        .build();
  }

  /** The state of an account for its scopes in this run. */
  AccountState accountState(String accountId) {
    return new AccountState(store, accountId, runId, dryRun);
  }

  /** A scope whose account could not be reached: reported without any call. */
  ScopeResult unreachable(ScopeKey key, String accountName, Throwable cause, AccountState state) {
    return finish(state, key, Optional.empty(), ScopeResult.builder().accountId(key.accountId())
        .accountName(accountName).region(key.region())
        .resourceType(key.resourceType()).status(ErrorClassifier.status(cause)).attempts(0)
        .error(ErrorClassifier.describe(cause)).build());
  }

  /** A scope in a region the account has not enabled: nothing to collect, not a failure. */
  ScopeResult regionDisabled(ScopeKey key, String accountName, AccountState state) {
    return finish(state, key, Optional.empty(), ScopeResult.builder().accountId(key.accountId())
        .accountName(accountName).region(key.region())
        .resourceType(key.resourceType()).status(ScopeStatus.REGION_DISABLED).attempts(0)
        .error("region " + key.region() + " is not enabled for account " + key.accountId()).build());
  }

  /**
   * Collects a scope on the calling thread. Its writes complete in the background; the scope's result is
   * recorded once they are durable (see {@link #awaitFinished()}), so that the thread is free for the next
   * scope meanwhile.
   *
   * @return how the collection itself ended (before writes)
   */
  ScopeStatus collect(ScopeKey key, ResourceCollector collector, AccountSession session, String clientRegion,
      AccountState state) {
    Instant started = clock.instant();
    Instant deadline = started.plus(scopeTimeout);
    boolean byRun = false;
    if (runDeadline.isPresent() && runDeadline.get().isBefore(deadline)) {
      deadline = runDeadline.get();
      byRun = true;
    }
    String scopeName = key.toString();
    ScopeContext scope = new ScopeContext(scopeName, deadline, byRun, clock);
    ScopeResult.Builder result = ScopeResult.builder().accountId(key.accountId())
        .accountName(session.account.name()).region(key.region()).resourceType(key.resourceType());
    Tracker tracker = new Tracker(key, session, state);
    AtomicInteger attempts = new AtomicInteger();
    Retry retry = Retry.of(scopeName, retryConfig);
    retry.getEventPublisher().onRetry(e -> run.retried(scopeName, "scope", e.getNumberOfRetryAttempts() + 1));
    ScopeStatus status;
    scope.enter();
    try {
      scope.checkDeadline();
      retry.executeRunnable(() -> {
        attempts.incrementAndGet();
        scope.checkDeadline();
        if (tracker.stored == null) {
          tracker.stored = state.live(key);
        }
        tracker.beginAttempt();
        Context context = new Context(key, session, clientRegion, tracker);
        if (collector instanceof ItemCollector<?> items) {
          new DetailRunner<>(items, context, tracker::accept, session.detailBulkhead(), details, scope).run();
        } else {
          collector.collect(context, tracker::accept);
        }
      });
      tracker.publishErrors();
      status = ScopeStatus.OK;
      result.deletedResources(tracker.deleteVanished(collector));
    } catch (RuntimeException e) {
      tracker.publishErrors();
      status = ErrorClassifier.status(e);
      result.error(ErrorClassifier.describe(e));
      if (ErrorClassifier.isCredentialFailure(e)) {
        session.markCredentialsFailed();
      }
      if (status == ScopeStatus.ERROR) {
        LOG.debug("Scope {} failed", scopeName, e);
      }
    } finally {
      ScopeContext.exit();
    }
    boolean completed = status == ScopeStatus.OK;
    result.status(status).resources(tracker.seen.size()).newResources(tracker.newCount)
        .changedResources(tracker.changedCount).apiCalls(scope.apiCalls.get()).attempts(Math.max(1, attempts.get()));
    if (!unfinished.tryAcquire()) {
      store.flush(); // partly filled batches wait for someone to need them: this thread does
      unfinished.acquireUninterruptibly();
    }
    pendingFinishes.incrementAndGet();
    CompletableFuture.allOf(tracker.writes.toArray(new CompletableFuture<?>[0])).whenCompleteAsync((done, failure) -> {
      try {
        boolean durable = completed;
        if (failure != null) {
          durable = false;
          String message = "writing " + key + " failed: " + cause(failure).getMessage();
          run.fatal(message);
          result.status(ScopeStatus.ERROR).error(message);
        }
        finish(state, key, durable ? Optional.of(started) : Optional.empty(),
            result.durationMillis(Duration.between(started, clock.instant()).toMillis()).build());
      } finally {
        unfinished.release();
        if (pendingFinishes.decrementAndGet() == 0) {
          synchronized (pendingFinishes) {
            pendingFinishes.notifyAll();
          }
        }
      }
    }, finisher);
    return status;
  }

  /** Waits until every collected scope's writes are durable and its result recorded. */
  void awaitFinished() {
    while (pendingFinishes.get() > 0) {
      // the writer holds partly filled batches back until someone waits for them: the run's end does
      store.flush();
      synchronized (pendingFinishes) {
        try {
          if (pendingFinishes.get() > 0) {
            pendingFinishes.wait(50);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for writes", e);
        }
      }
    }
    finisher.shutdown();
    details.shutdown();
  }

  /** What failed a write: the cause a {@link CompletionException} wraps, or the failure itself. */
  private static Throwable cause(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
  }

  /**
   * Records a scope's result and tells its account; the account's last scope writes the account's coverage: the
   * scopes that completed, with {@code seenAt}, the start of their collection (every live resource of a completed
   * scope was seen then or later).
   */
  private ScopeResult finish(AccountState state, ScopeKey key, Optional<Instant> seenAt, ScopeResult result) {
    if (!dryRun) {
      store.writeScopeResult(runId, result);
    }
    run.scopeFinished(result);
    state.finished(key, seenAt).ifPresent(coverage -> coverage.whenComplete((done, failure) -> {
      if (failure != null) {
        run.fatal("writing the coverage of account " + key.accountId() + " failed: " + cause(failure).getMessage());
      }
    }));
    return result;
  }

  /**
   * What one scope has seen and written, across its attempts. A resource seen again in a later attempt
   * is written again only if it changed meanwhile (after its earlier write is durable), and counted once.
   * Detail errors are kept per attempt: those of an attempt that was retried are dropped.
   */
  private final class Tracker {
    final ScopeKey key;
    final AccountSession session;
    final AccountState state;
    Map<String, StoredResource> stored;
    final Set<String> seen = new HashSet<>();
    final Map<String, Written> written = new HashMap<>();
    final List<CompletableFuture<Void>> writes = new ArrayList<>();
    private final Set<String> seenInAttempt = new HashSet<>();
    private final List<String> attemptErrors = new ArrayList<>();
    long newCount;
    long changedCount;

    Tracker(ScopeKey key, AccountSession session, AccountState state) {
      this.key = key;
      this.session = session;
      this.state = state;
    }

    void beginAttempt() {
      seenInAttempt.clear();
      attemptErrors.clear();
    }

    void detailError(String message) {
      attemptErrors.add(message);
    }

    void publishErrors() {
      attemptErrors.forEach(run::detailError);
      attemptErrors.clear();
    }

    void accept(Resource.Builder builder) {
      Resource collected;
      try {
        collected = builder.build();
      } catch (RuntimeException e) {
        detailError(key + ": a collected resource is invalid: " + e.getMessage());
        return;
      }
      String id = collected.resourceId();
      if (!seenInAttempt.add(id)) {
        return;
      }
      if (seen.add(id) && BroadTier.isBroadScope(key.resourceType())) {
        run.broadResourceSeen(collected.resourceType());
      }
      StoredResource before = stored.get(id);
      Resource resource;
      try {
        Resource enriched = enricher.enrich(collected, session.department,
            Optional.ofNullable(before).map(StoredResource::firstSeen));
        resource = ResourceCodec.fit(enriched);
      } catch (InvalidResourceException | IllegalStateException e) {
        detailError(key + ": " + e.getMessage());
        return;
      }
      Written earlier = written.get(id);
      if (earlier != null) {
        if (earlier.hash.equals(resource.contentHash())) {
          return;
        }
        if (!earlier.future.isDone()) {
          store.flush(); // a partly filled batch waits until someone needs it durable
        }
        earlier.future.exceptionally(failure -> null).join();
        write(id, resource, true);
        return;
      }
      boolean newVersion;
      if (before == null) {
        newCount++;
        run.newResources.increment();
        newVersion = true;
      } else if (!before.contentHash().equals(resource.contentHash())) {
        changedCount++;
        run.changedResources.increment();
        newVersion = true;
      } else {
        run.unchangedResources.increment();
        if (store.recordsCoverage() && before.accountName().equals(resource.accountName())) {
          // Seen, unchanged: the scope's coverage record says so once it completes; no item write.
          written.put(id, new Written(resource.contentHash(), CompletableFuture.completedFuture(null)));
          return;
        }
        newVersion = false;
      }
      write(id, resource, newVersion);
    }

    private void write(String id, Resource resource, boolean newVersion) {
      CompletableFuture<Void> future = dryRun ? CompletableFuture.completedFuture(null)
          : store.write(resource, newVersion);
      writes.add(future);
      written.put(id, new Written(resource.contentHash(), future));
    }

    /**
     * Marks deleted what the scope held and did not see. A broad item whose ARN a deep collector now covers is
     * not deleted but handed over: the deep scope writes the same item under its own type.
     */
    int deleteVanished(ResourceCollector collector) {
      Instant now = clock.instant();
      int deleted = 0;
      Optional<Instant> covered = Optional.empty();
      for (StoredResource stale : stored.values()) {
        StoredResource resource = stale;
        if (store.recordsCoverage() && !seen.contains(stale.resourceId())) {
          // its last sighting: the later of its item's and its scope's last completion before this run
          if (covered.isEmpty()) {
            covered = Optional.of(state.previouslySeen(key).orElse(Instant.EPOCH));
          }
          if (covered.get().isAfter(stale.lastSeen())) {
            resource = StoredResource.builder().from(stale).lastSeen(covered.get()).build();
          }
        }
        boolean handedOver = collector instanceof BroadCollector broad && broad.handsOver(resource.resourceId());
        if (!seen.contains(resource.resourceId()) && !handedOver) {
          deleted++;
          run.deletedResources.increment();
          if (!dryRun) {
            writes.add(store.markDeleted(resource, now, runId));
          }
        }
      }
      return deleted;
    }
  }

  /** The collector's view of the scope. */
  private final class Context implements CollectionContext {
    private final ScopeKey key;
    private final AccountSession session;
    private final String clientRegion;
    private final Tracker tracker;
    private final Instant observedAt = clock.instant();

    Context(ScopeKey key, AccountSession session, String clientRegion, Tracker tracker) {
      this.key = key;
      this.session = session;
      this.clientRegion = clientRegion;
      this.tracker = tracker;
    }

    @Override
    public String arn(String service, String resource) {
      String region = key.isGlobal() ? "" : clientRegion;
      return "arn:" + partition + ":" + service + ":" + region + ":" + key.accountId() + ":" + resource;
    }

    @Override
    public String accountId() {
      return key.accountId();
    }

    @Override
    public String accountName() {
      return session.account.name();
    }

    @Override
    public String region() {
      return clientRegion;
    }

    @Override
    public String partition() {
      return partition;
    }

    @Override
    public Instant observedAt() {
      return observedAt;
    }

    @Override
    public <C extends SdkClient> C client(Class<C> clientType) {
      return session.client(clientType, clientRegion);
    }

    @Override
    public <C extends SdkClient> C client(Class<C> clientType, String region) {
      return session.client(clientType, region);
    }

    @Override
    public Resource.Builder newResource(String resourceId, String name) {
      return Resource.builder().resourceId(resourceId).resourceType(key.resourceType()).accountId(key.accountId())
          .accountName(session.account.name()).region(key.region()).name(name)
          .firstSeen(observedAt).lastSeen(observedAt);
    }

    @Override
    public void detailError(String resourceId, String attribute, Exception error) {
      tracker.detailError(key + ": " + resourceId + " " + attribute + ": " + ErrorClassifier.describe(error));
    }

    @Override
    public Optional<String> accountDepartment() {
      return session.department;
    }
  }

  private static final class Written {
    final String hash;
    final CompletableFuture<Void> future;

    Written(String hash, CompletableFuture<Void> future) {
      this.hash = hash;
      this.future = future;
    }
  }
}
