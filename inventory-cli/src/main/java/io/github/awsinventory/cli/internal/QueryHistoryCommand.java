package io.github.awsinventory.cli.internal;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.table.TableLayout;
import io.github.awsinventory.query.Change;
import io.github.awsinventory.query.ResourceHistory;
import io.github.awsinventory.query.ResourceVersion;
import io.github.awsinventory.query.export.InventoryExport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/** {@code inventory query history ARN}. */
@Command(name = "history", mixinStandardHelpOptions = true,
    description = "A resource's recorded versions, newest first, with what changed between them.")
final class QueryHistoryCommand extends OneResourceCommand {

  @Override
  void print(PrintWriter out, boolean asJson, ResourceHistory history) {
    if (asJson) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("resource_id", resourceId);
      json.put("live", history.isLive());
      json.put("deleted_at", history.deletedAt().map(TableLayout::timestamp).orElse(null));
      List<Map<String, Object>> versions = new ArrayList<>();
      for (ResourceVersion v : history.versions()) {
        Map<String, Object> version = new LinkedHashMap<>();
        version.put("recorded_at", TableLayout.timestamp(v.recordedAt()));
        version.put("changes", v.changes().stream().map(c -> {
          Map<String, Object> change = new LinkedHashMap<>();
          change.put("path", c.path());
          change.put("before", c.before().orElse(null));
          change.put("after", c.after().orElse(null));
          return change;
        }).collect(Collectors.toList()));
        version.put("resource", InventoryExport.fields(v.resource()));
        versions.add(version);
      }
      json.put("versions", versions);
      Json.print(out, json);
    } else {
      Resource current = history.current();
      for (String line : TextLines.wrap(current.resourceType() + " " + current.name() + " (" + resourceId + ")"
          + history.deletedAt().map(t -> "  DELETED " + TableLayout.timestamp(t)).orElse(""), TextLines.WIDTH)) {
        out.println(line);
      }
      for (ResourceVersion v : history.versions()) {
        out.println(TableLayout.timestamp(v.recordedAt()) + (v.changes().isEmpty() ? "  first recorded" : ""));
        for (Change c : v.changes()) {
          List<String> lines = TextLines.wrap(c.toString(), TextLines.WIDTH - 4);
          out.println("  " + lines.get(0));
          lines.subList(1, lines.size()).forEach(line -> out.println("    " + line));
        }
      }
    }
  }
}
