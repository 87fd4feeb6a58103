package io.github.awsinventory.model.catalog;

import io.github.awsinventory.model.InventoryException;

/**
 * A resource type or attribute description that cannot be used: a bad name, a duplicate, a missing part.
 * The message names the type or attribute and the fix.
 */
public class CatalogException extends InventoryException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and how to fix it
   */
  public CatalogException(String message) {
    super(message);
  }
}
