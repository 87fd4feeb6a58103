package io.github.awsinventory.examples;

import static io.github.awsinventory.examples.RepositorySources.javaFiles;
import static io.github.awsinventory.examples.RepositorySources.read;
import static io.github.awsinventory.examples.RepositorySources.repositoryRoot;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library's public classes raise the {@code InventoryException} family — {@code ConfigurationException},
 * {@code CatalogException}, {@code InvalidResourceException}, {@code StoreException}, {@code CollectionException},
 * {@code QueryException} — never a bare {@code IllegalArgumentException} or {@code IllegalStateException} (see
 * {@code docs/ERRORS.md}). This test fails on {@code new IllegalArgumentException(}, {@code new
 * IllegalStateException(} or their {@code ::new} in the production code of a library module outside an
 * {@code internal} package, comments and string literals aside, unless the line is allowed below with its reason.
 * An allowed line that no longer exists fails it too, so the list cannot outlive its reasons.
 *
 * <p>The library modules are every {@code inventory-*} module with production code except the test kit (fixtures
 * for tests) and the examples (samples, not API). It lives in this module, like {@link CatalogueKeysGuardTest},
 * because the examples depend on every other module; it reads their sources by path from the repository root.
 */
class ExceptionFamilyGuardTest {

  private static final List<String> NOT_LIBRARY = List.of("inventory-testkit", "inventory-examples");

  /** Lines that may still throw a bare exception, each with the reason. */
  private static final List<Allowed> ALLOWED = List.of(
      new Allowed("inventory-collector/src/main/java/io/github/awsinventory/collector/Shard.java",
          "SHA-256 is required by every Java platform", "cannot happen: every Java platform must provide SHA-256, "
              + "so there is no input to name and nothing a caller could fix"));

  private static final Pattern BARE = Pattern.compile(
      "new\\s+(?:java\\.lang\\.)?(Illegal(?:Argument|State)Exception)\\s*\\("
          + "|(Illegal(?:Argument|State)Exception)::new");

  @Test
  void libraryPublicClasses_throwTheInventoryFamilyNotBareIllegalArgumentOrStateExceptions() {
    List<String> violations = violations(repositoryRoot(), ALLOWED);

    assertThat(violations).as("use the InventoryException family (docs/ERRORS.md): ConfigurationException, "
        + "CatalogException, InvalidResourceException, StoreException, CollectionException or QueryException, with "
        + "a message naming the input, the value and the fix; or allow the line in ALLOWED with its reason")
        .isEmpty();
  }

  @Test
  void scan_findsBareThrowsInPublicCode_andIgnoresInternalCodeCommentsStringsAndAllowedLines(@TempDir Path root)
      throws IOException {
    write(root, "inventory-query/src/main/java/q/Bad.java", "package q;\n"
        + "/** Throws {@code new IllegalArgumentException(\"in javadoc\")}. */\n"
        + "public final class Bad {\n"
        + "  // throw new IllegalStateException(\"in a comment\");\n"
        + "  static final String TEXT = \"throw new IllegalStateException(\\\"in a string\\\")\";\n"
        + "  static void a(int n) {\n"
        + "    if (n < 0) {\n"
        + "      throw new IllegalArgumentException(\"n must be >= 0\");\n"
        + "    }\n"
        + "  }\n"
        + "  static Object b(java.util.Optional<Object> o) {\n"
        + "    return o.orElseThrow(IllegalStateException::new);\n"
        + "  }\n"
        + "  static void c() {\n"
        + "    throw new java.lang.IllegalStateException(\"allowed: cannot happen\");\n"
        + "  }\n"
        + "}\n");
    write(root, "inventory-query/src/main/java/q/internal/Hidden.java",
        "package q.internal;\nfinal class Hidden {\n  void a() {\n"
            + "    throw new IllegalStateException(\"x\");\n  }\n}\n");
    write(root, "inventory-testkit/src/main/java/t/Fixture.java",
        "package t;\npublic final class Fixture {\n  void a() {\n"
            + "    throw new IllegalStateException(\"x\");\n  }\n}\n");

    List<String> violations = violations(root, List.of(
        new Allowed("inventory-query/src/main/java/q/Bad.java", "allowed: cannot happen", "a test of the allowance"),
        new Allowed("inventory-query/src/main/java/q/Gone.java", "no longer here", "a stale entry")));

    assertThat(violations).containsExactly(
        "inventory-query/src/main/java/q/Bad.java:8: new IllegalArgumentException",
        "inventory-query/src/main/java/q/Bad.java:12: IllegalStateException::new",
        "allowed but not found: inventory-query/src/main/java/q/Gone.java: \"no longer here\" (a stale entry); "
            + "remove the entry or update its file and text");
  }

  /** Bare throws in the library's public production code that are not allowed, then allowed lines not found. */
  private static List<String> violations(Path root, List<Allowed> allowed) {
    List<String> violations = new ArrayList<>();
    List<Allowed> used = new ArrayList<>();
    for (Path file : libraryPublicSources(root)) {
      String path = root.relativize(file).toString().replace('\\', '/');
      String source = read(file);
      String[] lines = source.split("\n", -1);
      String[] code = codeOnly(source).split("\n", -1);
      for (int i = 0; i < code.length; i++) {
        Matcher m = BARE.matcher(code[i]);
        while (m.find()) {
          String line = lines[i];
          List<Allowed> matching = allowed.stream().filter(a -> a.file().equals(path) && line.contains(a.text()))
              .collect(Collectors.toList());
          if (matching.isEmpty()) {
            violations.add(path + ":" + (i + 1) + ": " + (m.group(1) != null ? "new " + m.group(1)
                : m.group(2) + "::new"));
          }
          used.addAll(matching);
        }
      }
    }
    allowed.stream().filter(a -> !used.contains(a)).forEach(a -> violations.add("allowed but not found: " + a.file()
        + ": \"" + a.text() + "\" (" + a.reason() + "); remove the entry or update its file and text"));
    return violations;
  }

  /** The sources of every library module's production code outside {@code internal} packages. */
  private static List<Path> libraryPublicSources(Path root) {
    List<Path> modules;
    try (Stream<Path> dirs = Files.list(root)) {
      modules = dirs.filter(d -> d.getFileName().toString().startsWith("inventory-"))
          .filter(d -> !NOT_LIBRARY.contains(d.getFileName().toString()))
          .map(d -> d.resolve("src/main/java")).filter(Files::isDirectory).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Path> sources = new ArrayList<>();
    for (Path sourceRoot : modules) {
      javaFiles(sourceRoot).stream()
          .filter(f -> !sourceRoot.relativize(f).toString().replace('\\', '/').matches("(.*/)?internal/.*"))
          .forEach(sources::add);
    }
    return sources;
  }

  /**
   * The source with comments and the contents of string, text-block and character literals blanked out, line
   * breaks kept, so that a match is code and its line number is the file's.
   */
  static String codeOnly(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
        while (i < n && source.charAt(i) != '\n') {
          out.append(' ');
          i++;
        }
      } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        blank(source, i, end, out);
        i = end;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        end = end < 0 ? n : end + 3;
        blank(source, i, end, out);
        i = end;
      } else if (c == '"' || c == '\'') {
        int end = i + 1;
        while (end < n && source.charAt(end) != c && source.charAt(end) != '\n') {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(end + 1, n);
        blank(source, i, end, out);
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static void blank(String source, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      out.append(source.charAt(i) == '\n' ? '\n' : ' ');
    }
  }

  private static void write(Path root, String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** A line allowed in one file — it contains {@code text} — and why it may throw a bare exception. */
  private record Allowed(String file, String text, String reason) {}
}
