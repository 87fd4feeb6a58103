/**
 * Implementation of the inventory table's access: the table schemas of every item kind, their attribute
 * converters, item sizes and {@link io.github.awsinventory.model.table.InventoryTables}' implementation. Nothing
 * here is part of the public API; it may change in any release without notice.
 */
package io.github.awsinventory.model.table.internal;
