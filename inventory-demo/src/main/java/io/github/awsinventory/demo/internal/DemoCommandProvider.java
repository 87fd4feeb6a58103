package io.github.awsinventory.demo.internal;

import io.github.awsinventory.cli.spi.CliContext;
import io.github.awsinventory.cli.spi.CommandProvider;

/** Adds {@code demo} to the {@code inventory} command line; named in {@code META-INF/services}. */
public final class DemoCommandProvider implements CommandProvider {

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public DemoCommandProvider() {}

  @Override
  public Object command(CliContext context) {
    return new DemoCommand(context);
  }
}
