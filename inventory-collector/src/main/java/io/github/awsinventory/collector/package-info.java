/**
 * Collection of AWS resources across accounts (STS AssumeRole, AWS Organizations) and regions: parallel,
 * retrying and rate-limited, with cost estimates and change-aware batched writes to the inventory table.
 */
package io.github.awsinventory.collector;
