package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.NumberKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.time.Instant;

/**
 * {@code kinesis_stream}: A Kinesis data stream. Its attribute keys, through which collectors write and rules read,
 * and its {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class KinesisStream {

  /** {@code stream_status} (string): {@code CREATING}, {@code DELETING}, {@code ACTIVE} or {@code UPDATING}. */
  public static final AttributeKey<String> STREAM_STATUS = AttributeKey.string("stream_status",
      "`CREATING`, `DELETING`, `ACTIVE` or `UPDATING`");

  /** {@code stream_mode} (string): {@code PROVISIONED} or {@code ON_DEMAND}. */
  public static final AttributeKey<String> STREAM_MODE = AttributeKey.string("stream_mode",
      "capacity mode: `PROVISIONED` (billed per shard) or `ON_DEMAND` (billed per stream and by data)");

  /** {@code open_shard_count} (number): the stream's open shards. */
  public static final NumberKey OPEN_SHARD_COUNT = AttributeKey.number("open_shard_count",
      "the stream's open shards");

  /** {@code encryption_type} (string): {@code NONE} or {@code KMS}. */
  public static final AttributeKey<String> ENCRYPTION_TYPE = AttributeKey.string("encryption_type",
      "server-side encryption of the records at rest: `KMS` or `NONE`");

  /** {@code key_id} (string): the KMS key of a {@code KMS} encrypted stream; absent otherwise. */
  public static final AttributeKey<String> KEY_ID = AttributeKey.string("key_id",
      "the KMS key (id, ARN or alias, such as `alias/aws/kinesis`) of a `KMS` encrypted stream; absent otherwise");

  /** {@code retention_period_hours} (number): how long records are kept. */
  public static final NumberKey RETENTION_PERIOD_HOURS = AttributeKey.number("retention_period_hours",
      "how long records are kept (24 to 8760 hours)");

  /** {@code consumer_count} (number): registered enhanced fan-out consumers. */
  public static final NumberKey CONSUMER_COUNT = AttributeKey.number("consumer_count",
      "registered enhanced fan-out consumers, when Kinesis reports them");

  /** {@code stream_creation_timestamp} (time): when the stream was created. */
  public static final AttributeKey<Instant> STREAM_CREATION_TIMESTAMP = AttributeKey.time(
      "stream_creation_timestamp", "when the stream was created");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.KINESIS_STREAM)
      .description("A Kinesis data stream")
      .service("kinesis")
      .arnFormat("arn:<partition>:kinesis:<region>:<account>:stream/<name>")
      .attributes(STREAM_STATUS, STREAM_MODE, OPEN_SHARD_COUNT, ENCRYPTION_TYPE, KEY_ID, RETENTION_PERIOD_HOURS,
          CONSUMER_COUNT, STREAM_CREATION_TIMESTAMP)
      .iamActions("kinesis:ListStreams", "kinesis:DescribeStreamSummary", "kinesis:ListTagsForStream")
      .costModel("provisioned: open shard hours; on-demand: stream hours (data ingested and retrieved, PUT payload "
          + "units, extended retention and enhanced fan-out are not priced)", STREAM_MODE, OPEN_SHARD_COUNT)
      .build();

  private KinesisStream() {}
}
