package io.github.awsinventory.collector;

import io.github.awsinventory.model.InventoryException;

/**
 * An input to the collector that cannot be used — a builder setting, a shard, a detail step or cost
 * estimate built by a collector — so the run cannot start or the value cannot be made. The message names the
 * input, the bad value and the fix. A configuration file that is wrong is a
 * {@link io.github.awsinventory.model.config.ConfigurationException} instead; a table that cannot be written
 * is a {@link io.github.awsinventory.model.StoreException}.
 *
 * <pre>{@code
 * Shard.parse("5/4");   // CollectionException: shard must be k/n with 1 <= k <= n (was 5/4); e.g. --shard 2/4
 * }</pre>
 */
public class CollectionException extends InventoryException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the input, the bad value and the fix
   */
  public CollectionException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message the input, the bad value and the fix
   * @param cause the underlying error
   */
  public CollectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
