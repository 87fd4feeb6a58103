package io.github.awsinventory.model.table;

import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.DeletedResource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.model.ScopeResult;
import io.github.awsinventory.model.ScopeStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items of collection runs and deletion records, and their reading back. See {@code docs/TABLE_LAYOUT.md}.
 */
public final class RunRecords {

  /** How many failed scopes a run summary item lists in full (all of them have their own scope item). */
  public static final int MAX_FAILED_SCOPES_IN_SUMMARY = 200;

  private RunRecords() {}

  /**
   * The run summary item: {@code pk = RUN#<run_id>}, {@code sk = RUN}.
   *
   * @param report the report
   * @param expiresAt when TTL may remove it
   * @return the item
   */
  public static Map<String, AttributeValue> summaryItem(CollectionReport report, Instant expiresAt) {
    Map<String, AttributeValue> item = reportAttributes(report, expiresAt);
    item.put(TableLayout.PK, s(TableLayout.runPk(report.runId())));
    item.put(TableLayout.SK, s(TableLayout.RUN_SUMMARY_SK));
    item.put(TableLayout.ITEM_TYPE, s(TableLayout.ITEM_RUN));
    return item;
  }

  /**
   * The run's entry in the list of runs: {@code pk = RUNS}, {@code sk = <started_at>#<run_id>}.
   *
   * @param report the report
   * @param expiresAt when TTL may remove it
   * @return the item
   */
  public static Map<String, AttributeValue> indexItem(CollectionReport report, Instant expiresAt) {
    Map<String, AttributeValue> item = reportAttributes(report, expiresAt);
    item.put(TableLayout.PK, s(TableLayout.RUNS_PK));
    item.put(TableLayout.SK, s(TableLayout.timestamp(report.startedAt()) + TableLayout.SEPARATOR + report.runId()));
    item.put(TableLayout.ITEM_TYPE, s(TableLayout.ITEM_RUN_INDEX));
    return item;
  }

  /**
   * A scope's result in a run: {@code pk = RUN#<run_id>}, {@code sk = SCOPE#<account>#<region>#<type>}.
   *
   * @param runId the run
   * @param scope the result
   * @param expiresAt when TTL may remove it
   * @return the item
   */
  public static Map<String, AttributeValue> scopeItem(String runId, ScopeResult scope, Instant expiresAt) {
    Map<String, AttributeValue> item = scopeAttributes(scope);
    item.put(TableLayout.PK, s(TableLayout.runPk(runId)));
    item.put(TableLayout.SK, s(TableLayout.scopeSk(scope.accountId(), scope.region(), scope.resourceType())));
    item.put(TableLayout.ITEM_TYPE, s(TableLayout.ITEM_RUN_SCOPE));
    item.put(TableLayout.RUN_ID, s(runId));
    item.put(TableLayout.TTL, n(expiresAt.getEpochSecond()));
    return item;
  }

