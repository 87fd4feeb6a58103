/**
 * The reports: {@link io.github.awsinventory.query.report.SummaryReport},
 * {@link io.github.awsinventory.query.report.CostReport},
 * {@link io.github.awsinventory.query.security.SecurityReport} and
 * {@link io.github.awsinventory.query.report.CleanupReport}, each a typed result that renders as text,
 * as the JSON documented in {@code docs/REPORTS.md} and, where it is a table, as CSV. Build them with
 * {@link io.github.awsinventory.query.report.InventoryReports}.
 */
@InventoryStyle
package io.github.awsinventory.query.report;

import io.github.awsinventory.model.InventoryStyle;
