package io.github.awsinventory.examples;

import java.io.PrintStream;

/** The command line of an example is wrong, or asks for help; the message says what to change. */
public final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final boolean help;

  private UsageException(String message, boolean help) {
    super(message);
    this.help = help;
  }

  /**
   * A wrong command line.
   *
   * @param message what is wrong and how to fix it
   * @return the exception
   */
  public static UsageException of(String message) {
    return new UsageException(message, false);
  }

  /**
   * {@code --help}: not an error.
   *
   * @return the exception
   */
  public static UsageException help() {
    return new UsageException("help requested", true);
  }

  /**
   * Prints the usage: for {@code --help} to standard output, otherwise to standard error after the problem.
   *
   * @param usage the example's usage text
   * @param out standard output
   * @param err standard error
   * @return the exit code: 0 for {@code --help}, 2 for a wrong command line
   */
  public int report(String usage, PrintStream out, PrintStream err) {
    if (help) {
      out.print(usage);
      return 0;
    }
    err.println("error: " + getMessage());
    err.println();
    err.print(usage);
    return 2;
  }
}
