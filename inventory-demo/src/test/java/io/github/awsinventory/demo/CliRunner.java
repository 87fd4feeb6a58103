package io.github.awsinventory.demo;

import io.github.awsinventory.cli.InventoryCli;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process, with the demo's command provider on the class path, and captures what it prints. */
final class CliRunner {

  final int exitCode;
  final String out;
  final String err;

  private CliRunner(int exitCode, String out, String err) {
    this.exitCode = exitCode;
    this.out = out;
    this.err = err;
  }

  static CliRunner run(String... args) {
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
