package io.github.awsinventory.cli.spi;

import io.github.awsinventory.cli.InventoryCli;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A provided command for {@link CommandProviderTest}: {@code greet} prints the table it would use. */
public final class GreetCommandProvider implements CommandProvider {

  /** For {@link java.util.ServiceLoader}. */
  public GreetCommandProvider() {}

  @Override
  public Object command(CliContext context) {
    return new CommandLine(new Greet(context));
  }

  @Command(name = "greet", mixinStandardHelpOptions = true, description = "Greets the inventory table.")
  static final class Greet implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--fail", description = "Fail with a usage error.")
    boolean fail;

    Greet(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      if (fail) {
        throw new UsageException("--fail was given; leave it out");
      }
      spec.commandLine().getOut().println("hello " + context.table());
      return InventoryCli.OK;
    }
  }
}
