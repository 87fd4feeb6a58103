package io.github.awsinventory.query;

import io.github.awsinventory.model.InventoryException;

/**
 * A query, page request, page token, report, export or security-rule input that cannot be used, or a
 * security rule that misbehaved while it was evaluated. The message names the input, the bad value and the
 * fix. A table that answers with items that are not the inventory's is a
 * {@link io.github.awsinventory.model.StoreException} instead; errors raised by DynamoDB stay the SDK's.
 *
 * <pre>{@code
 * ResourceQuery.byAccount("1234");   // QueryException: accountId must be 12 digits (was '1234')
 * }</pre>
 */
public class QueryException extends InventoryException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the input, the bad value and the fix
   */
  public QueryException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message the input, the bad value and the fix
   * @param cause the underlying error
   */
  public QueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
