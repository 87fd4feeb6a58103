package io.github.awsinventory.cli.internal;

import io.github.awsinventory.cli.InventoryCli;
import io.github.awsinventory.model.config.AccountConfig;
import io.github.awsinventory.model.config.ConfigProblem;
import io.github.awsinventory.model.config.ConfigReadResult;
import io.github.awsinventory.model.config.ConfigReader;
import io.github.awsinventory.model.config.InventoryConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code inventory config ...}. */
@Command(name = "config", description = "Work with the accounts configuration file.",
    subcommands = ConfigCommand.Validate.class, mixinStandardHelpOptions = true)
final class ConfigCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: validate");
  }

  /** {@code inventory config validate FILE}. */
  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = {"Check a configuration file and list every problem with its JSON path, the bad value and "
          + "the fix.", "Exits 0 when the file is usable (warnings allowed), 2 when it has errors."})
  static final class Validate implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The configuration file, e.g. config/accounts.json.")
    Path file;

    @Override
    public Integer call() {
      RootCommand root = (RootCommand) spec.root().userObject();
      root.textOrJson("config validate");
      ConfigReadResult result = ConfigReader.standard().read(file);
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (root.output() == RootCommand.OutputFormat.json) {
        Json.print(out, toJson(result));
      } else {
        if (result.isValid()) {
          InventoryConfig config = result.orThrow();
          out.println(file + " is valid: " + describe(config));
        } else {
          err.println(file + " has " + result.errors().size() + (result.errors().size() == 1 ? " error:" : " errors:"));
          result.errors().forEach(p -> err.println("  error   " + p));
        }
        result.warnings().forEach(p -> err.println("  warning " + p));
      }
      return result.isValid() ? InventoryCli.OK : InventoryCli.USAGE;
    }

    private static String describe(InventoryConfig config) {
      List<AccountConfig> enabled = config.enabledAccounts();
      String accounts = enabled.size() + (enabled.size() == 1 ? " account" : " accounts")
          + (config.accounts().size() > enabled.size() ? " (" + (config.accounts().size() - enabled.size())
          + " disabled)" : "");
      String organization = config.organization().enabled() ? " + AWS Organizations discovery" : "";
      String regions = config.regions().isEmpty() ? "every enabled region" : String.join(", ", config.regions());
      String types = config.resourceTypes().isEmpty() ? "every resource type"
          : config.resourceTypes().size() + " resource types";
      return accounts + organization + "; " + regions + "; " + types;
    }

    private static Map<String, Object> toJson(ConfigReadResult result) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("file", result.source());
      json.put("valid", result.isValid());
      json.put("errors", result.errors().stream().map(Validate::problem).collect(Collectors.toList()));
      json.put("warnings", result.warnings().stream().map(Validate::problem).collect(Collectors.toList()));
      return json;
    }

    private static Map<String, Object> problem(ConfigProblem problem) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("path", problem.path());
      json.put("value", problem.value().orElse(null));
      json.put("message", problem.message());
      json.put("fix", problem.fix());
      return json;
    }
  }
}
