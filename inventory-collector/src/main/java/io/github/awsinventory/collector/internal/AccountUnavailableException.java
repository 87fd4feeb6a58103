package io.github.awsinventory.collector.internal;

/** The account could not be reached (its role could not be assumed); every scope in it fails fast. */
final class AccountUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  AccountUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
