/**
 * Extension points of the {@code inventory} command line: a {@link
 * io.github.awsinventory.cli.spi.CommandProvider} found with {@link java.util.ServiceLoader} adds a
 * subcommand, which reads the parsed global options through {@link io.github.awsinventory.cli.spi.CliContext}
 * and reports a usage error with {@link io.github.awsinventory.cli.spi.UsageException}.
 *
 * <p>The local demo ({@code inventory demo}, module {@code inventory-demo}) is such a command: it needs the
 * test kit's emulator, so it is kept off the production CLI's class path and joins the command line only in
 * the jar that bundles it.
 */
package io.github.awsinventory.cli.spi;
