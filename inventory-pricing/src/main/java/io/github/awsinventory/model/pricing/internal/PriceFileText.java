package io.github.awsinventory.model.pricing.internal;

import io.github.awsinventory.model.InventoryException;
import io.github.awsinventory.model.config.ConfigProblem;
import io.github.awsinventory.model.config.ConfigProblem.Severity;
import io.github.awsinventory.model.config.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a price file's text: the bundled one from the class path, or a file the user names. */
public final class PriceFileText {

  private PriceFileText() {}

  /**
   * The text of a price file on disk.
   *
   * @param file the file
   * @return its text, read as UTF-8
   * @throws ConfigurationException when it cannot be read, with the I/O error as its cause
   */
  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      ConfigurationException failure = new ConfigurationException(file.toString(), List.of(ConfigProblem.of(
          Severity.ERROR, "$", null, "cannot read the price file: " + e,
          "check the path and permissions given to priceFile(...) or --price-file")));
      failure.initCause(e);
      throw failure;
    }
  }

  /**
   * The text of the price file bundled in the jar.
   *
   * @param resource its class-path name
   * @return its text
   * @throws InventoryException when the jar lacks it or it cannot be read (a broken jar)
   */
  public static String bundled(String resource) {
    try (InputStream in = PriceFileText.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new InventoryException(resource + " is missing from the class path; the inventory-pricing "
            + "jar on it is incomplete: use the published jar, or load a price file with PriceList.fromJson");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InventoryException("cannot read " + resource + " from the class path (" + e.getMessage()
          + "); use the published inventory-pricing jar, or load a price file with PriceList.fromJson", e);
    }
  }
}
