package io.github.awsinventory.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Standard output and error of an example's {@code run}, captured as text. */
public final class Console {

  private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

  /** Where the example prints its results. */
  public final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);

  /** Where the example prints warnings, errors and usage. */
  public final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  /**
   * What was printed to {@link #out}.
   *
   * @return the text
   */
  public String out() {
    return outBytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * What was printed to {@link #err}.
   *
   * @return the text
   */
  public String err() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }
}
