package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.NumberKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.time.Instant;

/**
 * {@code cloudwatch_log_group}: A CloudWatch Logs log group. Its attribute keys, through which collectors write and
 * rules read, and its {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class CloudWatchLogGroup {

  /** {@code retention_in_days} (number): how long events are kept; absent when they never expire. */
  public static final NumberKey RETENTION_IN_DAYS = AttributeKey.number("retention_in_days",
      "how long events are kept; absent when they never expire");

  /** {@code never_expires} (boolean): {@code true} when the group has no retention setting, else {@code false}. */
  public static final AttributeKey<Boolean> NEVER_EXPIRES = AttributeKey.bool("never_expires",
      "`true` when the group has no retention setting (events are kept forever), else `false`");

  /** {@code stored_bytes} (number): bytes stored, as last reported by CloudWatch Logs. */
  public static final NumberKey STORED_BYTES = AttributeKey.number("stored_bytes",
      "bytes stored, as last reported by CloudWatch Logs");

  /** {@code kms_key_id} (string): the KMS key that encrypts the group's events; absent when none is associated. */
  public static final AttributeKey<String> KMS_KEY_ID = AttributeKey.string("kms_key_id",
      "the KMS key that encrypts the group's events; absent when none is associated");

  /** {@code log_group_class} (string): {@code STANDARD}, {@code INFREQUENT_ACCESS} or {@code DELIVERY}. */
  public static final AttributeKey<String> LOG_GROUP_CLASS = AttributeKey.string("log_group_class",
      "`STANDARD`, `INFREQUENT_ACCESS` or `DELIVERY`, when CloudWatch Logs reports it");

  /** {@code creation_time} (time): when the group was created. */
  public static final AttributeKey<Instant> CREATION_TIME = AttributeKey.time("creation_time",
      "when the group was created");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.CLOUDWATCH_LOG_GROUP)
      .description("A CloudWatch Logs log group")
      .service("logs")
      .arnFormat("arn:<partition>:logs:<region>:<account>:log-group:<name>")
      .attributes(RETENTION_IN_DAYS, NEVER_EXPIRES, STORED_BYTES, KMS_KEY_ID, LOG_GROUP_CLASS, CREATION_TIME)
      .iamActions("logs:DescribeLogGroups", "logs:ListTagsForResource")
      .costModel("stored GB-months of the Standard log class (ingestion and queries are not priced; other classes "
          + "are unknown)", STORED_BYTES, LOG_GROUP_CLASS)
      .build();

  private CloudWatchLogGroup() {}
}
