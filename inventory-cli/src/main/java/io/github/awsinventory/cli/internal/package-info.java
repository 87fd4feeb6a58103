/** The CLI's commands and rendering; not part of the public API. */
package io.github.awsinventory.cli.internal;
