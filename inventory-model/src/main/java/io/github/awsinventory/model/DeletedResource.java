package io.github.awsinventory.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A resource the collector found gone from a scope that completed: its deletion record. */
@Value.Immutable
public abstract class DeletedResource {

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
   * The department when last seen.
   *
   * @return the department
   */
  public abstract String department();

  /**
   * The name when last seen.
   *
   * @return the name
   */
  public abstract String name();

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
