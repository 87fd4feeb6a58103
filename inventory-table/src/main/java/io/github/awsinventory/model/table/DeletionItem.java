package io.github.awsinventory.model.table;

import io.github.awsinventory.model.DeletedResource;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A deletion record as the table holds it: {@code pk = DELETED#<yyyy-MM>}, {@code sk = <deleted_at>#<resource_id>},
 * with the {@link DeletedResource}'s attributes and an expiry. Read and written through
 * {@link InventoryTables#deletions()}.
 *
 * <pre>{@code
 * tables.deletions().query(QueryConditional.keyEqualTo(k -> k.partitionValue(TableLayout.deletedPk(month))))
 *     .items().forEach(item -> print(item.deleted()));
 * }</pre>
 */
@Value.Immutable
public abstract class DeletionItem {

  DeletionItem() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The record of a deleted resource, with its keys.
   *
   * @param deleted the deleted resource
   * @param expiresAt when DynamoDB's TTL may remove the record
   * @return the item
   */
  public static DeletionItem of(DeletedResource deleted, Instant expiresAt) {
    return builder()
        .pk(TableLayout.deletedPk(YearMonth.from(deleted.deletedAt().atZone(ZoneOffset.UTC))))
        .sk(TableLayout.timestamp(deleted.deletedAt()) + TableLayout.SEPARATOR + deleted.resourceId())
        .itemType(TableLayout.ITEM_DELETION)
        .deleted(deleted)
        .ttl(expiresAt)
        .build();
  }

  /**
   * {@value TableLayout#PK}: {@code DELETED#<yyyy-MM of deleted_at>}.
   *
   * @return the partition key
   */
  public abstract String pk();

  /**
   * {@value TableLayout#SK}: {@code <deleted_at>#<resource_id>}.
   *
   * @return the sort key
   */
  public abstract String sk();

  /**
   * {@value TableLayout#ITEM_TYPE}: {@value TableLayout#ITEM_DELETION}.
   *
   * @return the item kind
   */
  public abstract String itemType();

  /**
   * The record: {@code resource_id}, {@code resource_type}, {@code account_id}, {@code account_name},
   * {@code region}, {@code department}, {@code name}, {@code estimated_monthly_cost} (last known),
   * {@code last_seen}, {@code deleted_at} and {@code run_id}.
   *
   * @return the deleted resource
   */
  public abstract DeletedResource deleted();

  /**
   * {@value TableLayout#TTL} (N, epoch seconds): when DynamoDB's TTL may remove the record.
   *
   * @return the expiry
   */
  public abstract Optional<Instant> ttl();

  /** Builds {@link DeletionItem}s; obtained from {@link DeletionItem#builder()}. */
  public static final class Builder extends ImmutableDeletionItem.Builder {
    Builder() {}
  }
}
