package io.github.awsinventory.collector.internal;

/** A scope ran past its timeout or the run's deadline; raised before the next API call. */
final class ScopeTimeoutException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ScopeTimeoutException(String message) {
    super(message, null, false, false);
  }
}
