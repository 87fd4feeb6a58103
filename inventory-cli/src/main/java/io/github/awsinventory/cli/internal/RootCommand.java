package io.github.awsinventory.cli.internal;

import io.github.awsinventory.cli.InventoryCli;
import io.github.awsinventory.cli.spi.CliContext;
import io.github.awsinventory.cli.spi.CommandProvider;
import io.github.awsinventory.cli.spi.UsageException;
import io.github.awsinventory.collector.CollectionListener;
import io.github.awsinventory.model.InventoryException;
import io.github.awsinventory.model.config.ConfigurationException;
import io.github.awsinventory.model.table.TableLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The top-level {@code inventory} command and the options every subcommand accepts. Its subcommands are the
 * built-in ones, then those of every {@link CommandProvider} on the class path (by name), then {@code help}.
 */
@Command(
    name = "inventory",
    mixinStandardHelpOptions = true,
    versionProvider = RootCommand.Version.class,
    description = "Keeps an inventory of every AWS resource across accounts and regions: who owns it, what it "
        + "costs, what is insecure and what is waste.",
    subcommands = {ConfigCommand.class, TableCommand.class, CollectCommand.class, QueryCommand.class,
        ReportCommand.class, ExportCommand.class},
    footer = {"", "Exit codes: 0 success, 1 runtime failure, 2 usage or configuration error, "
        + "3 partial collection (some scopes failed).",
        "Global options may be given before or after the subcommand."})
public final class RootCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Option(names = "--region", scope = ScopeType.INHERIT, paramLabel = "REGION",
      description = "AWS region of the table and of API calls without a region of their own (default: the "
          + "SDK's region chain; us-east-1 for a loopback --endpoint-url).")
  String region;

  @Option(names = "--profile", scope = ScopeType.INHERIT, paramLabel = "PROFILE",
      description = "Named profile from ~/.aws/config for the base credentials.")
  String profile;

  @Option(names = "--endpoint-url", scope = ScopeType.INHERIT, paramLabel = "URL",
      description = "Send every AWS call to this endpoint, e.g. a local emulator at http://127.0.0.1:5000.")
  URI endpointUrl;

  @Option(names = "--table", scope = ScopeType.INHERIT, paramLabel = "NAME",
      description = "The inventory table (default: ${DEFAULT-VALUE}).")
  String table = TableLayout.DEFAULT_TABLE_NAME;

  @Option(names = "--output", scope = ScopeType.INHERIT, paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; csv for reports and for "
          + "query lists, deleted and runs).")
  OutputFormat output = OutputFormat.table;

  @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
      description = "Log progress to standard error; repeat (-vv) for debug detail.")
  boolean[] verbose = new boolean[0];

  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
  boolean debug;

  /** Output formats. */
  public enum OutputFormat {
    /** Aligned text for a terminal. */
    table,
    /** Stable JSON, documented in docs/REPORTS.md. */
    json,
    /** CSV (RFC 4180), for the reports and the tabular queries. */
    csv
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /**
   * AWS clients configured from the global options.
   *
   * @return a factory
   */
  public AwsClientFactory clients() {
    return new AwsClientFactory(region, profile, endpointUrl);
  }

  /**
   * The table name.
   *
   * @return the name
   */
  public String table() {
    return table;
  }

  /**
   * The output format.
   *
   * @return the format
   */
  public OutputFormat output() {
    return output;
  }

  /**
   * The output format of a command that has no table to write as CSV.
   *
   * @param command the command, e.g. {@code collect}
   * @return {@code table} or {@code json}
   * @throws UsageException for {@code --output csv}
   */
  OutputFormat textOrJson(String command) {
    if (output == OutputFormat.csv) {
      throw new UsageException("--output csv is not available for " + command + "; use --output table or json "
          + "(CSV is for the reports, the resource lists of query, and export)");
    }
    return output;
  }

  /**
   * The endpoint override, if any.
   *
   * @return the endpoint or null
   */
  public URI endpointUrl() {
    return endpointUrl;
  }

  /**
   * Runs the command line.
   *
   * @param out standard output
   * @param err standard error
   * @param args the arguments
   * @return the exit code
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    configureLogging(args);
    RootCommand root = new RootCommand();
    CommandLine commandLine = commandLine(root);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> handle(e, root, err));
    commandLine.setParameterExceptionHandler((e, args1) -> {
      err.println("error: " + e.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
      err.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
      return InventoryCli.USAGE;
    });
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * The command line of a root command: the built-in commands, the provided ones, then {@code help}. Its
   * streams and handlers are set afterwards, so that they reach every subcommand.
   *
   * @param root the root command
   * @return the command line
   */
  public static CommandLine commandLine(RootCommand root) {
    CommandLine commandLine = new CommandLine(root);
    CliContext context = root.new Context();
    List<CommandLine> provided = new ArrayList<>();
    for (CommandProvider provider : ServiceLoader.load(CommandProvider.class)) {
      Object command = provider.command(context);
      provided.add(command instanceof CommandLine ? (CommandLine) command : new CommandLine(command));
    }
    provided.sort(Comparator.comparing(CommandLine::getCommandName));
    provided.forEach(commandLine::addSubcommand);
    commandLine.addSubcommand(new CommandLine.HelpCommand());
    return commandLine;
  }

  private static int handle(Exception e, RootCommand root, PrintWriter err) {
    if (e instanceof UsageException || e instanceof ConfigurationException) {
      err.println("error: " + e.getMessage());
      return InventoryCli.USAGE;
    }
    if (e instanceof InventoryException || e instanceof SdkException) {
      err.println("error: " + ErrorMessages.describe(e, root.endpointUrl));
    } else {
      err.println("error: unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    if (root.debug) {
      e.printStackTrace(err);
    } else if (!(e instanceof InventoryException) && !(e instanceof SdkException)) {
      err.println("Run again with --debug for the stack trace.");
    }
    return InventoryCli.FAILURE;
  }

  private static void configureLogging(String... args) {
    int verbosity = 0;
    for (String arg : args) {
      if ("-v".equals(arg) || "--verbose".equals(arg)) {
        verbosity++;
      } else if (arg.matches("-v+")) {
        verbosity += arg.length() - 1;
      } else if ("--".equals(arg)) {
        break;
      }
    }
    String level = verbosity == 0 ? "warn" : verbosity == 1 ? "info" : "debug";
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level);
    System.setProperty("org.slf4j.simpleLogger.log.software.amazon.awssdk", verbosity >= 3 ? "debug" : "warn");
    System.setProperty("org.slf4j.simpleLogger.log.org.apache.http", "warn");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
    System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
    System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
    System.setProperty("org.slf4j.simpleLogger.showShortLogName", "true");
  }

  /** The parsed global options, as provided commands see them. */
  private final class Context implements CliContext {
    @Override
    public String table() {
      return table;
    }

    @Override
    public CollectionListener progressDisplay() {
      return new ProgressDisplay(spec.commandLine().getErr(), System.console() != null);
    }
  }

  /** Reads the version from the jar's resources. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = RootCommand.class.getResourceAsStream("/io/github/awsinventory/cli/version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"inventory " + properties.getProperty("version", "unknown"),
          "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
  }
}
