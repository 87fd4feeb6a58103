package io.github.awsinventory.model;

/**
 * A resource that cannot be represented or stored: a field that breaks {@link Resource}'s rules (a blank
 * region, an account id that is not 12 digits, an attribute value with no JSON form), a value DynamoDB cannot
 * hold, or an item that stays over DynamoDB's 400 KB limit after the documented trimming. The message names
 * the resource and the field.
 */
public class InvalidResourceException extends InventoryException {
  private static final long serialVersionUID = 1L;

  private final String resourceId;

  /**
   * Creates the exception.
   *
   * @param resourceId the resource that could not be stored
   * @param message what is wrong with it
   */
  public InvalidResourceException(String resourceId, String message) {
    super(describe(resourceId, message));
    this.resourceId = resourceId;
  }

  /**
   * Creates the exception with its cause.
   *
   * @param resourceId the resource that could not be stored
   * @param message what is wrong with it
   * @param cause the underlying error
   */
  public InvalidResourceException(String resourceId, String message, Throwable cause) {
    super(describe(resourceId, message), cause);
    this.resourceId = resourceId;
  }

  /**
   * The id (ARN) of the resource that could not be stored.
   *
   * @return the resource id
   */
  public String resourceId() {
    return resourceId;
  }

  private static String describe(String resourceId, String message) {
    return (resourceId == null || resourceId.isBlank() ? "a resource without an id" : "resource " + resourceId)
        + ": " + message;
  }
}
