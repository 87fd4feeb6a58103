package io.github.awsinventory.cli.internal;

import io.github.awsinventory.cli.InventoryCli;
import io.github.awsinventory.query.ResourceHistory;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A query of one resource by its ARN: {@code resource} or {@code history}. This reads the resource's history
 * (or fails naming the ARN and the table); each prints it in its own way, as a table or as JSON.
 */
abstract class OneResourceCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "ARN", description = "The resource id (its ARN).")
  String resourceId;

  /** Prints the resource: as JSON for {@code --output json} ({@code asJson}), else as text. */
  abstract void print(PrintWriter out, boolean asJson, ResourceHistory history);

  @Override
  public Integer call() {
    RootCommand root = (RootCommand) spec.root().userObject();
    Inventory.noCsv(root, "query " + spec.name());
    ResourceHistory history = Inventory.history(root, resourceId);
    print(spec.commandLine().getOut(), root.output() == RootCommand.OutputFormat.json, history);
    return InventoryCli.OK;
  }
}
