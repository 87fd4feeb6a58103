/**
 * Implementation details of the inventory-table module. Nothing here is part of the public API; it may change in
 * any release without notice.
 */
package io.github.awsinventory.model.table.internal;
