/**
 * A thin AWS Lambda adapter over the collector and the reports: {@code collect}, {@code cost_analysis},
 * {@code security_check}, {@code cleanup} and {@code summary}.
 */
package io.github.awsinventory.lambda;
