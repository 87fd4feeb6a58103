package io.github.awsinventory.model.table;

import io.github.awsinventory.model.InvalidResourceException;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.StoreException;
import io.github.awsinventory.model.table.internal.ItemSize;
import io.github.awsinventory.model.table.internal.JsonMapConverter;
import io.github.awsinventory.model.table.internal.ItemSchemas;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns {@link Resource}s into table items and back, through the table schemas of {@link ResourceItem}
 * that {@link InventoryTables} reads and writes with.
 *
 * <p>Numbers keep at most 38 significant digits (DynamoDB's precision; more are rounded half-even) and
 * must lie within DynamoDB's range (magnitude 1E-130 to below 1E+126), else the resource is rejected
 * with an {@link InvalidResourceException}. An item over DynamoDB's 400 KB limit is trimmed by
 * {@link #fit(Resource)}: whole entries of {@code attributes} are removed, largest first, and named in
 * {@code truncated_attributes} and {@code unknown_attributes} until the item fits; a resource that does
 * not fit even without attributes is rejected.
 */
public final class ResourceCodec {

  /** DynamoDB's item size limit. */
  public static final long MAX_ITEM_BYTES = 400L * 1024;

  /** Headroom kept under the limit for the attributes a writer adds after encoding. */
  private static final long FIT_BYTES = MAX_ITEM_BYTES - 1024;

  private static final MathContext DYNAMODB_PRECISION = new MathContext(38, RoundingMode.HALF_EVEN);
  private static final BigDecimal MIN_MAGNITUDE = new BigDecimal("1E-130");
  private static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1E+126");

  private ResourceCodec() {}

  /**
   * The current item of a live resource: {@code sk = METADATA#LATEST}, with the three index keys.
   *
   * @param resource the resource (trimmed by {@link #fit} if needed)
   * @return the item
   * @throws InvalidResourceException when the resource cannot be stored
   */
  public static Map<String, AttributeValue> currentItem(Resource resource) {
    Resource rounded = roundNumbers(resource);
    Map<String, AttributeValue> item = ItemSchemas.CURRENT.itemToMap(liveItem(rounded, resource), true);
    if (ItemSize.of(item) <= FIT_BYTES) {
      return item;
    }
    return ItemSchemas.CURRENT.itemToMap(liveItem(fit(resource), resource), true);
  }

  /**
   * The history version of a resource whose current item is already encoded: the same attributes, with
   * the version's sort key, {@code item_type}, {@code timestamp} and expiry, and without index keys: the item
   * {@link #historyItem(Resource, Instant, Instant)} writes, derived without encoding the attributes again.
   *
   * @param currentItem an item from {@link #currentItem(Resource)}
   * @param version the version's time
   * @param expiresAt when DynamoDB's TTL may remove it
   * @return the item
   */
  public static Map<String, AttributeValue> historyItem(Map<String, AttributeValue> currentItem, Instant version,
      Instant expiresAt) {
    Map<String, AttributeValue> item = new LinkedHashMap<>(currentItem);
    item.remove(TableLayout.TYPE_SK);
    item.remove(TableLayout.DEPARTMENT_SK);
    item.remove(TableLayout.ACCOUNT_SK);
    item.put(TableLayout.SK, AttributeValue.fromS(TableLayout.historySk(version)));
    item.put(TableLayout.ITEM_TYPE, AttributeValue.fromS(TableLayout.ITEM_HISTORY));
    item.put(TableLayout.TIMESTAMP, AttributeValue.fromS(TableLayout.timestamp(version)));
    item.put(TableLayout.TTL, AttributeValue.fromN(Long.toString(expiresAt.getEpochSecond())));
    return item;
  }

  /**
   * A history version: {@code sk = METADATA#<version>}, without index keys, expiring at {@code expiresAt}.
   *
   * @param resource the resource as it was at that version
   * @param version the version's time
   * @param expiresAt when DynamoDB's TTL may remove it
   * @return the item
   */
  public static Map<String, AttributeValue> historyItem(Resource resource, Instant version, Instant expiresAt) {
    Resource fitted = fit(resource);
    ResourceItem item = base(fitted, TableLayout.historySk(version), TableLayout.ITEM_HISTORY, version, resource)
        .ttl(expiresAt)
        .build();
    return ItemSchemas.HISTORY.itemToMap(item, true);
  }

  /**
   * The current item of a resource found deleted: its last known state, {@code deleted_at}, no index keys
   * (so it leaves every index) and an expiry.
   *
   * @param resource the resource as last seen
   * @param deletedAt when it was found gone
   * @param expiresAt when DynamoDB's TTL may remove it
   * @return the item
   */
  public static Map<String, AttributeValue> deletedItem(Resource resource, Instant deletedAt, Instant expiresAt) {
    Resource fitted = fit(resource);
    ResourceItem item = base(fitted, TableLayout.LATEST_SK, TableLayout.ITEM_RESOURCE, deletedAt, resource)
        .deletedAt(deletedAt)
        .ttl(expiresAt)
        .build();
    return ItemSchemas.CURRENT.itemToMap(item, true);
  }

  /**
   * Reads a resource from a current, history or deleted item.
   *
   * @param item the item
   * @return the resource
   * @throws StoreException when the item is not a resource item
   */
  public static Resource fromItem(Map<String, AttributeValue> item) {
    ResourceItem stored;
    try {
      stored = ItemSchemas.CURRENT.mapToItem(item);
    } catch (RuntimeException e) {
      throw new StoreException("the item with pk " + pk(item) + " is not an inventory resource item: "
          + Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName())
          + "; check that the table is an inventory table and that nothing else writes to it", e);
    }
    return stored.toResource();
  }

  /**
   * Whether an item is a live current resource (it carries the index keys).
   *
   * @param item an item
   * @return true for a live resource
   */
  public static boolean isLive(Map<String, AttributeValue> item) {
    return item.containsKey(TableLayout.TYPE_SK) && !item.containsKey(TableLayout.DELETED_AT);
  }

  /**
   * When an item's resource was found deleted.
   *
   * @param item a current item
   * @return the deletion time, empty for a live resource
   */
  public static Optional<Instant> deletedAt(Map<String, AttributeValue> item) {
    return Optional.ofNullable(item.get(TableLayout.DELETED_AT)).map(AttributeValue::s).map(Instant::parse);
  }

  /**
   * The content hash stored in an item.
   *
   * @param item an item
   * @return the hash, if stored
   */
  public static Optional<String> contentHash(Map<String, AttributeValue> item) {
    return Optional.ofNullable(item.get(TableLayout.CONTENT_HASH)).map(AttributeValue::s);
  }

  /**
   * Makes a resource storable: rounds numbers to DynamoDB's 38 digits, and trims attributes (largest
   * first, each named as unknown) until its item fits under 400 KB. Returns the resource itself when
   * nothing needed changing.
   *
   * @param resource the resource
   * @return a storable resource
   * @throws InvalidResourceException when a number is outside DynamoDB's range, or the item does not fit
   *     even without attributes
   */
  public static Resource fit(Resource resource) {
    Resource candidate = roundNumbers(resource);
    if (liveItemSize(candidate, resource) <= FIT_BYTES) {
      return candidate;
    }
    List<Map.Entry<String, Long>> bySize = new ArrayList<>();
    candidate.attributes().forEach((key, value) ->
        bySize.add(Map.entry(key, ItemSize.of(JsonMapConverter.toAttributeValue(value)))));
    bySize.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey()));
    Map<String, Object> kept = new LinkedHashMap<>(candidate.attributes());
    TreeSet<String> unknown = new TreeSet<>(candidate.unknownAttributes());
    for (Map.Entry<String, Long> largest : bySize) {
      kept.remove(largest.getKey());
      unknown.add(largest.getKey());
      candidate = candidate.toBuilder().attributes(kept).unknownAttributes(unknown).build();
      if (liveItemSize(candidate, resource) <= FIT_BYTES) {
        return candidate;
      }
    }
    throw new InvalidResourceException(resource.resourceId(), "its item is " + liveItemSize(candidate, resource)
        + " bytes even without attributes, over DynamoDB's 400 KB item limit (" + MAX_ITEM_BYTES
        + " bytes); its tags or name are too large to store");
  }

  private static long liveItemSize(Resource resource, Resource original) {
    return ItemSize.of(ItemSchemas.CURRENT.itemToMap(liveItem(resource, original), true));
  }

  private static ResourceItem liveItem(Resource r, Resource original) {
    return base(r, TableLayout.LATEST_SK, TableLayout.ITEM_RESOURCE, r.lastSeen(), original)
        .typeSk(TableLayout.typeSortKey(r.accountId(), r.region(), r.resourceId()))
        .departmentSk(TableLayout.departmentSortKey(r.resourceType(), r.accountId(), r.region(), r.resourceId()))
        .accountSk(TableLayout.accountSortKey(r.resourceType(), r.region(), r.resourceId()))
        .build();
  }

  private static ResourceItem.Builder base(Resource r, String sk, String itemType, Instant timestamp,
      Resource original) {
    List<String> truncated = new ArrayList<>();
    for (String key : r.unknownAttributes()) {
      if (original.attributes().containsKey(key)) {
        truncated.add(key);
      }
    }
    checkNumber(r, "estimated_monthly_cost", r.estimatedMonthlyCost().orElse(null));
    return ResourceItem.builder()
        .pk(TableLayout.resourcePk(r.resourceId()))
        .sk(sk)
        .itemType(itemType)
        .resourceId(r.resourceId())
        .resourceType(r.resourceType())
        .accountId(r.accountId())
        .accountName(r.accountName())
        .region(r.region())
        .department(r.department())
        .timestamp(timestamp)
        .name(r.name())
        .state(r.state())
        .tags(r.tags())
        .attributes(r.attributes())
        .unknownAttributes(r.unknownAttributes())
        .truncatedAttributes(truncated)
        .createdAt(r.createdAt())
        .estimatedMonthlyCost(r.estimatedMonthlyCost())
        .costBasis(r.costBasis())
        .firstSeen(r.firstSeen())
        .lastSeen(r.lastSeen())
        .contentHash(r.contentHash());
  }

  private static Resource roundNumbers(Resource resource) {
    boolean[] changed = {false};
    Map<String, Object> attributes = new LinkedHashMap<>();
    resource.attributes().forEach((k, v) -> attributes.put(k, round(resource, "attributes." + k, v, changed)));
    Optional<BigDecimal> cost = resource.estimatedMonthlyCost()
        .map(c -> (BigDecimal) round(resource, "estimated_monthly_cost", c, changed));
    if (!changed[0]) {
      return resource;
    }
    return resource.toBuilder().attributes(attributes).estimatedMonthlyCost(cost).build();
  }

  private static Object round(Resource resource, String path, Object value, boolean[] changed) {
    if (value instanceof BigDecimal) {
      BigDecimal number = (BigDecimal) value;
      checkNumber(resource, path, number);
      if (number.stripTrailingZeros().precision() > 38) {
        changed[0] = true;
        return number.round(DYNAMODB_PRECISION);
      }
      return number;
    }
    if (value instanceof Map<?, ?>) {
      Map<String, Object> map = new LinkedHashMap<>();
      ((Map<?, ?>) value).forEach((k, v) -> map.put((String) k, round(resource, path + "." + k, v, changed)));
      return map;
    }
    if (value instanceof List<?>) {
      List<Object> list = new ArrayList<>();
      int i = 0;
      for (Object element : (List<?>) value) {
        list.add(round(resource, path + "[" + i++ + "]", element, changed));
      }
      return list;
    }
    return value;
  }

  private static void checkNumber(Resource resource, String path, BigDecimal number) {
    if (number == null || number.signum() == 0) {
      return;
    }
    BigDecimal magnitude = number.abs().round(DYNAMODB_PRECISION);
    if (magnitude.compareTo(MIN_MAGNITUDE) < 0 || magnitude.compareTo(MAX_MAGNITUDE) >= 0) {
      throw new InvalidResourceException(resource.resourceId(), path + " = " + number
          + " is outside DynamoDB's number range (magnitude 1E-130 to below 1E+126); store it as a string");
    }
  }

  private static String pk(Map<String, AttributeValue> item) {
    AttributeValue pk = item.get(TableLayout.PK);
    return pk == null ? "(none)" : pk.s();
  }
}
