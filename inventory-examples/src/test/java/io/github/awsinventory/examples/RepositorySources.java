package io.github.awsinventory.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The repository's source files, for the tests that scan production code. */
final class RepositorySources {

  private RepositorySources() {}

  /** The directory holding every module: the first from the module's basedir up that has inventory-model. */
  static Path repositoryRoot() {
    Path start = Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("inventory-model/pom.xml"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no directory with inventory-model/pom.xml at or above " + start
        + "; run the test from the repository or set -Dbasedir");
  }

  /** The {@code .java} files below a directory, sorted; none when it does not exist. */
  static List<Path> javaFiles(Path directory) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file's text, as UTF-8. */
  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
