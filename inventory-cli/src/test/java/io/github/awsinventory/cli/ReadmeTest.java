package io.github.awsinventory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.cli.internal.RootCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The module README documents every command and every global option the CLI has. */
class ReadmeTest {

  @Test
  void readme_namesEveryCommandAndGlobalOption() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    CommandLine root = RootCommand.commandLine(new RootCommand());

    List<String> commands = new ArrayList<>();
    root.getSubcommands().forEach((name, command) -> {
      if (command.getSubcommands().isEmpty() || name.equals("help")) {
        commands.add(name);
      } else {
        command.getSubcommands().keySet().forEach(sub -> commands.add(name + " " + sub));
      }
    });

    assertThat(commands).hasSizeGreaterThanOrEqualTo(14).allSatisfy(command ->
        assertThat(readme).as("the README's commands table").contains("| `" + command));
    for (OptionSpec option : root.getCommandSpec().options()) {
      assertThat(readme).as("the README's global options").contains("`" + option.longestName());
    }
    assertThat(readme).contains("| 0 |", "| 1 |", "| 2 |", "| 3 |");
  }
}
