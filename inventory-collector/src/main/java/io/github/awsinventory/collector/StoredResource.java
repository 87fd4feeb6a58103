package io.github.awsinventory.collector;

import io.github.awsinventory.model.ResourceIdentity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** What the store knows of a live resource: enough to detect a change and to record a deletion. */
@Value.Immutable
public abstract class StoredResource implements ResourceIdentity {

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

  /**
   * The broad tier's source that found it ({@code attributes.source}), empty for a deep type's resource.
   *
   * @return the source
   */
  public abstract Optional<String> source();

  /** Builds {@link StoredResource}s. */
  public static final class Builder extends ImmutableStoredResource.Builder {
    Builder() {}
  }
}
