/**
 * Typed queries over the inventory table's indexes, and the summary, cost, security and cleanup reports
 * with CSV and JSON Lines export. Never scans the table.
 */
package io.github.awsinventory.query;
