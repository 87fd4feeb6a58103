package io.github.awsinventory.cli.internal;

/** A usage error found after parsing (exit code 2); the message names the option and the fix. */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and how to fix it
   */
  public UsageException(String message) {
    super(message);
  }
}
