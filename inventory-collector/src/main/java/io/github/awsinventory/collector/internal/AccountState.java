package io.github.awsinventory.collector.internal;

import io.github.awsinventory.collector.InventoryStore;
import io.github.awsinventory.collector.ScopeKey;
import io.github.awsinventory.collector.StoredResource;
import io.github.awsinventory.model.table.ScopeCoverage;
import io.github.awsinventory.model.types.BroadTier;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

/**
 * What the store holds of one account at the start of its collection, read once for all of the account's scopes
 * (the previous state of every type and region, and when each scope last completed), and the scopes this run
 * completed. When the account's last scope has finished, its coverage is written: earlier sightings merged with
 * this run's, for the regions where a scope completed.
 */
final class AccountState {

  private final InventoryStore store;
  private final String accountId;
  private final String runId;
  private final boolean dryRun;
  private final ScopeCoverage.Builder completed = ScopeCoverage.builder();
  private final Set<String> completedRegions = new TreeSet<>();
  private Map<String, StoredResource> live;
  private boolean perScope;
  private ScopeCoverage previous;
  private int unfinished;

  AccountState(InventoryStore store, String accountId, String runId, boolean dryRun) {
    this.store = store;
    this.accountId = accountId;
    this.runId = runId;
    this.dryRun = dryRun;
  }

  /** The number of scopes whose end this state waits for before it writes the coverage. */
  synchronized void expect(int scopes) {
    unfinished = scopes;
  }

  /**
   * The live resources of a scope as stored, from the account's one read (or the scope's own read, when the store
   * reads per scope). A failed read is tried again by the next scope that needs it.
   */
  Map<String, StoredResource> live(ScopeKey key) {
    Map<String, StoredResource> all;
    synchronized (this) {
      if (live == null && !perScope) {
        Optional<Map<String, StoredResource>> read = store.accountResources(accountId);
        perScope = read.isEmpty();
        live = read.orElse(null);
      }
      all = live;
    }
    if (all == null) {
      return new HashMap<>(store.liveResources(key));
    }
    Optional<String> source = BroadTier.sourceOf(key.resourceType());
    Map<String, StoredResource> scope = new HashMap<>();
    for (StoredResource r : all.values()) {
      boolean holds = source.isPresent()
          ? source.equals(r.source()) && r.region().equals(key.region())
          : r.resourceType().equals(key.resourceType()) && (key.isGlobal() || r.region().equals(key.region()));
      if (holds) {
        scope.put(r.resourceId(), r);
      }
    }
    return scope;
  }

  /** When the scope last completed before this run, as recorded. */
  Optional<Instant> previouslySeen(ScopeKey key) {
    return coverage().sighting(key.accountId(), key.region(), key.resourceType()).map(ScopeCoverage.Sighting::seenAt);
  }

  private synchronized ScopeCoverage coverage() {
    if (previous == null) {
      previous = store.recordsCoverage() ? store.coverage(accountId) : ScopeCoverage.empty();
    }
    return previous;
  }

  /** The account's collection is over: the previous state is no longer needed. */
  synchronized void release() {
    live = null;
    perScope = true;
  }

  /**
   * One of the account's scopes has finished (its writes durable or failed).
   *
   * @param key the scope
   * @param seenAt the observation time of its collection, when it completed; empty when it did not
   * @return the coverage write, when this was the account's last scope and coverage is recorded
   */
  Optional<CompletableFuture<Void>> finished(ScopeKey key, Optional<Instant> seenAt) {
    ScopeCoverage merged;
    Set<String> regions;
    synchronized (this) {
      seenAt.ifPresent(t -> {
        completed.put(key.accountId(), key.region(), key.resourceType(), new ScopeCoverage.Sighting(t, runId));
        completedRegions.add(key.region());
      });
      if (--unfinished > 0 || completedRegions.isEmpty() || dryRun || !store.recordsCoverage()) {
        return Optional.empty();
      }
      merged = ScopeCoverage.builder().putAll(coverage()).putAll(completed.build()).build();
      regions = Set.copyOf(completedRegions);
    }
    return Optional.of(store.writeCoverage(accountId, merged, regions));
  }
}
