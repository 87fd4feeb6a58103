package io.github.awsinventory.model;

/**
 * The inventory table could not be read or written, or holds an item that is not an inventory item. Raised by
 * the collector's store and by the query; an error DynamoDB raised stays the cause. The message names the
 * table (or the item's key) and what to check; it never carries credentials.
 *
 * <pre>{@code
 * try (Stream<Resource> all = query.resources(ResourceQuery.byAccount("123456789012"))) {
 *   all.forEach(report::add);
 * } catch (StoreException e) {
 *   // the table answered with something that is not ours, or a write failed for good
 * }
 * }</pre>
 */
public class StoreException extends InventoryException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what could not be read or written, and what to check
   */
  public StoreException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what could not be read or written, and what to check
   * @param cause the underlying error, such as DynamoDB's
   */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
