package io.github.awsinventory.cli.internal;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code inventory query ...}: key-condition queries over the indexes. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Query the inventory through its indexes (never a scan).",
    subcommands = {QueryByTypeCommand.class, QueryByDepartmentCommand.class, QueryByAccountCommand.class,
        QueryResourceCommand.class, QueryHistoryCommand.class, QueryDeletedCommand.class, QueryRunsCommand.class})
final class QueryCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
        "a subcommand is required: by-type, by-department, by-account, resource, history, deleted, runs");
  }
}
