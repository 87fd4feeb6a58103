package io.github.awsinventory.testkit.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Deployment packages for Lambda functions the estates create. */
public final class LambdaPackages {

  /** The handler of {@link #pythonEcho()}. */
  public static final String PYTHON_ECHO_HANDLER = "handler.handler";

  private static final byte[] PYTHON_ECHO = zip("handler.py", "def handler(event, context):\n    return event\n");

  private LambdaPackages() {}

  /**
   * A zip with {@code handler.py} whose handler returns the event; the same bytes on every call and run.
   *
   * @return a copy of the zip
   */
  public static byte[] pythonEcho() {
    return PYTHON_ECHO.clone();
  }

  private static byte[] zip(String fileName, String content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      ZipEntry entry = new ZipEntry(fileName);
      entry.setTime(0L);
      zip.putNextEntry(entry);
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException("could not build the Lambda package in memory", e);
    }
    return bytes.toByteArray();
  }
}
