/**
 * The DynamoDB table layout: the contract between every writer and reader of the inventory, Java or not.
 *
 * <p>{@link io.github.awsinventory.model.table.TableLayout} names every key, attribute and index;
 * {@link io.github.awsinventory.model.table.InventoryTable} creates the table exactly as documented;
 * {@link io.github.awsinventory.model.table.ResourceCodec} turns resources into items and back. The
 * layout is described for humans in {@code docs/TABLE_LAYOUT.md}.
 */
package io.github.awsinventory.model.table;
