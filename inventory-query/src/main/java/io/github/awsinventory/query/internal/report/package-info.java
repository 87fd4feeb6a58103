/**
 * The report engines behind {@link io.github.awsinventory.query.report.InventoryReports}: one per report,
 * each fed every live resource once, and the helpers they share; not part of the API and free to change in
 * any release.
 */
package io.github.awsinventory.query.internal.report;
