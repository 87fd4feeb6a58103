/**
 * List prices and the math that turns them into monthly amounts, shared by the collector's cost estimator
 * and the cost report's recommendations.
 *
 * <p>{@link io.github.awsinventory.model.pricing.PriceList} reads the bundled, dated
 * {@code list-prices.json} or a file in the same format and answers "what does this cost per month in that
 * region"; {@link io.github.awsinventory.model.pricing.PriceQuote} is such an answer with what it consists
 * of. The file format and the limits of list prices are in {@code docs/COST_MODEL.md}.
 */
package io.github.awsinventory.model.pricing;
