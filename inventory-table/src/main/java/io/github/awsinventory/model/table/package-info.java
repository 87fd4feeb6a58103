/**
 * The DynamoDB table layout: the contract between every writer and reader of the inventory, Java or not.
 *
 * <p>{@link io.github.awsinventory.model.table.TableLayout} names every key, attribute and index;
 * {@link io.github.awsinventory.model.table.InventoryTable} creates the table exactly as documented;
 * {@link io.github.awsinventory.model.table.InventoryTables} reads and writes it through the enhanced client, one
 * typed table per item kind ({@link io.github.awsinventory.model.table.ResourceItem},
 * {@link io.github.awsinventory.model.table.DeletionItem}, {@link io.github.awsinventory.model.table.RunItem},
 * {@link io.github.awsinventory.model.table.ScopeItem}) and one typed index per index;
 * {@link io.github.awsinventory.model.table.ResourceCodec} turns resources into items and back, and
 * {@link io.github.awsinventory.model.table.RunRecords} does the same for run records. The layout is described
 * for humans in {@code docs/TABLE_LAYOUT.md}.
 */
@InventoryStyle
package io.github.awsinventory.model.table;

import io.github.awsinventory.model.InventoryStyle;
