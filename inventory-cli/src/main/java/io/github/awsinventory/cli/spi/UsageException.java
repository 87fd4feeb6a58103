package io.github.awsinventory.cli.spi;

/**
 * A usage error found after parsing: the CLI prints {@code error: <message>} on standard error and exits
 * with {@link io.github.awsinventory.cli.InventoryCli#USAGE} (2). Built-in and provided commands throw it
 * alike; the message names the option, the bad value and the fix.
 *
 * <pre>{@code
 * throw new UsageException("--port must be between 1 and 65535 (was " + port + ")");
 * }</pre>
 */
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
