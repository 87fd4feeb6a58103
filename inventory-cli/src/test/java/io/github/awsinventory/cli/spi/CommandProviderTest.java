package io.github.awsinventory.cli.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.cli.InventoryCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands added through {@link CommandProvider}: found with the ServiceLoader of the context class loader,
 * which each test points at a {@code META-INF/services} file of its own.
 */
class CommandProviderTest {

  @TempDir
  Path services;

  @Test
  void cliAlone_listsOnlyTheBuiltInCommands() {
    String[] result = run(false, "--help");

    assertThat(result[0]).isEqualTo("0");
    assertThat(result[1]).contains("\n  export   ", "\n  help     ").doesNotContain("\n  greet", "\n  demo");
  }

  @Test
  void providedCommand_isListedAfterTheBuiltInCommandsAndBeforeHelp() {
    String[] result = run(true, "--help");

    assertThat(result[0]).isEqualTo("0");
    String help = result[1];
    assertThat(help.indexOf("\n  greet    Greets the inventory table."))
        .isGreaterThan(help.indexOf("\n  export   ")).isLessThan(help.indexOf("\n  help     "));
  }

  @Test
  void providedCommand_readsTheGlobalTableOptionWhenItRuns() {
    String[] defaultTable = run(true, "greet");
    String[] before = run(true, "--table", "before", "greet");
    String[] after = run(true, "greet", "--table", "after");

    assertThat(defaultTable).containsExactly("0", "hello aws-inventory\n", "");
    assertThat(before).containsExactly("0", "hello before\n", "");
    assertThat(after).containsExactly("0", "hello after\n", "");
  }

  @Test
  void providedCommand_throwingAUsageException_exitsTwoWithTheMessage() {
    String[] result = run(true, "greet", "--fail");

    assertThat(result).containsExactly("2", "", "error: --fail was given; leave it out\n");
  }

  @Test
  void helpCommand_showsTheHelpOfAProvidedCommand() {
    String[] result = run(true, "help", "greet");

    assertThat(result[0]).isEqualTo("0");
    assertThat(result[1]).startsWith("Usage: inventory greet [-hVv] [--debug] [--fail]").contains("--table=NAME");
  }

  /** Runs the CLI with or without the greet provider; returns the exit code, standard output and error. */
  private String[] run(boolean withProvider, String... args) {
    ClassLoader original = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {servicesDirectory(withProvider)}, original)) {
      Thread.currentThread().setContextClassLoader(loader);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = InventoryCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
      return new String[] {String.valueOf(code), out.toString(), err.toString()};
    } catch (IOException e) {
      throw new AssertionError(e);
    } finally {
      Thread.currentThread().setContextClassLoader(original);
    }
  }

  private URL servicesDirectory(boolean withProvider) throws IOException {
    Path file = services.resolve("META-INF/services/" + CommandProvider.class.getName());
    Files.createDirectories(file.getParent());
    Files.writeString(file, withProvider ? GreetCommandProvider.class.getName() + "\n" : "",
        StandardCharsets.UTF_8);
    return services.toUri().toURL();
  }
}
