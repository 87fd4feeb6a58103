package io.github.awsinventory.collector;

import io.github.awsinventory.model.ResourceType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** What the store knows of a live resource: enough to detect a change and to record a deletion. */
@Value.Immutable
public abstract class StoredResource {

  StoredResource() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The resource's ARN.
   *
   * @return the id
   */
  public abstract String resourceId();

  /**
   * The type.
   *
   * @return the type
   */
  public abstract ResourceType resourceType();

  /**
   * The account.
   *
   * @return the account id
   */
  public abstract String accountId();

  /**
   * The account's name.
   *
   * @return the name
   */
  public abstract String accountName();

  /**
   * The region.
   *
   * @return the region
   */
  public abstract String region();

  /**
   * The name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The department.
   *
   * @return the department
   */
  public abstract String department();

  /**
   * The stored content hash.
   *
   * @return the hash
   */
  public abstract String contentHash();

  /**
   * The first observation.
   *
   * @return the time
   */
  public abstract Instant firstSeen();

  /**
   * The last observation.
   *
   * @return the time
   */
  public abstract Instant lastSeen();

  /**
   * The stored cost estimate.
   *
   * @return USD per month, if known
   */
  public abstract Optional<BigDecimal> estimatedMonthlyCost();

  /** Builds {@link StoredResource}s. */
  public static final class Builder extends ImmutableStoredResource.Builder {
    Builder() {}
  }
}
