package io.github.awsinventory.model.table;

import io.github.awsinventory.model.ResourceType;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Names of the table's keys, attributes and indexes, and the formats of its keys. See
 * {@code docs/TABLE_LAYOUT.md}.
 *
 * <p>Item kinds, by key:
 * <ul>
 *   <li>current resource: {@code pk = RESOURCE#<resource_id>}, {@code sk = METADATA#LATEST};
 *   <li>history version: same {@code pk}, {@code sk = METADATA#<timestamp>}, one per changed version;
 *   <li>deletion record: {@code pk = DELETED#<yyyy-MM>}, {@code sk = <deleted_at>#<resource_id>};
 *   <li>collection run: {@code pk = RUN#<run_id>}, {@code sk = RUN} (summary) or
 *       {@code SCOPE#<account>#<region>#<type>}; and an index entry {@code pk = RUNS},
 *       {@code sk = <started_at>#<run_id>}.
 * </ul>
 *
 * <p>The three global secondary indexes are sparse: only live current items carry their sort keys
 * ({@link #TYPE_SK}, {@link #DEPARTMENT_SK}, {@link #ACCOUNT_SK}), so a query on an index returns each
 * live resource exactly once — never a history version, a deleted resource or a run record.
 */
public final class TableLayout {

  private TableLayout() {}

  /** The table name used when none is given. */
  public static final String DEFAULT_TABLE_NAME = "aws-inventory";

  /** Partition key (S). */
  public static final String PK = "pk";
  /** Sort key (S). */
  public static final String SK = "sk";

  /** Index on {@link #RESOURCE_TYPE} (hash) and {@link #TYPE_SK} (range). */
  public static final String RESOURCE_TYPE_INDEX = "resource-type-index";
  /** Index on {@link #DEPARTMENT} (hash) and {@link #DEPARTMENT_SK} (range). */
  public static final String DEPARTMENT_INDEX = "department-index";
  /** Index on {@link #ACCOUNT_ID} (hash) and {@link #ACCOUNT_SK} (range). */
  public static final String ACCOUNT_INDEX = "account-index";
  /** The three indexes, in a stable order. */
  public static final List<String> INDEXES = List.of(RESOURCE_TYPE_INDEX, DEPARTMENT_INDEX, ACCOUNT_INDEX);

  /** Item kind: {@code resource}, {@code history}, {@code deletion}, {@code run}, {@code run_scope}, {@code run_index}. */
  public static final String ITEM_TYPE = "item_type";
  /** The resource's ARN. */
  public static final String RESOURCE_ID = "resource_id";
  /** The resource type name; hash key of {@link #RESOURCE_TYPE_INDEX}. */
  public static final String RESOURCE_TYPE = "resource_type";
  /** The owning account; hash key of {@link #ACCOUNT_INDEX}. */
  public static final String ACCOUNT_ID = "account_id";
  /** The account's name. */
  public static final String ACCOUNT_NAME = "account_name";
  /** The region ({@code global} for IAM). */
  public static final String REGION = "region";
  /** The department; hash key of {@link #DEPARTMENT_INDEX}. */
  public static final String DEPARTMENT = "department";
  /** When this item was written (ISO-8601 UTC); for history, the version's time. */
  public static final String TIMESTAMP = "timestamp";
  /** The resource's name. */
  public static final String NAME = "name";
  /** The resource's state. */
  public static final String STATE = "state";
  /** Tags (M of S). */
  public static final String TAGS = "tags";
  /** Type-specific attributes (M). */
  public static final String ATTRIBUTES = "attributes";
  /** Attributes whose value could not be determined (L of S); absent when none. */
  public static final String UNKNOWN_ATTRIBUTES = "unknown_attributes";
  /** Attributes removed to keep the item under 400 KB (L of S); absent when none. */
  public static final String TRUNCATED_ATTRIBUTES = "truncated_attributes";
  /** When AWS says the resource was created (ISO-8601 UTC). */
  public static final String CREATED_AT = "created_at";
  /** Estimated monthly cost in USD (N); absent when unknown. */
  public static final String ESTIMATED_MONTHLY_COST = "estimated_monthly_cost";
  /** How the cost was estimated, or why it is unknown. */
  public static final String COST_BASIS = "cost_basis";
  /** First observation (ISO-8601 UTC). */
  public static final String FIRST_SEEN = "first_seen";
  /** Last observation (ISO-8601 UTC). */
  public static final String LAST_SEEN = "last_seen";
  /** Hash of the version's content. */
  public static final String CONTENT_HASH = "content_hash";
  /** Range key of {@link #RESOURCE_TYPE_INDEX}: {@code <account_id>#<region>#<resource_id>}; live items only. */
  public static final String TYPE_SK = "type_sk";
  /** Range key of {@link #DEPARTMENT_INDEX}: {@code <resource_type>#<account_id>#<region>#<resource_id>}; live items only. */
  public static final String DEPARTMENT_SK = "department_sk";
  /** Range key of {@link #ACCOUNT_INDEX}: {@code <resource_type>#<region>#<resource_id>}; live items only. */
  public static final String ACCOUNT_SK = "account_sk";
  /** When the resource was found deleted (ISO-8601 UTC). */
  public static final String DELETED_AT = "deleted_at";
  /** The collection run that wrote the item. */
  public static final String RUN_ID = "run_id";
  /** Expiry time (N, epoch seconds) for DynamoDB's TTL. */
  public static final String TTL = "ttl";

  /** {@link #ITEM_TYPE} of a current resource item. */
  public static final String ITEM_RESOURCE = "resource";
  /** {@link #ITEM_TYPE} of a history version. */
  public static final String ITEM_HISTORY = "history";
  /** {@link #ITEM_TYPE} of a deletion record. */
  public static final String ITEM_DELETION = "deletion";
  /** {@link #ITEM_TYPE} of a run summary. */
  public static final String ITEM_RUN = "run";
  /** {@link #ITEM_TYPE} of a run's scope result. */
  public static final String ITEM_RUN_SCOPE = "run_scope";
  /** {@link #ITEM_TYPE} of a run's entry in the list of runs. */
  public static final String ITEM_RUN_INDEX = "run_index";
  /** {@link #ITEM_TYPE} of an account and region's coverage record. */
  public static final String ITEM_COVERAGE = "coverage";
  /** Attribute of a coverage record: scope type to when that scope last completed, and in which run. */
  public static final String SCOPES = "scopes";
  /** Attribute inside a coverage record's scope entry: the observation time of the completed collection. */
  public static final String SEEN_AT = "seen_at";

  /** Prefix of a resource's partition key. */
  public static final String RESOURCE_PREFIX = "RESOURCE#";
  /** Prefix of every resource sort key. */
  public static final String METADATA_PREFIX = "METADATA#";
  /** Sort key of a resource's current item. */
  public static final String LATEST_SK = METADATA_PREFIX + "LATEST";
  /** Prefix of a deletion record's partition key (followed by {@code yyyy-MM}). */
  public static final String DELETED_PREFIX = "DELETED#";
  /** Prefix of a run's partition key. */
  public static final String RUN_PREFIX = "RUN#";
  /** Sort key of a run's summary item. */
  public static final String RUN_SUMMARY_SK = "RUN";
  /** Prefix of a run's scope items. */
  public static final String SCOPE_PREFIX = "SCOPE#";
  /** Partition key of the list of runs. */
  public static final String RUNS_PK = "RUNS";
  /** Partition key of the coverage records (sort key {@code <account_id>#<region>}). */
  public static final String COVERAGE_PK = "COVERAGE";
  /** Separator inside composite keys. */
  public static final String SEPARATOR = "#";

  private static final DateTimeFormatter TIMESTAMP_FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  /**
   * Formats a time as stored in the table: ISO-8601 UTC with exactly three fraction digits, so that
   * text order is time order.
   *
   * @param time the time
   * @return e.g. {@code 2026-11-25T15:40:30.123Z}
   */
  public static String timestamp(Instant time) {
    return TIMESTAMP_FORMAT.format(time);
  }

  /**
   * The partition key of a resource.
   *
   * @param resourceId the resource's ARN
   * @return {@code RESOURCE#<resource_id>}
   */
  public static String resourcePk(String resourceId) {
    return RESOURCE_PREFIX + resourceId;
  }

  /**
   * The sort key of a history version.
   *
   * @param version the version's time
   * @return {@code METADATA#<timestamp>}
   */
  public static String historySk(Instant version) {
    return METADATA_PREFIX + timestamp(version);
  }

  /**
   * The range key of a live resource in {@link #RESOURCE_TYPE_INDEX}.
   *
   * @param accountId the account
   * @param region the region
   * @param resourceId the ARN
   * @return {@code <account_id>#<region>#<resource_id>}
   */
  public static String typeSortKey(String accountId, String region, String resourceId) {
    return accountId + SEPARATOR + region + SEPARATOR + resourceId;
  }

  /**
   * The range key of a live resource in {@link #DEPARTMENT_INDEX}.
   *
   * @param type the type
   * @param accountId the account
   * @param region the region
   * @param resourceId the ARN
   * @return {@code <resource_type>#<account_id>#<region>#<resource_id>}
   */
  public static String departmentSortKey(ResourceType type, String accountId, String region, String resourceId) {
    return type.name() + SEPARATOR + accountId + SEPARATOR + region + SEPARATOR + resourceId;
  }

  /**
   * The range key of a live resource in {@link #ACCOUNT_INDEX}.
   *
   * @param type the type
   * @param region the region
   * @param resourceId the ARN
   * @return {@code <resource_type>#<region>#<resource_id>}
   */
  public static String accountSortKey(ResourceType type, String region, String resourceId) {
    return type.name() + SEPARATOR + region + SEPARATOR + resourceId;
  }

  /**
   * The prefix that selects one type (and optionally one region) in {@link #ACCOUNT_INDEX} or one type in
   * {@link #DEPARTMENT_INDEX}: use with {@code begins_with}.
   *
   * @param type the type
   * @return {@code <resource_type>#}
   */
  public static String typePrefix(ResourceType type) {
    return type.name() + SEPARATOR;
  }

  /**
   * The partition key of the deletion records of one month.
   *
   * @param month the month the resources were found deleted
   * @return {@code DELETED#<yyyy-MM>}
   */
  public static String deletedPk(YearMonth month) {
    return DELETED_PREFIX + month;
  }

  /**
   * The partition key of a collection run.
   *
   * @param runId the run id
   * @return {@code RUN#<run_id>}
   */
  public static String runPk(String runId) {
    return RUN_PREFIX + runId;
  }

  /**
   * The sort key of one scope's result in a run.
   *
   * @param accountId the account
   * @param region the region, or {@code global}
   * @param type the type
   * @return {@code SCOPE#<account>#<region>#<type>}
   */
  public static String scopeSk(String accountId, String region, ResourceType type) {
    return SCOPE_PREFIX + accountId + SEPARATOR + region + SEPARATOR + type.name();
  }
}
