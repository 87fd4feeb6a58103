package io.github.awsinventory.model;

/**
 * The root of aws-inventory's unchecked exceptions. Errors raised by AWS keep their SDK exception as the
 * cause; messages name the input, the value and the fix, and never carry credentials or external ids.
 *
 * <p>The families below it, one per boundary: {@code io.github.awsinventory.model.config.ConfigurationException},
 * {@link io.github.awsinventory.model.catalog.CatalogException}, {@link InvalidResourceException},
 * {@link StoreException}, {@code io.github.awsinventory.collector.CollectionException} and
 * {@code io.github.awsinventory.query.QueryException} ({@code docs/ERRORS.md}).
 */
public class InventoryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, and where possible how to fix it
   */
  public InventoryException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and its cause.
   *
   * @param message what went wrong, and where possible how to fix it
   * @param cause the underlying error
   */
  public InventoryException(String message, Throwable cause) {
    super(message, cause);
  }
}
