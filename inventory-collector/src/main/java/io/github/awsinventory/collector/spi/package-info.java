/**
 * Extension points of the collector: {@link io.github.awsinventory.collector.spi.ResourceCollector} (one
 * per resource type; registered in {@code META-INF/services/io.github.awsinventory.collector.spi.ResourceCollector}),
 * {@link io.github.awsinventory.collector.spi.CostEstimator} and
 * {@link io.github.awsinventory.collector.spi.DepartmentRule}. The forty-three built-in types use the same SPI.
 */
@InventoryStyle
package io.github.awsinventory.collector.spi;

import io.github.awsinventory.model.InventoryStyle;
