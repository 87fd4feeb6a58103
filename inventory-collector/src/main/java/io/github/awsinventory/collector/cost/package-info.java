/**
 * The default cost model: {@link io.github.awsinventory.collector.cost.ListPriceCostEstimator}, the rules
 * that price each built-in resource type with a {@link io.github.awsinventory.model.pricing.PriceList} —
 * published on-demand list prices from a bundled, dated price file (or your own file in the same format)
 * times an approximate region factor. See {@code docs/COST_MODEL.md}.
 */
package io.github.awsinventory.collector.cost;
