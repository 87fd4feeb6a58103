package io.github.awsinventory.model.table.internal;

import io.github.awsinventory.model.table.ScopeItem;
import io.github.awsinventory.model.table.TableLayout;

/** Collects a scope item's attributes as {@link ItemSchemas} reads them; a missing run id is read from the key. */
final class ScopeItemBuilder {

  final ScopeItem.Builder item = ScopeItem.builder();
  String pk;
  String runId;

  ScopeItem build() {
    if (pk != null) {
      item.pk(pk);
      if (runId == null && pk.startsWith(TableLayout.RUN_PREFIX)) {
        runId = pk.substring(TableLayout.RUN_PREFIX.length());
      }
    }
    if (runId != null) {
      item.runId(runId);
    }
    return item.build();
  }
}
