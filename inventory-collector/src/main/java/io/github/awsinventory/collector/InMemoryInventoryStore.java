package io.github.awsinventory.collector;

import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.DeletedResource;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ScopeResult;
import io.github.awsinventory.model.types.BroadTier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * A store that keeps the inventory in memory, with the same semantics as the table: current state, one
 * history version per change, deletions and run records. For tests and one-off scans; obtain one from
 * {@link InventoryStores#inMemory()}.
 */
public final class InMemoryInventoryStore implements InventoryStore {

  private final Map<String, Resource> live = new ConcurrentHashMap<>();
  private final Map<String, List<Resource>> history = new ConcurrentHashMap<>();
  private final List<DeletedResource> deleted = new CopyOnWriteArrayList<>();
  private final List<ScopeResult> scopeResults = new CopyOnWriteArrayList<>();
  private final List<CollectionReport> runs = new CopyOnWriteArrayList<>();
  private final AtomicLong writes = new AtomicLong();

  InMemoryInventoryStore() {}

  @Override
  public Map<String, StoredResource> liveResources(ScopeKey scope) {
    Optional<String> broad = BroadTier.sourceOf(scope.resourceType());
    return live.values().stream()
        .filter(r -> r.accountId().equals(scope.accountId()) && (broad.isPresent()
            ? broad.equals(BroadTier.SOURCE.read(r)) && r.region().equals(scope.region())
            : r.resourceType().equals(scope.resourceType()) && (scope.isGlobal() || r.region().equals(scope.region()))))
        .collect(Collectors.toMap(Resource::resourceId, InMemoryInventoryStore::stored));
  }

  @Override
  public CompletableFuture<Void> write(Resource resource, boolean newVersion) {
    live.put(resource.resourceId(), resource);
    writes.incrementAndGet();
    if (newVersion) {
      history.computeIfAbsent(resource.resourceId(), k -> new CopyOnWriteArrayList<>()).add(resource);
      writes.incrementAndGet();
    }
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> markDeleted(StoredResource resource, Instant deletedAt, String runId) {
    live.remove(resource.resourceId());
    deleted.add(DeletedResource.builder().resourceId(resource.resourceId()).resourceType(resource.resourceType())
        .accountId(resource.accountId()).accountName(resource.accountName()).region(resource.region())
        .department(resource.department()).name(resource.name()).lastMonthlyCost(resource.estimatedMonthlyCost())
        .lastSeen(resource.lastSeen()).deletedAt(deletedAt).runId(runId).build());
    writes.addAndGet(2);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> writeScopeResult(String runId, ScopeResult result) {
    scopeResults.add(result);
    writes.incrementAndGet();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void flush() {}

  @Override
  public void writeRun(CollectionReport report) {
    runs.add(report);
    writes.addAndGet(2);
  }

  @Override
  public long itemsWritten() {
    return writes.get();
  }

  @Override
  public long writeCalls() {
    return writes.get();
  }

  @Override
  public void close() {}

  /**
   * The live resources.
   *
   * @return resources, in no particular order
   */
  public Collection<Resource> resources() {
    return List.copyOf(live.values());
  }

  /**
   * One live resource.
   *
   * @param resourceId its ARN
   * @return the resource
   */
  public Optional<Resource> resource(String resourceId) {
    return Optional.ofNullable(live.get(resourceId));
  }

  /**
   * A resource's history versions, oldest first.
   *
   * @param resourceId its ARN
   * @return versions
   */
  public List<Resource> history(String resourceId) {
    return new ArrayList<>(history.getOrDefault(resourceId, List.of()));
  }

  /**
   * Deletion records.
   *
   * @return records, in order
   */
  public List<DeletedResource> deleted() {
    return List.copyOf(deleted);
  }

  /**
   * Scope results of every run.
   *
   * @return results, in order
   */
  public List<ScopeResult> scopeResults() {
    return List.copyOf(scopeResults);
  }

  /**
   * Run reports.
   *
   * @return reports, in order
   */
  public List<CollectionReport> runs() {
    return List.copyOf(runs);
  }

  private static StoredResource stored(Resource r) {
    return StoredResource.builder().resourceId(r.resourceId()).resourceType(r.resourceType()).accountId(r.accountId())
        .accountName(r.accountName()).region(r.region()).name(r.name()).department(r.department())
        .contentHash(r.contentHash()).firstSeen(r.firstSeen()).lastSeen(r.lastSeen())
        .estimatedMonthlyCost(r.estimatedMonthlyCost()).source(BroadTier.SOURCE.read(r)).build();
  }
}
