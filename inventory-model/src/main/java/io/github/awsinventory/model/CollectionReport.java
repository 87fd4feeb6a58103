package io.github.awsinventory.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a collection run did: which scopes completed or failed and why, how many resources were seen,
 * new, changed and deleted, and what it cost in API calls. Persisted in the table as the run record (see
 * {@code docs/TABLE_LAYOUT.md}); its memory does not grow with the number of resources, only with the
 * number of failed scopes.
 */
@Value.Immutable
public abstract class CollectionReport {

  /** How many per-resource detail errors a report keeps (all are counted). */
  public static final int MAX_DETAIL_ERRORS = 100;

  CollectionReport() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The run's id: start time and a random suffix, e.g. {@code 20261125T154030Z-1a2b3c4d}.
   *
   * @return the id
   */
  public abstract String runId();

  /**
   * When the run started.
   *
   * @return the start
   */
  public abstract Instant startedAt();

  /**
   * When the run finished.
   *
   * @return the end
   */
  public abstract Instant finishedAt();

  /**
   * Whether this was a dry run: collected and compared, nothing written.
   *
   * @return true for a dry run
   */
  @Value.Default
  public boolean dryRun() {
    return false;
  }

  /**
   * The shard of the organisation this run covered, e.g. {@code 2/4}.
   *
   * @return the shard
   */
  public abstract Optional<String> shard();

  /**
   * The account filter, empty for all accounts.
   *
   * @return account ids
   */
  public abstract List<String> accountFilter();

  /**
   * The region filter, empty for all regions.
   *
   * @return regions
   */
  public abstract List<String> regionFilter();

  /**
   * The resource type filter, empty for all types.
   *
   * @return type names
   */
  public abstract List<String> typeFilter();

  /**
   * How the run ended.
   *
   * @return the status
   */
  public abstract RunStatus status();

  /**
   * Accounts the run tried to collect.
   *
   * @return a count
   */
  @Value.Default
  public int accounts() {
    return 0;
  }

  /**
   * Accounts with at least one failed scope.
   *
   * @return account ids
   */
  public abstract List<String> failedAccounts();

  /**
   * Scopes by how they ended.
   *
   * @return counts per status
   */
  public abstract Map<ScopeStatus, Integer> scopes();

  /**
   * Resources seen, by type name.
   *
   * @return counts per type
   */
  public abstract Map<String, Long> resourcesByType();

  /**
   * Resources seen for the first time.
   *
   * @return a count
   */
  @Value.Default
  public long newResources() {
    return 0;
  }

  /**
   * Resources whose content changed.
   *
   * @return a count
   */
  @Value.Default
  public long changedResources() {
    return 0;
  }

  /**
   * Resources seen unchanged.
   *
   * @return a count
   */
  @Value.Default
  public long unchangedResources() {
    return 0;
  }

  /**
   * Resources found deleted.
   *
   * @return a count
   */
  @Value.Default
  public long deletedResources() {
    return 0;
  }

  /**
   * AWS API calls made, every SDK attempt counted (table writes excluded).
   *
   * @return a count
   */
  @Value.Default
  public long apiCalls() {
    return 0;
  }

  /**
   * Retries: SDK attempts after the first, plus repeated scope attempts.
   *
   * @return a count
   */
  @Value.Default
  public long retries() {
    return 0;
  }

  /**
   * STS AssumeRole calls made.
   *
   * @return a count
   */
  @Value.Default
  public long assumeRoleCalls() {
    return 0;
  }

  /**
   * Items written to the table (confirmed by DynamoDB).
   *
   * @return a count
   */
  @Value.Default
  public long itemsWritten() {
    return 0;
  }

  /**
   * BatchWriteItem calls made, resends of unprocessed items included.
   *
   * @return a count
   */
  @Value.Default
  public long batchWriteCalls() {
    return 0;
  }

  /**
   * The scopes that did not complete, with their reasons.
   *
   * @return failed scopes
   */
  public abstract List<ScopeResult> failedScopes();

  /**
   * Regions found not enabled, as {@code account/region}.
   *
   * @return disabled regions
   */
  public abstract List<String> disabledRegions();

  /**
   * Per-resource detail errors (a bucket's encryption could not be read, ...), the first
   * {@value #MAX_DETAIL_ERRORS}.
   *
   * @return messages
   */
  public abstract List<String> detailErrors();

  /**
   * All per-resource detail errors, counted.
   *
   * @return a count
   */
  @Value.Default
  public long detailErrorCount() {
    return 0;
  }

  /**
   * Why the run failed as a whole.
   *
   * @return the error
   */
  public abstract Optional<String> fatalError();

  /**
   * All scopes.
   *
   * @return a count
   */
  public int totalScopes() {
    return scopes().values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Resources seen in total.
   *
   * @return a count
   */
  public long resources() {
    return resourcesByType().values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * The share of scopes that completed (OK or region disabled), from 0 to 1; 1 for a run without scopes.
   *
   * @return the coverage
   */
  public double coverage() {
    int total = totalScopes();
    if (total == 0) {
      return status() == RunStatus.FAILED ? 0 : 1;
    }
    int complete = scopes().getOrDefault(ScopeStatus.OK, 0) + scopes().getOrDefault(ScopeStatus.REGION_DISABLED, 0);
    return (double) complete / total;
  }

  /**
   * How long the run took.
   *
   * @return the duration
   */
  public Duration duration() {
    return Duration.between(startedAt(), finishedAt());
  }

  /** Builds {@link CollectionReport}s. */
  public static final class Builder extends ImmutableCollectionReport.Builder {
    Builder() {}
  }
}
