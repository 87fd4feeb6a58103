package io.github.awsinventory.testkit.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Finds command lines that may start the moto server, most specific first. */
public final class MotoLocator {

  /** System property with a full command line. */
  public static final String COMMAND_PROPERTY = "inventory.moto.command";
  /** Environment variable with a full command line. */
  public static final String COMMAND_ENV = "INVENTORY_MOTO_COMMAND";

  private MotoLocator() {}

  /**
   * Candidate command lines, each to be followed by {@code -H host -p port}.
   *
   * @return existing candidates, best first; empty when none was found
   */
  public static List<List<String>> candidates() {
    Set<List<String>> candidates = new LinkedHashSet<>();
    String configured = System.getProperty(COMMAND_PROPERTY);
    if (configured == null || configured.isBlank()) {
      configured = System.getenv(COMMAND_ENV);
    }
    if (configured != null && !configured.isBlank()) {
      candidates.add(List.of(configured.trim().split("\\s+")));
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        addIfExecutable(candidates, Path.of(dir, "moto_server"));
      }
    }
    String home = System.getProperty("user.home");
    String pyenvRoot = System.getenv("PYENV_ROOT");
    List<Path> pyenvRoots = new ArrayList<>();
    if (pyenvRoot != null && !pyenvRoot.isBlank()) {
      pyenvRoots.add(Path.of(pyenvRoot));
    }
    pyenvRoots.add(Path.of(home, ".pyenv"));
    for (Path root : pyenvRoots) {
      Path versions = root.resolve("versions");
      if (Files.isDirectory(versions)) {
        List<Path> dirs = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(versions)) {
          stream.forEach(dirs::add);
        } catch (IOException e) {
          continue;
        }
        dirs.sort((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString()));
        for (Path dir : dirs) {
          addIfExecutable(candidates, dir.resolve("bin").resolve("moto_server"));
        }
      }
      addIfExecutable(candidates, root.resolve("shims").resolve("moto_server"));
    }
    addIfExecutable(candidates, Path.of(home, ".local", "bin", "moto_server"));
    addIfExecutable(candidates, Path.of("/usr/local/bin/moto_server"));
    return new ArrayList<>(candidates);
  }

  private static void addIfExecutable(Set<List<String>> candidates, Path file) {
    if (Files.isRegularFile(file) && Files.isExecutable(file)) {
      candidates.add(Arrays.asList(file.toAbsolutePath().normalize().toString()));
    }
  }
}
