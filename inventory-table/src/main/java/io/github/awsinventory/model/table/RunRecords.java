package io.github.awsinventory.model.table;

import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.DeletedResource;
import io.github.awsinventory.model.ScopeResult;
import io.github.awsinventory.model.StoreException;
import io.github.awsinventory.model.table.internal.ItemSchemas;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items of collection runs and deletion records as attribute maps, and their reading back: the maps that
 * {@link InventoryTables#runs()}, {@link InventoryTables#scopes()} and {@link InventoryTables#deletions()} write
 * and read for {@link RunItem}, {@link ScopeItem} and {@link DeletionItem}. See {@code docs/TABLE_LAYOUT.md}.
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
    return ItemSchemas.RUN.itemToMap(RunItem.summary(report, expiresAt), true);
  }

  /**
   * The run's entry in the list of runs: {@code pk = RUNS}, {@code sk = <started_at>#<run_id>}.
   *
   * @param report the report
   * @param expiresAt when TTL may remove it
   * @return the item
   */
  public static Map<String, AttributeValue> indexItem(CollectionReport report, Instant expiresAt) {
    return ItemSchemas.RUN.itemToMap(RunItem.listEntry(report, expiresAt), true);
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
    return ItemSchemas.SCOPE.itemToMap(ScopeItem.of(runId, scope, expiresAt), true);
  }

  /**
   * A deletion record: {@code pk = DELETED#<yyyy-MM>}, {@code sk = <deleted_at>#<resource_id>}.
   *
   * @param deleted the record
   * @param expiresAt when TTL may remove it
   * @return the item
   */
  public static Map<String, AttributeValue> deletionItem(DeletedResource deleted, Instant expiresAt) {
    return ItemSchemas.DELETION.itemToMap(DeletionItem.of(deleted, expiresAt), true);
  }

  /**
   * Reads a deletion record.
   *
   * @param item the item
   * @return the record
   * @throws StoreException when the item is not a deletion record
   */
  public static DeletedResource deletionFromItem(Map<String, AttributeValue> item) {
    return read(ItemSchemas.DELETION, item, "deletion record").deleted();
  }

  /**
   * Reads a run summary or run index item.
   *
   * @param item the item
   * @return the report
   * @throws StoreException when the item is not a run record
   */
  public static CollectionReport reportFromItem(Map<String, AttributeValue> item) {
    return read(ItemSchemas.RUN, item, "run record").report();
  }

  /**
   * Reads a scope item (or an entry of a summary's {@code failed_scopes}).
   *
   * @param item the item
   * @return the scope result
   * @throws StoreException when the item is not a scope record
   */
  public static ScopeResult scopeFromItem(Map<String, AttributeValue> item) {
    return read(ItemSchemas.SCOPE_RESULT, item, "scope record");
  }

  private static <T> T read(TableSchema<T> schema, Map<String, AttributeValue> item, String kind) {
    try {
      return schema.mapToItem(item);
    } catch (RuntimeException e) {
      throw new StoreException("item (pk " + key(item, TableLayout.PK) + ", sk " + key(item, TableLayout.SK)
          + ") is not an inventory " + kind + ": " + Optional.ofNullable(e.getMessage())
          .orElse(e.getClass().getSimpleName()), e);
    }
  }

  private static String key(Map<String, AttributeValue> item, String name) {
    return Optional.ofNullable(item.get(name)).map(AttributeValue::s).orElse("missing");
  }
}
