package io.github.awsinventory.collector;

import io.github.awsinventory.model.ResourceType;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Narrows one run: only some accounts, regions or types, one shard of the organisation, or a dry run
 * (collect and compare, write nothing).
 *
 * <pre>{@code
 * CollectionRequest.builder().addAccounts("111111111111").addRegions("eu-west-1").dryRun(true).build();
 * }</pre>
 */
@Value.Immutable
public abstract class CollectionRequest {

  CollectionRequest() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A request for everything the configuration names.
   *
   * @return the request
   */
  public static CollectionRequest all() {
    return builder().build();
  }

  /**
   * Account ids to collect; empty means all.
   *
   * @return account ids
   */
  public abstract Set<String> accounts();

  /**
   * Regions to collect; empty means all configured (global types are collected whatever the regions).
   *
   * @return regions
   */
  public abstract Set<String> regions();

  /**
   * Types to collect; empty means all configured.
   *
   * @return types
   */
  public abstract Set<ResourceType> resourceTypes();

  /**
   * Collect and compare, but write nothing (no resources, deletions or run record).
   *
   * @return true for a dry run
   */
  @Value.Default
  public boolean dryRun() {
    return false;
  }

  /**
   * Only the accounts of this shard.
   *
   * @return the shard
   */
  public abstract Optional<Shard> shard();

  /**
   * A deadline for the run, overriding {@code run_timeout_seconds}; scopes not finished by then are
   * reported as TIMEOUT (a Lambda sets it from its remaining time).
   *
   * @return the deadline
   */
  public abstract Optional<Instant> deadline();

  /**
   * The accounts that AWS Organizations listed when the run was planned, by id with their names: the organisation's
   * ACTIVE, not excluded, not configured accounts, as {@link InventoryCollector#planAccounts} found them. When given,
   * the run takes its discovered accounts from here instead of listing the organisation again — so a fan-out lists it
   * once per run, not once per batch. Empty (the default): the run lists the organisation itself when discovery is
   * enabled.
   *
   * @return account id to account name
   */
  public abstract Map<String, String> organizationAccounts();

  /**
   * The run id to use instead of a generated one.
   *
   * @return the run id
   */
  public abstract Optional<String> runId();

  /** Builds {@link CollectionRequest}s. */
  public static final class Builder extends ImmutableCollectionRequest.Builder {
    Builder() {}
  }
}
