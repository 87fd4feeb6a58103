package io.github.awsinventory.collector;

import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ScopeResult;
import io.github.awsinventory.model.table.ScopeCoverage;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Where collected resources go. {@link InventoryStores#dynamoDb} writes the inventory table (the
 * default); {@link InventoryStores#inMemory()} keeps everything in memory, for tests and one-off scans.
 *
 * <p>Writes may be batched: the futures complete when the write is durable, or exceptionally when it
 * could not be made — the collector never reports a write it was not told succeeded. The DynamoDB store fails
 * a write for good, and a read of an item that is not an inventory item, with a
 * {@link io.github.awsinventory.model.StoreException}.
 */
public interface InventoryStore extends AutoCloseable {

  /**
   * The live resources of a scope as stored (for a global scope: of every region).
   *
   * @param scope the scope
   * @return resource id to stored state
   */
  Map<String, StoredResource> liveResources(ScopeKey scope);

  /**
   * The live resources of an account as stored, of every type and region, read at once: the collector reads an
   * account's previous state once instead of once per scope. The default is empty: the store is read per scope
   * through {@link #liveResources(ScopeKey)}.
   *
   * @param accountId the account
   * @return resource id to stored state, or empty when the store reads per scope
   */
  default Optional<Map<String, StoredResource>> accountResources(String accountId) {
    return Optional.empty();
  }

  /**
   * Whether the store records when each scope completed ({@link #writeCoverage}). Then an unchanged resource is
   * not rewritten: its scope's coverage says it was seen (see {@link ScopeCoverage}). A store that does not
   * (the default) gets every seen resource written, with its new last sighting.
   *
   * @return true when {@link #coverage} and {@link #writeCoverage} are implemented
   */
  default boolean recordsCoverage() {
    return false;
  }

  /**
   * When the scopes of an account last completed, as recorded.
   *
   * @param accountId the account
   * @return its coverage; empty when none was recorded
   */
  default ScopeCoverage coverage(String accountId) {
    return ScopeCoverage.empty();
  }

  /**
   * Records an account's coverage: replaces the records of the given regions with the sightings the coverage
   * holds for them. Called once per account and run, after every completed scope's writes are durable.
   *
   * @param accountId the account
   * @param coverage the account's coverage, earlier sightings merged with this run's
   * @param regions the regions (and {@code global}) whose records changed
   * @return completes when written
   */
  default CompletableFuture<Void> writeCoverage(String accountId, ScopeCoverage coverage, Collection<String> regions) {
    return CompletableFuture.completedFuture(null);
  }

  /**
   * Writes a resource's current state, and a history version when {@code newVersion}.
   *
   * @param resource the resource
   * @param newVersion whether this observation is a new version (new or changed)
   * @return completes when written
   */
  CompletableFuture<Void> write(Resource resource, boolean newVersion);

  /**
   * Marks a resource deleted: it leaves the indexes and gets a deletion record.
   *
   * @param resource the resource as stored
   * @param deletedAt when it was found gone
   * @param runId the run that found it gone
   * @return completes when written
   */
  CompletableFuture<Void> markDeleted(StoredResource resource, Instant deletedAt, String runId);

  /**
   * Records one scope's result of a run.
   *
   * @param runId the run
   * @param result the scope's result
   * @return completes when written
   */
  CompletableFuture<Void> writeScopeResult(String runId, ScopeResult result);

  /**
   * Waits until every write so far is durable or failed.
   */
  void flush();

  /**
   * Records the run's report; called once, after {@link #flush()}.
   *
   * @param report the report
   */
  void writeRun(CollectionReport report);

  /**
   * Items written so far (confirmed).
   *
   * @return a count
   */
  long itemsWritten();

  /**
   * Write calls made so far (for DynamoDB: BatchWriteItem calls, resends included).
   *
   * @return a count
   */
  long writeCalls();

  /** Flushes and releases resources (not clients given to it). */
  @Override
  void close();
}
