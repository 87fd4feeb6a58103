package io.github.awsinventory.cli.internal;

import io.github.awsinventory.cli.InventoryCli;
import io.github.awsinventory.model.table.TableLayout;
import io.github.awsinventory.query.ResourceHistory;
import io.github.awsinventory.query.export.InventoryExport;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code inventory query resource ARN}. */
@Command(name = "resource", mixinStandardHelpOptions = true,
    description = "One resource's current state: every field, tag and attribute.")
final class QueryResourceCommand implements Callable<Integer> {
  private static final int LABEL_WIDTH = 22;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "ARN", description = "The resource id (its ARN).")
  String resourceId;

  @Override
  public Integer call() {
    RootCommand root = (RootCommand) spec.root().userObject();
    PrintWriter out = spec.commandLine().getOut();
    Inventory.noCsv(root, "query resource");
    ResourceHistory history = Inventory.history(root, resourceId);
    Map<String, Object> json = InventoryExport.fields(history.current());
    json.put("deleted_at", history.deletedAt().map(TableLayout::timestamp).orElse(null));
    if (root.output() == RootCommand.OutputFormat.json) {
      Json.print(out, json);
    } else {
      json.forEach((k, v) -> printField(out, k, v));
    }
    return InventoryCli.OK;
  }

  /** One field per line; maps one entry per line, long values wrapped, so that every line fits. */
  private static void printField(PrintWriter out, String key, Object value) {
    if (value instanceof Map<?, ?> && !((Map<?, ?>) value).isEmpty()) {
      String label = key;
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        TextLines.field(out, label, LABEL_WIDTH, entry.getKey() + " = " + Json.compact(entry.getValue()));
        label = "";
      }
    } else if (value instanceof Map<?, ?>) {
      TextLines.field(out, key, LABEL_WIDTH, "");
    } else if (value instanceof Collection<?>) {
      TextLines.field(out, key, LABEL_WIDTH, ((Collection<?>) value).stream().map(Json::compact)
          .collect(Collectors.joining(", ")));
    } else {
      TextLines.field(out, key, LABEL_WIDTH, value == null ? "" : Json.compact(value));
    }
  }
}
