/**
 * The inventory's domain model: {@link io.github.awsinventory.model.Resource}, the open set of
 * {@link io.github.awsinventory.model.ResourceType}s and the exception hierarchy shared by every module.
 *
 * <p>Every exception the library raises on purpose is an unchecked
 * {@link io.github.awsinventory.model.InventoryException}, whose message names the input, the value and the fix:
 *
 * <ul>
 *   <li>{@code io.github.awsinventory.model.config.ConfigurationException}: a configuration (accounts file, price
 *       file, the Lambda's environment) that cannot be used, listing every problem;
 *   <li>{@link io.github.awsinventory.model.catalog.CatalogException}: a resource type or attribute description;
 *   <li>{@link io.github.awsinventory.model.InvalidResourceException}: a resource that breaks
 *       {@link io.github.awsinventory.model.Resource}'s rules or does not fit DynamoDB;
 *   <li>{@link io.github.awsinventory.model.StoreException}: the table could not be read or written, or holds an
 *       item that is not an inventory item;
 *   <li>{@code io.github.awsinventory.collector.CollectionException}: a collector input (builder, shard, detail
 *       step, cost estimate) that cannot be used;
 *   <li>{@code io.github.awsinventory.query.QueryException}: a query, page token, report or security-rule input
 *       that cannot be used.
 * </ul>
 *
 * <p>{@code docs/ERRORS.md} says which means what and which CLI exit code each maps to.
 *
 * <p>Configuration lives in {@code io.github.awsinventory.model.config} (inventory-config); the DynamoDB table
 * layout, the contract between every reader and writer of the inventory, lives in
 * {@code io.github.awsinventory.model.table} (inventory-table).
 */
@InventoryStyle
package io.github.awsinventory.model;
