package io.github.awsinventory.model.table.internal;

import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.table.RunItem;

/** Collects a run item's attributes as {@link ItemSchemas} reads them; missing counts read as 0. */
final class RunItemBuilder {

  final RunItem.Builder item = RunItem.builder();
  final CollectionReport.Builder report = CollectionReport.builder();

  RunItem build() {
    return item.report(report.build()).build();
  }
}