  /**
   * A deletion record: {@code pk = DELETED#<yyyy-MM>}, {@code sk = <deleted_at>#<resource_id>}.
   *
   * @param deleted the record
   * @param expiresAt when TTL may remove it
   * @return the item
   */
  public static Map<String, AttributeValue> deletionItem(DeletedResource deleted, Instant expiresAt) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put(TableLayout.PK, s(TableLayout.deletedPk(YearMonth.from(deleted.deletedAt().atZone(ZoneOffset.UTC)))));
    item.put(TableLayout.SK, s(TableLayout.timestamp(deleted.deletedAt()) + TableLayout.SEPARATOR + deleted.resourceId()));
    item.put(TableLayout.ITEM_TYPE, s(TableLayout.ITEM_DELETION));
    item.put(TableLayout.RESOURCE_ID, s(deleted.resourceId()));
    item.put(TableLayout.RESOURCE_TYPE, s(deleted.resourceType().name()));
    item.put(TableLayout.ACCOUNT_ID, s(deleted.accountId()));
    item.put(TableLayout.ACCOUNT_NAME, s(deleted.accountName()));
    item.put(TableLayout.REGION, s(deleted.region()));
    item.put(TableLayout.DEPARTMENT, s(deleted.department()));
    item.put(TableLayout.NAME, s(deleted.name()));
    deleted.lastMonthlyCost().ifPresent(c -> item.put(TableLayout.ESTIMATED_MONTHLY_COST, AttributeValue.fromN(c.toString())));
    deleted.lastSeen().ifPresent(t -> item.put(TableLayout.LAST_SEEN, s(TableLayout.timestamp(t))));
    item.put(TableLayout.DELETED_AT, s(TableLayout.timestamp(deleted.deletedAt())));
    item.put(TableLayout.RUN_ID, s(deleted.runId()));
    item.put(TableLayout.TTL, n(expiresAt.getEpochSecond()));
    return item;
  }

  /**
   * Reads a deletion record.
   *
   * @param item the item
   * @return the record
   */
  public static DeletedResource deletionFromItem(Map<String, AttributeValue> item) {
    return DeletedResource.builder()
        .resourceId(str(item, TableLayout.RESOURCE_ID))
        .resourceType(ResourceType.of(str(item, TableLayout.RESOURCE_TYPE)))
        .accountId(str(item, TableLayout.ACCOUNT_ID))
        .accountName(optStr(item, TableLayout.ACCOUNT_NAME).orElse(str(item, TableLayout.ACCOUNT_ID)))
        .region(str(item, TableLayout.REGION))
        .department(str(item, TableLayout.DEPARTMENT))
        .name(optStr(item, TableLayout.NAME).orElse(""))
        .lastMonthlyCost(Optional.ofNullable(item.get(TableLayout.ESTIMATED_MONTHLY_COST)).map(v -> new BigDecimal(v.n())))
        .lastSeen(optStr(item, TableLayout.LAST_SEEN).map(Instant::parse))
        .deletedAt(Instant.parse(str(item, TableLayout.DELETED_AT)))
        .runId(str(item, TableLayout.RUN_ID))
        .build();
  }

  /**
   * Reads a run summary or run index item.
   *
   * @param item the item
   * @return the report
   */
  public static CollectionReport reportFromItem(Map<String, AttributeValue> item) {
    CollectionReport.Builder b = CollectionReport.builder()
        .runId(str(item, TableLayout.RUN_ID))
        .startedAt(Instant.parse(str(item, "started_at")))
        .finishedAt(Instant.parse(str(item, "finished_at")))
        .dryRun(Optional.ofNullable(item.get("dry_run")).map(AttributeValue::bool).orElse(false))
        .shard(optStr(item, "shard"))
        .accountFilter(strings(item, "account_filter"))
        .regionFilter(strings(item, "region_filter"))
        .typeFilter(strings(item, "type_filter"))
        .status(RunStatus.valueOf(str(item, "status")))
        .accounts((int) num(item, "accounts"))
        .failedAccounts(strings(item, "failed_accounts"))
        .newResources(num(item, "new_resources"))
        .changedResources(num(item, "changed_resources"))
        .unchangedResources(num(item, "unchanged_resources"))
        .deletedResources(num(item, "deleted_resources"))
        .apiCalls(num(item, "api_calls"))
        .retries(num(item, "retries"))
        .assumeRoleCalls(num(item, "assume_role_calls"))
        .itemsWritten(num(item, "items_written"))
        .batchWriteCalls(num(item, "batch_write_calls"))
        .disabledRegions(strings(item, "disabled_regions"))
        .detailErrors(strings(item, "detail_errors"))
        .detailErrorCount(num(item, "detail_error_count"))
        .fatalError(optStr(item, "fatal_error"));
    Map<ScopeStatus, Integer> scopes = new EnumMap<>(ScopeStatus.class);
    Optional.ofNullable(item.get("scopes")).map(AttributeValue::m).orElse(Map.of())
        .forEach((k, v) -> scopes.put(ScopeStatus.valueOf(k), Integer.parseInt(v.n())));
    b.scopes(scopes);
    Map<String, Long> byType = new LinkedHashMap<>();
    Optional.ofNullable(item.get("resources_by_type")).map(AttributeValue::m).orElse(Map.of())
        .forEach((k, v) -> byType.put(k, Long.parseLong(v.n())));
    b.resourcesByType(byType);
    Optional.ofNullable(item.get("failed_scopes")).map(AttributeValue::l).orElse(List.of())
        .forEach(v -> b.addFailedScopes(scopeFromItem(v.m())));
    return b.build();
  }

  /**
   * Reads a scope item (or an entry of a summary's {@code failed_scopes}).
   *
   * @param item the item
   * @return the scope result
   */
  public static ScopeResult scopeFromItem(Map<String, AttributeValue> item) {
    return ScopeResult.builder()
        .accountId(str(item, TableLayout.ACCOUNT_ID))
        .accountName(optStr(item, TableLayout.ACCOUNT_NAME).orElse(str(item, TableLayout.ACCOUNT_ID)))
        .region(str(item, TableLayout.REGION))
        .resourceType(ResourceType.of(str(item, TableLayout.RESOURCE_TYPE)))
        .status(ScopeStatus.valueOf(str(item, "status")))
        .resources(num(item, "resources"))
        .newResources(num(item, "new_resources"))
        .changedResources(num(item, "changed_resources"))
        .deletedResources(num(item, "deleted_resources"))
        .apiCalls(num(item, "api_calls"))
        .attempts((int) Math.max(1, num(item, "attempts")))
        .durationMillis(num(item, "duration_ms"))
        .error(optStr(item, "error"))
        .build();
  }

  private static Map<String, AttributeValue> reportAttributes(CollectionReport r, Instant expiresAt) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put(TableLayout.RUN_ID, s(r.runId()));
    item.put("started_at", s(TableLayout.timestamp(r.startedAt())));
    item.put("finished_at", s(TableLayout.timestamp(r.finishedAt())));
    item.put("dry_run", AttributeValue.fromBool(r.dryRun()));
    r.shard().ifPresent(v -> item.put("shard", s(v)));
    item.put("account_filter", list(r.accountFilter()));
    item.put("region_filter", list(r.regionFilter()));
    item.put("type_filter", list(r.typeFilter()));
    item.put("status", s(r.status().name()));
    item.put("accounts", n(r.accounts()));
    item.put("failed_accounts", list(r.failedAccounts()));
    Map<String, AttributeValue> scopes = new LinkedHashMap<>();
    r.scopes().forEach((k, v) -> scopes.put(k.name(), n(v)));
    item.put("scopes", AttributeValue.fromM(scopes));
    item.put("total_scopes", n(r.totalScopes()));
    item.put("coverage", AttributeValue.fromN(String.valueOf(Math.round(r.coverage() * 10000) / 10000.0)));
    Map<String, AttributeValue> byType = new LinkedHashMap<>();
    r.resourcesByType().forEach((k, v) -> byType.put(k, n(v)));
    item.put("resources_by_type", AttributeValue.fromM(byType));
    item.put("resources", n(r.resources()));
    item.put("new_resources", n(r.newResources()));
    item.put("changed_resources", n(r.changedResources()));
    item.put("unchanged_resources", n(r.unchangedResources()));
    item.put("deleted_resources", n(r.deletedResources()));
    item.put("api_calls", n(r.apiCalls()));
    item.put("retries", n(r.retries()));
    item.put("assume_role_calls", n(r.assumeRoleCalls()));
    item.put("items_written", n(r.itemsWritten()));
    item.put("batch_write_calls", n(r.batchWriteCalls()));
    List<AttributeValue> failed = r.failedScopes().stream().limit(MAX_FAILED_SCOPES_IN_SUMMARY)
        .map(f -> AttributeValue.fromM(scopeAttributes(f))).collect(Collectors.toList());
    item.put("failed_scopes", AttributeValue.fromL(failed));
    item.put("failed_scopes_total", n(r.failedScopes().size()));
    item.put("disabled_regions", list(r.disabledRegions()));
    item.put("detail_errors", list(r.detailErrors()));
    item.put("detail_error_count", n(r.detailErrorCount()));
    r.fatalError().ifPresent(v -> item.put("fatal_error", s(v)));
    item.put(TableLayout.TTL, n(expiresAt.getEpochSecond()));
    return item;
  }

  private static Map<String, AttributeValue> scopeAttributes(ScopeResult scope) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put(TableLayout.ACCOUNT_ID, s(scope.accountId()));
    item.put(TableLayout.ACCOUNT_NAME, s(scope.accountName()));
    item.put(TableLayout.REGION, s(scope.region()));
    item.put(TableLayout.RESOURCE_TYPE, s(scope.resourceType().name()));
    item.put("status", s(scope.status().name()));
    item.put("resources", n(scope.resources()));
    item.put("new_resources", n(scope.newResources()));
    item.put("changed_resources", n(scope.changedResources()));
    item.put("deleted_resources", n(scope.deletedResources()));
    item.put("api_calls", n(scope.apiCalls()));
    item.put("attempts", n(scope.attempts()));
    item.put("duration_ms", n(scope.durationMillis()));
    scope.error().ifPresent(e -> item.put("error", s(e)));
    return item;
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  private static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }

  private static AttributeValue list(List<String> values) {
    List<AttributeValue> list = new ArrayList<>(values.size());
    values.forEach(v -> list.add(s(v)));
    return AttributeValue.fromL(list);
  }

  private static String str(Map<String, AttributeValue> item, String key) {
    AttributeValue v = item.get(key);
    if (v == null || v.s() == null) {
      throw new IllegalArgumentException("item " + item.get(TableLayout.PK) + " has no " + key);
    }
    return v.s();
  }

  private static Optional<String> optStr(Map<String, AttributeValue> item, String key) {
    return Optional.ofNullable(item.get(key)).map(AttributeValue::s);
  }

  private static long num(Map<String, AttributeValue> item, String key) {
    AttributeValue v = item.get(key);
    return v == null || v.n() == null ? 0 : new BigDecimal(v.n()).longValue();
  }

  private static List<String> strings(Map<String, AttributeValue> item, String key) {
    AttributeValue v = item.get(key);
    if (v == null || !v.hasL()) {
      return List.of();
    }
    return v.l().stream().map(AttributeValue::s).collect(Collectors.toList());
  }
}
