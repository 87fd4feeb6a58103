package io.github.awsinventory.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs the CLI in-process, with the command providers on the test class path, and captures what it prints.
 * Published in this module's test jar for inventory-demo's tests.
 */
public final class CliRunner {

  /** The exit code. */
  public final int exitCode;
  /** What the command printed to standard output. */
  public final String out;
  /** What the command printed to standard error. */
  public final String err;

  private CliRunner(int exitCode, String out, String err) {
    this.exitCode = exitCode;
    this.out = out;
    this.err = err;
  }

  /**
   * Runs one command line.
   *
   * @param args the arguments, as after {@code inventory}
   * @return the exit code and what was printed
   */
  public static CliRunner run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = InventoryCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new CliRunner(code, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
  }
}
