package io.github.awsinventory.model;

/**
 * A resource that cannot be represented or stored: a value DynamoDB cannot hold, or an item that stays
 * over DynamoDB's 400 KB limit after the documented trimming. The message names the resource.
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
    super("resource " + resourceId + ": " + message);
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
}
