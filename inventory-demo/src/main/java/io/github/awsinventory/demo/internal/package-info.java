/**
 * The {@code inventory demo} command, added to the CLI through its command provider SPI; not part of the
 * public API.
 */
package io.github.awsinventory.demo.internal;
