package io.github.awsinventory.cli;

import io.github.awsinventory.cli.internal.RootCommand;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The {@code inventory} command line.
 *
 * <pre>{@code
 * ./inventory config validate config/accounts.json
 * ./inventory --endpoint-url http://127.0.0.1:5000 table create
 * }</pre>
 */
public final class InventoryCli {

  /** Success. */
  public static final int OK = 0;
  /** A runtime failure: AWS errors, unreachable endpoints, missing tables. */
  public static final int FAILURE = 1;
  /** A usage or configuration error; the message names the problem. */
  public static final int USAGE = 2;
  /** A collection that finished with some scopes failed. */
  public static final int PARTIAL = 3;

  private InventoryCli() {}

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String... args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(execute(out, err, args));
  }

  /**
   * Runs the command line, writing to the given streams.
   *
   * @param out standard output
   * @param err standard error
   * @param args the arguments
   * @return the exit code
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    return RootCommand.execute(out, err, args);
  }
}
