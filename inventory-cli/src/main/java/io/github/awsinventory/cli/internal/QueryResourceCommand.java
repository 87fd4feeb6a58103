package io.github.awsinventory.cli.internal;

import io.github.awsinventory.model.table.TableLayout;
import io.github.awsinventory.query.ResourceHistory;
import io.github.awsinventory.query.export.InventoryExport;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/** {@code inventory query resource ARN}. */
@Command(name = "resource", mixinStandardHelpOptions = true,
    description = "One resource's current state: every field, tag and attribute.")
final class QueryResourceCommand extends OneResourceCommand {
  private static final int LABEL_WIDTH = 22;

  @Override
  void print(PrintWriter out, boolean asJson, ResourceHistory history) {
    Map<String, Object> fields = InventoryExport.fields(history.current());
    fields.put("deleted_at", history.deletedAt().map(TableLayout::timestamp).orElse(null));
    if (asJson) {
      Json.print(out, fields);
    } else {
      fields.forEach((k, v) -> printField(out, k, v));
    }
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
