package io.github.awsinventory.model.table;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A resource item as the table holds it, one accessor per attribute: a current item ({@code sk = METADATA#LATEST},
 * live or deleted) or a history version ({@code sk = METADATA#<timestamp>}). See {@code docs/TABLE_LAYOUT.md}.
 *
 * <p>Read it through {@link InventoryTables#current()}, {@link InventoryTables#history()} or an index of
 * {@link InventoryTables}; {@link ResourceCodec} writes it from a {@link Resource}. An item read with a projection
 * has only the projected attributes: the keys and the identity are required, every other attribute is empty
 * when it was not read.
 *
 * <pre>{@code
 * ResourceItem item = tables.current().getItem(Key.builder()
 *     .partitionValue(TableLayout.resourcePk(arn)).sortValue(TableLayout.LATEST_SK).build());
 * Resource resource = item.toResource();
 * }</pre>
 */
@Value.Immutable
public abstract class ResourceItem {

  ResourceItem() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialized with this item's attributes.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * {@value TableLayout#PK}: {@code RESOURCE#<resource_id>}.
   *
   * @return the partition key
   */
  public abstract String pk();

  /**
   * {@value TableLayout#SK}: {@code METADATA#LATEST} for the current item, {@code METADATA#<timestamp>} for a
   * history version.
   *
   * @return the sort key
   */
  public abstract String sk();

  /**
   * {@value TableLayout#ITEM_TYPE}: {@value TableLayout#ITEM_RESOURCE} or {@value TableLayout#ITEM_HISTORY}.
   *
   * @return the item kind
   */
  public abstract String itemType();

  /**
   * {@value TableLayout#RESOURCE_ID}: the resource's ARN.
   *
   * @return the id
   */
  public abstract String resourceId();

  /**
   * {@value TableLayout#RESOURCE_TYPE}: hash key of {@value TableLayout#RESOURCE_TYPE_INDEX}.
   *
   * @return the type
   */
  public abstract ResourceType resourceType();

  /**
   * {@value TableLayout#ACCOUNT_ID}: hash key of {@value TableLayout#ACCOUNT_INDEX}.
   *
   * @return the 12-digit account id
   */
  public abstract String accountId();

  /**
   * {@value TableLayout#ACCOUNT_NAME}.
   *
   * @return the account's name
   */
  public abstract Optional<String> accountName();

  /**
   * {@value TableLayout#REGION}: {@code global} for IAM.
   *
   * @return the region
   */
  public abstract String region();

  /**
   * {@value TableLayout#DEPARTMENT}: hash key of {@value TableLayout#DEPARTMENT_INDEX}.
   *
   * @return the department
   */
  public abstract String department();

  /**
   * {@value TableLayout#TIMESTAMP}: when the item was written; for a history version, the version's time.
   *
   * @return the time
   */
  public abstract Instant timestamp();

  /**
   * {@value TableLayout#NAME}.
   *
   * @return the resource's name
   */
  public abstract Optional<String> name();

  /**
   * {@value TableLayout#STATE}: AWS's lifecycle state, when the type has one.
   *
   * @return the state
   */
  public abstract Optional<String> state();

  /**
   * {@value TableLayout#TAGS} (M of S).
   *
   * @return the tags
   */
  public abstract Map<String, String> tags();

  /**
   * {@value TableLayout#ATTRIBUTES} (M): the type-specific values.
   *
   * @return JSON-like values: strings, booleans, {@code BigDecimal}s, lists and maps
   */
  public abstract Map<String, Object> attributes();

  /**
   * {@value TableLayout#UNKNOWN_ATTRIBUTES} (L of S): attributes that could not be determined; absent from the
   * item when empty.
   *
   * @return the names
   */
  public abstract List<String> unknownAttributes();

  /**
   * {@value TableLayout#TRUNCATED_ATTRIBUTES} (L of S): attributes dropped to stay under 400 KB; absent from the
   * item when empty.
   *
   * @return the names
   */
  public abstract List<String> truncatedAttributes();

  /**
   * {@value TableLayout#CREATED_AT}: creation time according to AWS.
   *
   * @return the time
   */
  public abstract Optional<Instant> createdAt();

  /**
   * {@value TableLayout#ESTIMATED_MONTHLY_COST} (N): USD per month; absent when unknown.
   *
   * @return the estimate
   */
  public abstract Optional<BigDecimal> estimatedMonthlyCost();

  /**
   * {@value TableLayout#COST_BASIS}: how the estimate was made, or why there is none.
   *
   * @return the basis
   */
  public abstract Optional<String> costBasis();

  /**
   * {@value TableLayout#FIRST_SEEN}.
   *
   * @return the first observation
   */
  public abstract Optional<Instant> firstSeen();

  /**
   * {@value TableLayout#LAST_SEEN}.
   *
   * @return the last observation
   */
  public abstract Optional<Instant> lastSeen();

  /**
   * {@value TableLayout#CONTENT_HASH}: what the collector compares to detect a change.
   *
   * @return the hash
   */
  public abstract Optional<String> contentHash();

  /**
   * {@value TableLayout#TYPE_SK}: range key of {@value TableLayout#RESOURCE_TYPE_INDEX}; live current items only.
   *
   * @return {@code <account_id>#<region>#<resource_id>}
   */
  public abstract Optional<String> typeSk();

  /**
   * {@value TableLayout#DEPARTMENT_SK}: range key of {@value TableLayout#DEPARTMENT_INDEX}; live current items
   * only.
   *
   * @return {@code <resource_type>#<account_id>#<region>#<resource_id>}
   */
  public abstract Optional<String> departmentSk();

  /**
   * {@value TableLayout#ACCOUNT_SK}: range key of {@value TableLayout#ACCOUNT_INDEX}; live current items only.
   *
   * @return {@code <resource_type>#<region>#<resource_id>}
   */
  public abstract Optional<String> accountSk();

  /**
   * {@value TableLayout#DELETED_AT}: when the resource was found deleted.
   *
   * @return the time
   */
  public abstract Optional<Instant> deletedAt();

  /**
   * {@value TableLayout#TTL} (N, epoch seconds): when DynamoDB's TTL may remove the item; history versions and
   * deleted resources only.
   *
   * @return the expiry
   */
  public abstract Optional<Instant> ttl();

  /**
   * Whether this is a live current item: it carries the index keys and no deletion time.
   *
   * @return true for a live resource
   */
  public boolean isLive() {
    return typeSk().isPresent() && deletedAt().isEmpty();
  }

  /**
   * The resource the item holds. An attribute the previous releases left out reads as its default: the account
   * id for the account name, an empty name, and the item's {@link #timestamp()} for the first and last
   * observation.
   *
   * @return the resource
   * @throws io.github.awsinventory.model.InvalidResourceException when the item breaks {@link Resource}'s rules
   */
  public Resource toResource() {
    return Resource.builder()
        .resourceId(resourceId())
        .resourceType(resourceType())
        .accountId(accountId())
        .accountName(accountName().orElse(accountId()))
        .region(region())
        .department(department())
        .name(name().orElse(""))
        .state(state())
        .tags(tags())
        .attributes(attributes())
        .unknownAttributes(unknownAttributes())
        .createdAt(createdAt())
        .estimatedMonthlyCost(estimatedMonthlyCost())
        .costBasis(costBasis())
        .firstSeen(firstSeen().orElse(timestamp()))
        .lastSeen(lastSeen().orElse(timestamp()))
        .build();
  }

  /** Builds {@link ResourceItem}s; obtained from {@link ResourceItem#builder()}. */
  public static final class Builder extends ImmutableResourceItem.Builder {
    Builder() {}
  }
}
