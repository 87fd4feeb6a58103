package io.github.awsinventory.collector.internal;

import io.github.awsinventory.collector.CollectionListener;
import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.ScopeResult;
import io.github.awsinventory.model.ScopeStatus;
import io.github.awsinventory.model.types.BroadTier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts what a run does, from many threads at once, and tells the listeners. Holds aggregates and the
 * failed scopes only — never the resources.
 */
final class RunAccumulator {

  private static final Logger LOG = LoggerFactory.getLogger(RunAccumulator.class);

  private final List<CollectionListener> listeners;
  final LongAdder apiCalls = new LongAdder();
  final LongAdder retries = new LongAdder();
  final LongAdder assumeRoleCalls = new LongAdder();
  final LongAdder newResources = new LongAdder();
  final LongAdder changedResources = new LongAdder();
  final LongAdder unchangedResources = new LongAdder();
  final LongAdder deletedResources = new LongAdder();
  final AtomicLong detailErrorCount = new AtomicLong();
  private final Map<ScopeStatus, LongAdder> scopes = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> byType = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<ScopeResult> failed = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<String> disabledRegions = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<String> detailErrors = new ConcurrentLinkedQueue<>();
  private final Set<String> failedAccounts = ConcurrentHashMap.newKeySet();
  private final AtomicReference<String> fatal = new AtomicReference<>();

  RunAccumulator(List<CollectionListener> listeners) {
    this.listeners = listeners;
  }

  void apiCall() {
    apiCalls.increment();
  }

  void assumeRole() {
    assumeRoleCalls.increment();
  }

  void retried(String scope, String operation, int attempt) {
    retries.increment();
    notifyListeners(l -> l.retry(scope, operation == null ? "?" : operation, attempt));
  }

  /**
   * Counts a resource of a broad scope under its own type (a deep scope's resources are counted under the
   * scope's type when it finishes), so that the run's types name what the broad tier found.
   */
  void broadResourceSeen(ResourceType type) {
    byType.computeIfAbsent(type.name(), t -> new LongAdder()).increment();
  }

  void scopeFinished(ScopeResult result) {
    scopes.computeIfAbsent(result.status(), s -> new LongAdder()).increment();
    if (!BroadTier.isBroadScope(result.resourceType())) {
      byType.computeIfAbsent(result.resourceType().name(), t -> new LongAdder()).add(result.resources());
    }
    if (result.status() == ScopeStatus.REGION_DISABLED) {
      String region = result.accountId() + "/" + result.region();
      if (!disabledRegions.contains(region)) {
        disabledRegions.add(region);
      }
    } else if (!result.status().isComplete()) {
      failed.add(result);
      failedAccounts.add(result.accountId());
    }
    if (result.attempts() > 1) {
      retries.add(result.attempts() - 1L);
    }
    notifyListeners(l -> l.scopeFinished(result));
  }

  void detailError(String message) {
    if (detailErrorCount.incrementAndGet() <= CollectionReport.MAX_DETAIL_ERRORS) {
      detailErrors.add(message);
    }
  }

  void fatal(String message) {
    fatal.compareAndSet(null, message);
  }

  String fatalError() {
    return fatal.get();
  }

  void runStarted(String runId, int accounts) {
    notifyListeners(l -> l.runStarted(runId, accounts));
  }

  void accountPlanned(String accountId, int scopeCount) {
    notifyListeners(l -> l.accountPlanned(accountId, scopeCount));
  }

  void runFinished(CollectionReport report) {
    notifyListeners(l -> l.runFinished(report));
  }

  void fill(CollectionReport.Builder report) {
    Map<ScopeStatus, Integer> byStatus = new EnumMap<>(ScopeStatus.class);
    scopes.forEach((status, count) -> byStatus.put(status, count.intValue()));
    Map<String, Long> types = new TreeMap<>();
    byType.forEach((type, count) -> types.put(type, count.sum()));
    List<ScopeResult> failedScopes = new ArrayList<>(failed);
    failedScopes.sort(Comparator.comparing(ScopeResult::scope));
    report.scopes(byStatus)
        .resourcesByType(types)
        .failedScopes(failedScopes)
        .failedAccounts(new TreeSet<>(failedAccounts))
        .disabledRegions(new TreeSet<>(disabledRegions))
        .detailErrors(detailErrors)
        .detailErrorCount(detailErrorCount.get())
        .apiCalls(apiCalls.sum())
        .retries(retries.sum())
        .assumeRoleCalls(assumeRoleCalls.sum())
        .newResources(newResources.sum())
        .changedResources(changedResources.sum())
        .unchangedResources(unchangedResources.sum())
        .deletedResources(deletedResources.sum());
  }

  private void notifyListeners(java.util.function.Consumer<CollectionListener> event) {
    for (CollectionListener listener : listeners) {
      try {
        event.accept(listener);
      } catch (RuntimeException e) {
        LOG.warn("Collection listener {} failed; ignoring it", listener.getClass().getName(), e);
      }
    }
  }
}
