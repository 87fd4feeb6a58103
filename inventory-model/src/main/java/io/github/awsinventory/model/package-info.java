/**
 * The inventory's domain model: {@link io.github.awsinventory.model.Resource}, the open set of
 * {@link io.github.awsinventory.model.ResourceType}s and the exception hierarchy shared by every module.
 *
 * <p>Configuration lives in {@link io.github.awsinventory.model.config}; the DynamoDB table layout, the
 * contract between every reader and writer of the inventory, lives in {@link io.github.awsinventory.model.table}.
 */
@InventoryStyle
package io.github.awsinventory.model;
