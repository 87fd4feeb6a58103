package io.github.awsinventory.model;

/** How the collection of one scope (account × region × resource type) ended. */
public enum ScopeStatus {
  /** Collected completely. */
  OK,
  /** Still throttled after every retry. */
  THROTTLED,
  /** The role could not be assumed, or an API call was denied. */
  ACCESS_DENIED,
  /** The region is not enabled (opted in) for the account: nothing to collect, not a failure. */
  REGION_DISABLED,
  /** The scope or the run ran out of time. */
  TIMEOUT,
  /** Any other error. */
  ERROR;

  /**
   * Whether the scope is fully known: collected, or known to hold nothing. Only such scopes may mark
   * resources deleted.
   *
   * @return true for {@link #OK} and {@link #REGION_DISABLED}
   */
  public boolean isComplete() {
    return this == OK || this == REGION_DISABLED;
  }
}
