/**
 * The accounts configuration: which accounts, regions and resource types to collect, how hard to push,
 * and the thresholds reports use.
 *
 * <p>Read a file with {@link io.github.awsinventory.model.config.InventoryConfig#load(java.nio.file.Path)}
 * (throws, listing every problem) or {@link io.github.awsinventory.model.config.ConfigReader} (returns
 * errors and warnings for display). The format is documented in {@code docs/CONFIGURATION.md}; it is a
 * superset of the original Python system's {@code accounts.json}.
 */
@InventoryStyle
package io.github.awsinventory.model.config;

import io.github.awsinventory.model.InventoryStyle;
