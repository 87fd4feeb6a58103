package io.github.awsinventory.query.report;

import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.ScopeResult;
import io.github.awsinventory.model.ScopeStatus;
import io.github.awsinventory.model.table.TableLayout;
import io.github.awsinventory.query.render.TextTable;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders a collection run's report ({@link CollectionReport}) as text or as the JSON documented in
 * {@code docs/REPORTS.md}.
 */
public final class RunReportView {

  private RunReportView() {}

  /**
   * Prints a run's report as text.
   *
   * @param out where to print
   * @param r the report
   */
  public static void print(PrintWriter out, CollectionReport r) {
    out.printf("Run %s  %s in %.1f s%s%n", r.runId(), r.status(), r.duration().toMillis() / 1000.0,
        r.dryRun() ? "  (dry run: nothing written)" : "");
    String scopes = r.scopes().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
    out.printf("Accounts %d   Scopes %d (%s)   Coverage %.1f %%%n", r.accounts(), r.totalScopes(),
        scopes.isEmpty() ? "none" : scopes, 100 * r.coverage());
    out.printf("Resources %d: new %d, changed %d, unchanged %d, deleted %d%n", r.resources(), r.newResources(),
        r.changedResources(), r.unchangedResources(), r.deletedResources());
    out.printf("API calls %d (retries %d), AssumeRole %d, items written %d in %d write calls%n", r.apiCalls(),
        r.retries(), r.assumeRoleCalls(), r.itemsWritten(), r.batchWriteCalls());
    r.shard().ifPresent(s -> out.println("Shard " + s));
    if (!r.resourcesByType().isEmpty()) {
      out.println();
      TextTable types = new TextTable("TYPE", "RESOURCES").numeric(1);
      r.resourcesByType().forEach(types::row);
      types.print(out, "");
    }
    if (!r.failedScopes().isEmpty()) {
      out.println();
      out.println("Failed scopes (nothing in them was marked deleted):");
      TextTable failed = new TextTable("ACCOUNT", "REGION", "TYPE", "STATUS", "ERROR");
      for (ScopeResult s : r.failedScopes()) {
        failed.row(s.accountId(), s.region(), s.resourceType(), s.status(), s.error().orElse(""));
      }
      failed.print(out, "  ");
    }
    if (!r.disabledRegions().isEmpty()) {
      out.println();
      out.println("Regions not enabled (not failures): " + String.join(", ", r.disabledRegions()));
    }
    if (r.detailErrorCount() > 0) {
      out.println();
      out.println("Detail errors (" + r.detailErrorCount() + "; the attributes concerned are recorded as unknown):");
      r.detailErrors().forEach(e -> out.println("  " + e));
      if (r.detailErrorCount() > r.detailErrors().size()) {
        out.println("  … and " + (r.detailErrorCount() - r.detailErrors().size()) + " more");
      }
    }
    r.fatalError().ifPresent(e -> {
      out.println();
      out.println("FAILED: " + e);
    });
  }

  /**
   * A run's report as a JSON document.
   *
   * @param r the report
   * @return the document
   */
  public static Map<String, Object> json(CollectionReport r) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("run_id", r.runId());
    json.put("status", r.status().name());
    json.put("dry_run", r.dryRun());
    json.put("started_at", TableLayout.timestamp(r.startedAt()));
    json.put("finished_at", TableLayout.timestamp(r.finishedAt()));
    json.put("duration_seconds", r.duration().toMillis() / 1000.0);
    json.put("shard", r.shard().orElse(null));
    json.put("account_filter", r.accountFilter());
    json.put("region_filter", r.regionFilter());
    json.put("type_filter", r.typeFilter());
    json.put("accounts", r.accounts());
    json.put("failed_accounts", r.failedAccounts());
    Map<String, Integer> scopes = new LinkedHashMap<>();
    for (ScopeStatus status : ScopeStatus.values()) {
      scopes.put(status.name(), r.scopes().getOrDefault(status, 0));
    }
    json.put("scopes", scopes);
    json.put("total_scopes", r.totalScopes());
    json.put("coverage", Math.round(r.coverage() * 10000) / 10000.0);
    Map<String, Object> resources = new LinkedHashMap<>();
    resources.put("total", r.resources());
    resources.put("new", r.newResources());
    resources.put("changed", r.changedResources());
    resources.put("unchanged", r.unchangedResources());
    resources.put("deleted", r.deletedResources());
    resources.put("by_type", r.resourcesByType());
    json.put("resources", resources);
    json.put("api_calls", r.apiCalls());
    json.put("retries", r.retries());
    json.put("assume_role_calls", r.assumeRoleCalls());
    json.put("items_written", r.itemsWritten());
    json.put("write_calls", r.batchWriteCalls());
    json.put("failed_scopes", r.failedScopes().stream().map(RunReportView::scope).collect(Collectors.toList()));
    json.put("disabled_regions", r.disabledRegions());
    json.put("detail_errors", r.detailErrors());
    json.put("detail_error_count", r.detailErrorCount());
    json.put("fatal_error", r.fatalError().orElse(null));
    return json;
  }

  private static Map<String, Object> scope(ScopeResult s) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("account_id", s.accountId());
    json.put("account_name", s.accountName());
    json.put("region", s.region());
    json.put("resource_type", s.resourceType().name());
    json.put("status", s.status().name());
    json.put("error", s.error().orElse(null));
    json.put("attempts", s.attempts());
    json.put("api_calls", s.apiCalls());
    json.put("duration_ms", s.durationMillis());
    return json;
  }
}
