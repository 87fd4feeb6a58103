/**
 * A synthetic AWS endpoint for scale benchmarks: canned, generated responses served through the SDK's
 * HTTP layer, so that thousands of accounts cost nothing to set up.
 */
package io.github.awsinventory.testkit.synthetic;
