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
 */
@InventoryStyle
package io.github.awsinventory.query;

import io.github.awsinventory.model.InventoryStyle;
