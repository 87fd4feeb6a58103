package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.NumberKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.time.Instant;

/**
 * {@code sqs_queue}: An SQS queue. Its attribute keys, through which collectors write and rules read, and its
 * {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class SqsQueue {

  /** {@code queue_url} (string): the URL to send messages to. */
  public static final AttributeKey<String> QUEUE_URL = AttributeKey.string("queue_url",
      "the URL to send messages to");

  /** {@code fifo} (boolean): whether the queue is a FIFO queue. */
  public static final AttributeKey<Boolean> FIFO = AttributeKey.bool("fifo", "whether the queue is a FIFO queue");

  /** {@code encryption} (string): {@code sse-kms}, {@code sse-sqs} or {@code none}. */
  public static final AttributeKey<String> ENCRYPTION = AttributeKey.string("encryption",
      "server-side encryption at rest: `sse-kms` (a KMS key), `sse-sqs` (SQS managed keys) or `none`");

  /** {@code kms_master_key_id} (string): the KMS key of an {@code sse-kms} queue; absent otherwise. */
  public static final AttributeKey<String> KMS_MASTER_KEY_ID = AttributeKey.string("kms_master_key_id",
      "the KMS key (id, ARN or alias) of an `sse-kms` queue; absent otherwise");

  /** {@code visibility_timeout_seconds} (number): how long a received message stays invisible. */
  public static final NumberKey VISIBILITY_TIMEOUT_SECONDS = AttributeKey.number("visibility_timeout_seconds",
      "how long a received message stays invisible to other consumers");

  /** {@code message_retention_seconds} (number): how long a message is kept. */
  public static final NumberKey MESSAGE_RETENTION_SECONDS = AttributeKey.number("message_retention_seconds",
      "how long a message is kept (60 to 1,209,600 seconds)");

  /** {@code delay_seconds} (number): the queue's delivery delay. */
  public static final NumberKey DELAY_SECONDS = AttributeKey.number("delay_seconds", "the queue's delivery delay");

  /** {@code dead_letter_queue} (boolean): whether a redrive policy sends failed messages to a dead-letter queue. */
  public static final AttributeKey<Boolean> DEAD_LETTER_QUEUE = AttributeKey.bool("dead_letter_queue",
      "whether a redrive policy sends failed messages to a dead-letter queue");

  /** {@code dead_letter_target_arn} (string): the dead-letter queue's ARN; absent without a redrive policy. */
  public static final AttributeKey<String> DEAD_LETTER_TARGET_ARN = AttributeKey.string("dead_letter_target_arn",
      "the ARN of the dead-letter queue of the redrive policy; absent without one");

  /**
   * {@code open_to_everyone} (boolean): whether the queue policy has a statement that allows the principal
   * {@code *} without a condition.
   */
  public static final AttributeKey<Boolean> OPEN_TO_EVERYONE = AttributeKey.bool("open_to_everyone",
      "whether the queue policy has an `Allow` statement for the principal `*` (or `{\"AWS\": \"*\"}`) without "
      + "a `Condition`; `false` without a policy");

  /** {@code created_timestamp} (time): when the queue was created. */
  public static final AttributeKey<Instant> CREATED_TIMESTAMP = AttributeKey.time("created_timestamp",
      "when the queue was created");

  /** {@code visible_messages} (number): the approximate number of messages available to receive. */
  public static final NumberKey VISIBLE_MESSAGES = AttributeKey.number("visible_messages",
      "the approximate number of messages available to receive (`ApproximateNumberOfMessages`) when collected");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.SQS_QUEUE)
      .description("An SQS queue")
      .service("sqs")
      .arnFormat("arn:<partition>:sqs:<region>:<account>:<queue name>")
      .attributes(QUEUE_URL, FIFO, ENCRYPTION, KMS_MASTER_KEY_ID, VISIBILITY_TIMEOUT_SECONDS,
          MESSAGE_RETENTION_SECONDS, DELAY_SECONDS, DEAD_LETTER_QUEUE, DEAD_LETTER_TARGET_ARN, OPEN_TO_EVERYONE,
          CREATED_TIMESTAMP, VISIBLE_MESSAGES)
      .iamActions("sqs:ListQueues", "sqs:GetQueueAttributes", "sqs:ListQueueTags")
      .costModel("unknown: billed by requests, not per queue")
      .build();

  private SqsQueue() {}
}
