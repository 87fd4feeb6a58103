package io.github.awsinventory.model.table;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.StoreException;
import io.github.awsinventory.model.types.BroadTier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * When each scope (account × region × type) last completed, and in which run: the record that says every live
 * resource of the scope was seen then, so that an unchanged resource needs no write to stay current.
 *
 * <p>A completed scope marks deleted whatever it held and did not find, so a live resource of a scope that
 * completed at time T was seen at T. A resource's last sighting is therefore the later of its item's
 * {@code last_seen} (written when it was new or changed) and the completion of its scope —
 * {@link #lastSeen(Resource)}. A scope that failed does not move its coverage, so its resources age truthfully.
 *
 * <p>Stored as one item per account and region: {@code pk = COVERAGE}, {@code sk = <account_id>#<region>},
 * {@code scopes} = a map from scope type to {@code {seen_at, run_id}}. See {@code docs/TABLE_LAYOUT.md}.
 * Immutable; {@link #builder()} makes a changed copy.
 */
public final class ScopeCoverage {

  private static final ScopeCoverage EMPTY = new ScopeCoverage(Map.of());
  private static final String GLOBAL = Resource.GLOBAL_REGION;

  /** "account#region" to scope type name to sighting. */
  private final Map<String, Map<String, Sighting>> scopes;

  private ScopeCoverage(Map<String, Map<String, Sighting>> scopes) {
    this.scopes = scopes;
  }

  /**
   * When a scope completed, and the run that completed it.
   *
   * @param seenAt the observation time of the scope's completed collection
   * @param runId the run
   */
  public record Sighting(Instant seenAt, String runId) {}

  /**
   * No coverage: every resource's last sighting is its item's.
   *
   * @return the empty coverage
   */
  public static ScopeCoverage empty() {
    return EMPTY;
  }

  /**
   * A builder starting from nothing.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder(new HashMap<>());
  }

  /**
   * The query that reads the coverage of every account (one partition, paginated).
   *
   * @param table the table
   * @return the request
   */
  public static QueryRequest request(String table) {
    return QueryRequest.builder().tableName(table)
        .keyConditionExpression("#pk = :pk")
        .expressionAttributeNames(Map.of("#pk", TableLayout.PK))
        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(TableLayout.COVERAGE_PK)))
        .build();
  }

  /**
   * The query that reads the coverage of one account.
   *
   * @param table the table
   * @param accountId the account
   * @return the request
   */
  public static QueryRequest request(String table, String accountId) {
    return QueryRequest.builder().tableName(table)
        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :account)")
        .expressionAttributeNames(Map.of("#pk", TableLayout.PK, "#sk", TableLayout.SK))
        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(TableLayout.COVERAGE_PK),
            ":account", AttributeValue.fromS(accountId + TableLayout.SEPARATOR)))
        .build();
  }

  /**
   * Reads coverage records.
   *
   * @param items items a {@link #request} returned
   * @return their coverage
   * @throws StoreException when an item is not a coverage record
   */
  public static ScopeCoverage of(Iterable<Map<String, AttributeValue>> items) {
    Builder builder = builder();
    for (Map<String, AttributeValue> item : items) {
      String account = string(item, TableLayout.ACCOUNT_ID);
      String region = string(item, TableLayout.REGION);
      AttributeValue entries = item.get(TableLayout.SCOPES);
      if (entries == null || !entries.hasM()) {
        throw new StoreException("coverage item " + item.get(TableLayout.SK) + " has no map " + TableLayout.SCOPES);
      }
      entries.m().forEach((type, value) -> {
        if (value.hasM()) {
          Map<String, AttributeValue> entry = value.m();
          builder.put(account, region, ResourceType.of(type), new Sighting(
              Instant.parse(string(entry, TableLayout.SEEN_AT)), string(entry, TableLayout.RUN_ID)));
        }
      });
    }
    return builder.build();
  }

  /**
   * When a scope last completed.
   *
   * @param accountId the account
   * @param region the scope's region ({@code global} for a global type)
   * @param scopeType the scope's type
   * @return the sighting, empty when the scope never completed (or before coverage was recorded)
   */
  public Optional<Sighting> sighting(String accountId, String region, ResourceType scopeType) {
    Map<String, Sighting> byType = scopes.get(accountId + TableLayout.SEPARATOR + region);
    return byType == null ? Optional.empty() : Optional.ofNullable(byType.get(scopeType.name()));
  }

  /**
   * A live resource's last sighting: the later of its own {@link Resource#lastSeen()} and the completion of the
   * scope that holds it — its type's scope in its region, or the global scope for a global type (an S3 bucket
   * lives in its own region and is collected once per account); for the broad tier, the scope of its source.
   *
   * @param resource a live resource as stored
   * @return when it was last seen
   */
  public Instant lastSeen(Resource resource) {
    Instant own = resource.lastSeen();
    if (scopes.isEmpty()) {
      return own;
    }
    Optional<String> source = BroadTier.SOURCE.read(resource);
    Optional<Sighting> sighting;
    if (source.isPresent()) {
      // a broad scope holds the items of its own region only: regional ones, or those in "global"
      boolean tagging = BroadTier.TAGGING_API_SOURCE.equals(source.get());
      boolean global = GLOBAL.equals(resource.region());
      ResourceType scope = tagging ? (global ? BroadTier.TAGGING_API_GLOBAL : BroadTier.TAGGING_API)
          : (global ? BroadTier.AWS_CONFIG_GLOBAL : BroadTier.AWS_CONFIG);
      sighting = sighting(resource.accountId(), resource.region(), scope);
    } else {
      sighting = sighting(resource.accountId(), resource.region(), resource.resourceType())
          .or(() -> sighting(resource.accountId(), GLOBAL, resource.resourceType()));
    }
    return sighting.map(Sighting::seenAt).filter(own::isBefore).orElse(own);
  }

  /**
   * How many scopes have a sighting.
   *
   * @return a count
   */
  public int size() {
    return scopes.values().stream().mapToInt(Map::size).sum();
  }

  /**
   * The records of one account, one per region.
   *
   * @param accountId the account
   * @param regions the regions whose records to write
   * @param writtenAt the time of writing
   * @return the items
   */
  public List<Map<String, AttributeValue>> items(String accountId, Iterable<String> regions, Instant writtenAt) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    for (String region : regions) {
      Map<String, Sighting> byType = scopes.get(accountId + TableLayout.SEPARATOR + region);
      if (byType == null || byType.isEmpty()) {
        continue;
      }
      Map<String, AttributeValue> entries = new TreeMap<>();
      byType.forEach((type, s) -> entries.put(type, AttributeValue.fromM(Map.of(
          TableLayout.SEEN_AT, AttributeValue.fromS(TableLayout.timestamp(s.seenAt())),
          TableLayout.RUN_ID, AttributeValue.fromS(s.runId())))));
      Map<String, AttributeValue> item = new LinkedHashMap<>();
      item.put(TableLayout.PK, AttributeValue.fromS(TableLayout.COVERAGE_PK));
      item.put(TableLayout.SK, AttributeValue.fromS(accountId + TableLayout.SEPARATOR + region));
      item.put(TableLayout.ITEM_TYPE, AttributeValue.fromS(TableLayout.ITEM_COVERAGE));
      item.put(TableLayout.ACCOUNT_ID, AttributeValue.fromS(accountId));
      item.put(TableLayout.REGION, AttributeValue.fromS(region));
      item.put(TableLayout.TIMESTAMP, AttributeValue.fromS(TableLayout.timestamp(writtenAt)));
      item.put(TableLayout.SCOPES, AttributeValue.fromM(entries));
      items.add(Collections.unmodifiableMap(item));
    }
    return items;
  }

  private static String string(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    if (value == null || value.s() == null) {
      throw new StoreException("coverage item " + item.get(TableLayout.SK) + " has no string " + name);
    }
    return value.s();
  }

  /** Builds a coverage from another and new sightings; a later sighting of a scope replaces an earlier one. */
  public static final class Builder {
    private final Map<String, Map<String, Sighting>> scopes;

    private Builder(Map<String, Map<String, Sighting>> scopes) {
      this.scopes = scopes;
    }

    /**
     * Adds every sighting of another coverage.
     *
     * @param other the coverage
     * @return this builder
     */
    public Builder putAll(ScopeCoverage other) {
      other.scopes.forEach((key, byType) -> byType.forEach((type, s) -> put(key, type, s)));
      return this;
    }

    /**
     * Records that a scope completed.
     *
     * @param accountId the account
     * @param region the scope's region
     * @param scopeType the scope's type
     * @param sighting when, and in which run
     * @return this builder
     */
    public Builder put(String accountId, String region, ResourceType scopeType, Sighting sighting) {
      return put(accountId + TableLayout.SEPARATOR + region, scopeType.name(), sighting);
    }

    private Builder put(String key, String type, Sighting sighting) {
      scopes.computeIfAbsent(key, k -> new HashMap<>()).merge(type, sighting,
          (a, b) -> b.seenAt().isBefore(a.seenAt()) ? a : b);
      return this;
    }

    /**
     * Builds the coverage.
     *
     * @return the coverage
     */
    public ScopeCoverage build() {
      Map<String, Map<String, Sighting>> copy = new HashMap<>();
      scopes.forEach((key, byType) -> copy.put(key, Map.copyOf(byType)));
      return new ScopeCoverage(Map.copyOf(copy));
    }
  }
}
