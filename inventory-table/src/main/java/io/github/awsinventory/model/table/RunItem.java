package io.github.awsinventory.model.table;

import io.github.awsinventory.model.CollectionReport;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A collection run's report as the table holds it, in one of two places: the run's summary
 * ({@code pk = RUN#<run_id>}, {@code sk = RUN}) and its entry in the list of runs ({@code pk = RUNS},
 * {@code sk = <started_at>#<run_id>}). Read and written through {@link InventoryTables#runs()}.
 *
 * <p>Besides the report's own values the item holds {@code total_scopes}, {@code coverage}, {@code resources}
 * and {@code failed_scopes_total}, computed from the report for readers of the table; and
 * {@code failed_scopes} lists at most {@value RunRecords#MAX_FAILED_SCOPES_IN_SUMMARY} of the failed scopes
 * (every scope has an item of its own, see {@link ScopeItem}).
 *
 * <pre>{@code
 * tables.runs().query(r -> r.queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue(TableLayout.RUNS_PK)))
 *     .scanIndexForward(false).limit(10)).items().stream().limit(10).forEach(item -> print(item.report()));
 * }</pre>
 */
@Value.Immutable
public abstract class RunItem {

  RunItem() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The run's summary item: {@code pk = RUN#<run_id>}, {@code sk = RUN}.
   *
   * @param report the run's report
   * @param expiresAt when DynamoDB's TTL may remove the item
   * @return the item
   */
  public static RunItem summary(CollectionReport report, Instant expiresAt) {
    return builder()
        .pk(TableLayout.runPk(report.runId()))
        .sk(TableLayout.RUN_SUMMARY_SK)
        .itemType(TableLayout.ITEM_RUN)
        .report(report)
        .ttl(expiresAt)
        .build();
  }

  /**
   * The run's entry in the list of runs: {@code pk = RUNS}, {@code sk = <started_at>#<run_id>}.
   *
   * @param report the run's report
   * @param expiresAt when DynamoDB's TTL may remove the item
   * @return the item
   */
  public static RunItem listEntry(CollectionReport report, Instant expiresAt) {
    return builder()
        .pk(TableLayout.RUNS_PK)
        .sk(TableLayout.timestamp(report.startedAt()) + TableLayout.SEPARATOR + report.runId())
        .itemType(TableLayout.ITEM_RUN_INDEX)
        .report(report)
        .ttl(expiresAt)
        .build();
  }

  /**
   * {@value TableLayout#PK}: {@code RUN#<run_id>} or {@value TableLayout#RUNS_PK}.
   *
   * @return the partition key
   */
  public abstract String pk();

  /**
   * {@value TableLayout#SK}: {@value TableLayout#RUN_SUMMARY_SK} or {@code <started_at>#<run_id>}.
   *
   * @return the sort key
   */
  public abstract String sk();

  /**
   * {@value TableLayout#ITEM_TYPE}: {@value TableLayout#ITEM_RUN} or {@value TableLayout#ITEM_RUN_INDEX}.
   *
   * @return the item kind
   */
  public abstract String itemType();

  /**
   * The run's report. Read back, its failed scopes are those the item lists.
   *
   * @return the report
   */
  public abstract CollectionReport report();

  /**
   * {@value TableLayout#TTL} (N, epoch seconds): when DynamoDB's TTL may remove the item.
   *
   * @return the expiry
   */
  public abstract Optional<Instant> ttl();

  /** Builds {@link RunItem}s; obtained from {@link RunItem#builder()}. */
  public static final class Builder extends ImmutableRunItem.Builder {
    Builder() {}
  }
}
