package io.github.awsinventory.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A resource the collector found gone from a scope that completed: its deletion record. */
@Value.Immutable
public abstract class DeletedResource implements ResourceIdentity {

  DeletedResource() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The department when last seen.
   *
   * @return the department
   */
  public abstract String department();

  /**
   * The monthly cost estimate when last seen, if known.
   *
   * @return USD per month
   */
  public abstract Optional<BigDecimal> lastMonthlyCost();

  /**
   * When it was last seen.
   *
   * @return the last observation
   */
  public abstract Optional<Instant> lastSeen();

  /**
   * When the collector found it gone.
   *
   * @return the time
   */
  public abstract Instant deletedAt();

  /**
   * The run that found it gone.
   *
   * @return the run id
   */
  public abstract String runId();

  /** Builds {@link DeletedResource}s. */
  public static final class Builder extends ImmutableDeletedResource.Builder {
    Builder() {}
  }
}
