package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.NumberKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;

/**
 * {@code dynamodb_table}: A DynamoDB table. Its attribute keys, through which collectors write and rules read, and
 * its {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class DynamoDbTable {

  /**
   * {@code billing_mode} (string): {@code PROVISIONED} or {@code PAY_PER_REQUEST} (a table without {@code
   * BillingModeSummary} is provisioned).
   */
  public static final AttributeKey<String> BILLING_MODE = AttributeKey.string("billing_mode",
      "`PROVISIONED` or `PAY_PER_REQUEST` (a table without `BillingModeSummary` is provisioned)");

  /** {@code read_capacity} (number): provisioned read capacity units of the table; provisioned tables only. */
  public static final NumberKey READ_CAPACITY = AttributeKey.number("read_capacity",
      "provisioned read capacity units of the table; provisioned tables only");

  /** {@code write_capacity} (number): provisioned write capacity units of the table; provisioned tables only. */
  public static final NumberKey WRITE_CAPACITY = AttributeKey.number("write_capacity",
      "provisioned write capacity units of the table; provisioned tables only");

  /**
   * {@code gsi_read_capacity} (number): sum of the read capacity of the global secondary indexes; provisioned tables
   * only.
   */
  public static final NumberKey GSI_READ_CAPACITY = AttributeKey.number("gsi_read_capacity",
      "sum of the read capacity of the global secondary indexes; provisioned tables only");

  /**
   * {@code gsi_write_capacity} (number): sum of the write capacity of the global secondary indexes; provisioned tables
   * only.
   */
  public static final NumberKey GSI_WRITE_CAPACITY = AttributeKey.number("gsi_write_capacity",
      "sum of the write capacity of the global secondary indexes; provisioned tables only");

  /** {@code global_secondary_indexes} (number): number of global secondary indexes. */
  public static final NumberKey GLOBAL_SECONDARY_INDEXES = AttributeKey.number("global_secondary_indexes",
      "number of global secondary indexes");

  /** {@code size_bytes} (number): table size (updated by AWS about every six hours). */
  public static final NumberKey SIZE_BYTES = AttributeKey.number("size_bytes",
      "table size (updated by AWS about every six hours)");

  /** {@code item_count} (number): item count (same refresh). */
  public static final NumberKey ITEM_COUNT = AttributeKey.number("item_count", "item count (same refresh)");

  /** {@code stream_enabled} (boolean): whether a DynamoDB stream is enabled. */
  public static final AttributeKey<Boolean> STREAM_ENABLED = AttributeKey.bool("stream_enabled",
      "whether a DynamoDB stream is enabled");

  /**
   * {@code sse_type} (string): {@code KMS} or {@code AES256}; absent for the default encryption with an AWS-owned key.
   */
  public static final AttributeKey<String> SSE_TYPE = AttributeKey.string("sse_type",
      "`KMS` or `AES256`; absent for the default encryption with an AWS-owned key");

  /**
   * {@code table_class} (string): {@code STANDARD} or {@code STANDARD_INFREQUENT_ACCESS} (a table without {@code
   * TableClassSummary} is {@code STANDARD}).
   */
  public static final AttributeKey<String> TABLE_CLASS = AttributeKey.string("table_class",
      "`STANDARD` or `STANDARD_INFREQUENT_ACCESS` (a table without `TableClassSummary` is `STANDARD`)");

  /** {@code deletion_protection} (boolean): whether deletion protection is on. */
  public static final AttributeKey<Boolean> DELETION_PROTECTION = AttributeKey.bool("deletion_protection",
      "whether deletion protection is on");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.DYNAMODB_TABLE)
      .description("A DynamoDB table")
      .service("dynamodb")
      .arnFormat("arn:<partition>:dynamodb:<region>:<account>:table/<name>")
      .attributes(BILLING_MODE, READ_CAPACITY, WRITE_CAPACITY, GSI_READ_CAPACITY, GSI_WRITE_CAPACITY,
          GLOBAL_SECONDARY_INDEXES, SIZE_BYTES, ITEM_COUNT, STREAM_ENABLED, SSE_TYPE, TABLE_CLASS,
          DELETION_PROTECTION)
      .iamActions("dynamodb:ListTables", "dynamodb:DescribeTable", "dynamodb:ListTagsOfResource")
      .costModel("provisioned capacity hours of the table and its indexes plus storage by table class; on-demand "
          + "tables price storage only",
          BILLING_MODE, TABLE_CLASS, READ_CAPACITY, WRITE_CAPACITY, GSI_READ_CAPACITY, GSI_WRITE_CAPACITY, SIZE_BYTES)
      .build();

  private DynamoDbTable() {}
}
