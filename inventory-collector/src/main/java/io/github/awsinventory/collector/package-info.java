/**
 * Collection of AWS resources across accounts (STS AssumeRole, AWS Organizations) and regions: parallel,
 * retrying and rate-limited, with cost estimates and change-aware batched writes to the inventory table.
 *
 * <pre>{@code
 * try (InventoryCollector collector = InventoryCollector.builder()
 *     .config(InventoryConfig.load(Path.of("config/accounts.json")))
 *     .build()) {
 *   CollectionReport report = collector.run();
 *   report.failedScopes().forEach(s -> System.err.println(s.scope() + ": " + s.error().orElse("")));
 * }
 * }</pre>
 *
 * <p>Extension points are in {@link io.github.awsinventory.collector.spi}: resource collectors (found with
 * {@link java.util.ServiceLoader}), cost estimators and department rules.
 *
 * <p>An input that cannot be used raises a {@link io.github.awsinventory.collector.CollectionException}, a wrong
 * configuration a {@link io.github.awsinventory.model.config.ConfigurationException}, a write that fails for good
 * a {@link io.github.awsinventory.model.StoreException}; each message names the input and the fix.
 */
@InventoryStyle
package io.github.awsinventory.collector;

import io.github.awsinventory.model.InventoryStyle;
