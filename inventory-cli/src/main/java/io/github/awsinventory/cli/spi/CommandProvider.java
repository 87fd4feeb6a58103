package io.github.awsinventory.cli.spi;

/**
 * Adds a subcommand to the {@code inventory} command line. The CLI finds providers with
 * {@link java.util.ServiceLoader}: a jar on the class path names its implementation in
 * {@code META-INF/services/io.github.awsinventory.cli.spi.CommandProvider}, and the implementation has a
 * public no-argument constructor.
 *
 * <p>The command is a picocli command object: a class annotated with {@code @Command} (and a
 * {@code Runnable} or {@code Callable<Integer>} returning an exit code of
 * {@link io.github.awsinventory.cli.InventoryCli}). It inherits the global options ({@code --table},
 * {@code --endpoint-url}, ...), is listed in {@code inventory --help} after the built-in commands (provided
 * commands ordered by name) and before {@code help}, and its errors are reported as the built-in commands'
 * are: a {@link UsageException} exits 2, an {@code InventoryException} or AWS SDK error exits 1. Its name
 * must differ from every other command's.
 *
 * <pre>{@code
 * public final class HelloProvider implements CommandProvider {
 *   public Object command(CliContext context) {
 *     return new HelloCommand(context);
 *   }
 * }
 *
 * @Command(name = "hello", description = "Greets the table.")
 * final class HelloCommand implements Callable<Integer> {
 *   ...
 *   public Integer call() {
 *     System.out.println("hello " + context.table());
 *     return InventoryCli.OK;
 *   }
 * }
 * }</pre>
 */
public interface CommandProvider {

  /**
   * Creates the command. Called once per command line, before the arguments are parsed.
   *
   * @param context what the CLI shares with its commands; read it when the command runs
   * @return a picocli command object (annotated with {@code @Command}) or a {@code picocli.CommandLine}
   */
  Object command(CliContext context);
}
