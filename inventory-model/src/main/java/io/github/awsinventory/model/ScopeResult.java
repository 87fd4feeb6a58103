package io.github.awsinventory.model;

import java.util.Optional;
import org.immutables.value.Value;

/** The outcome of collecting one scope: account × region × resource type. */
@Value.Immutable
public abstract class ScopeResult {

  ScopeResult() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The account.
   *
   * @return a 12-digit account id
   */
  public abstract String accountId();

  /**
   * The account's name.
   *
   * @return the name
   */
  public abstract String accountName();

  /**
   * The region, or {@code global} for global services.
   *
   * @return the region
   */
  public abstract String region();

  /**
   * The resource type.
   *
   * @return the type
   */
  public abstract ResourceType resourceType();

  /**
   * How it ended.
   *
   * @return the status
   */
  public abstract ScopeStatus status();

  /**
   * Resources collected (in the last attempt).
   *
   * @return a count
   */
  @Value.Default
  public long resources() {
    return 0;
  }

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
   * Resources whose content changed (a history version was written).
   *
   * @return a count
   */
  @Value.Default
  public long changedResources() {
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
   * API calls made, every SDK attempt counted.
   *
   * @return a count
   */
  @Value.Default
  public long apiCalls() {
    return 0;
  }

  /**
   * Attempts of the whole scope (1 when it succeeded first time).
   *
   * @return a count
   */
  @Value.Default
  public int attempts() {
    return 1;
  }

  /**
   * How long the scope took, retries included.
   *
   * @return milliseconds
   */
  @Value.Default
  public long durationMillis() {
    return 0;
  }

  /**
   * What went wrong, for a scope that did not complete.
   *
   * @return the error message
   */
  public abstract Optional<String> error();

  /**
   * {@code account/region/type}, for messages.
   *
   * @return the scope's name
   */
  public String scope() {
    return accountId() + "/" + region() + "/" + resourceType();
  }

  /** Builds {@link ScopeResult}s. */
  public static final class Builder extends ImmutableScopeResult.Builder {
    Builder() {}
  }
}
