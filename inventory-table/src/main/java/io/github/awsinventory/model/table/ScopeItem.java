package io.github.awsinventory.model.table;

import io.github.awsinventory.model.ScopeResult;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A scope's result in a collection run as the table holds it: {@code pk = RUN#<run_id>},
 * {@code sk = SCOPE#<account>#<region>#<type>}, with the {@link ScopeResult}'s attributes, the run id and an
 * expiry. Read and written through {@link InventoryTables#scopes()}.
 *
 * <pre>{@code
 * tables.scopes().query(QueryConditional.sortBeginsWith(k -> k.partitionValue(TableLayout.runPk(runId))
 *     .sortValue(TableLayout.SCOPE_PREFIX))).items().forEach(item -> print(item.result()));
 * }</pre>
 */
@Value.Immutable
public abstract class ScopeItem {

  ScopeItem() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The item of one scope's result, with its keys.
   *
   * @param runId the run
   * @param result the scope's result
   * @param expiresAt when DynamoDB's TTL may remove the item
   * @return the item
   */
  public static ScopeItem of(String runId, ScopeResult result, Instant expiresAt) {
    return builder()
        .pk(TableLayout.runPk(runId))
        .sk(TableLayout.scopeSk(result.accountId(), result.region(), result.resourceType()))
        .itemType(TableLayout.ITEM_RUN_SCOPE)
        .runId(runId)
        .result(result)
        .ttl(expiresAt)
        .build();
  }

  /**
   * {@value TableLayout#PK}: {@code RUN#<run_id>}.
   *
   * @return the partition key
   */
  public abstract String pk();

  /**
   * {@value TableLayout#SK}: {@code SCOPE#<account>#<region>#<type>}.
   *
   * @return the sort key
   */
  public abstract String sk();

  /**
   * {@value TableLayout#ITEM_TYPE}: {@value TableLayout#ITEM_RUN_SCOPE}.
   *
   * @return the item kind
   */
  public abstract String itemType();

  /**
   * {@value TableLayout#RUN_ID}.
   *
   * @return the run
   */
  public abstract String runId();

  /**
   * The result: {@code account_id}, {@code account_name}, {@code region}, {@code resource_type}, {@code status},
   * {@code resources}, {@code new_resources}, {@code changed_resources}, {@code deleted_resources},
   * {@code api_calls}, {@code attempts}, {@code duration_ms} and {@code error}.
   *
   * @return the scope's result
   */
  public abstract ScopeResult result();

  /**
   * {@value TableLayout#TTL} (N, epoch seconds): when DynamoDB's TTL may remove the item.
   *
   * @return the expiry
   */
  public abstract Optional<Instant> ttl();

  /** Builds {@link ScopeItem}s; obtained from {@link ScopeItem#builder()}. */
  public static final class Builder extends ImmutableScopeItem.Builder {
    Builder() {}
  }
}
