/**
 * The {@code inventory} command: validate configuration, manage the table, collect, query, report and
 * export. {@link io.github.awsinventory.cli.InventoryCli} is its entry point; the commands themselves are
 * implementation details. More commands plug in through {@link io.github.awsinventory.cli.spi}, as the
 * local demo (module {@code inventory-demo}) does.
 *
 * <p>Exit codes: 0 success; 1 runtime failure; 2 usage or configuration error; 3 partial collection
 * (some scopes failed).
 */
package io.github.awsinventory.cli;
