/**
 * Typed queries over the inventory table's indexes — never a scan — and the reports built on them.
 *
 * <pre>{@code
 * InventoryQuery query = InventoryQuery.create(dynamoDb, "aws-inventory");
 * query.resources(ResourceQuery.byDepartment("platform").type(ResourceType.EC2_INSTANCE))
 *     .forEach(r -> System.out.println(r.name() + " " + r.estimatedMonthlyCost().orElse(null)));
 * }</pre>
 *
 * <p>Reports are in {@link io.github.awsinventory.query.report}, security rules in
 * {@link io.github.awsinventory.query.security}, CSV and JSON Lines export in
 * {@link io.github.awsinventory.query.export}, the text tables and money formats the reports render with in
 * {@link io.github.awsinventory.query.render}.
 *
 * <p>A query, page token, report or rule input that cannot be used raises a
 * {@link io.github.awsinventory.query.QueryException}; an item in the table that is not an inventory item a
 * {@link io.github.awsinventory.model.StoreException}. Each message names the input and the fix.
 */
@InventoryStyle
package io.github.awsinventory.query;

import io.github.awsinventory.model.InventoryStyle;
