package io.github.awsinventory.model;

/**
 * The root of aws-inventory's unchecked exceptions. Errors raised by AWS keep their SDK exception as the
 * cause; messages never carry credentials or external ids.
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
