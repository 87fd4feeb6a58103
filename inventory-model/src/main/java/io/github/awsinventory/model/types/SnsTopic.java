package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.NumberKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;

/**
 * {@code sns_topic}: An SNS topic. Its attribute keys, through which collectors write and rules read, and its
 * {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class SnsTopic {

  /** {@code display_name} (string): the topic's display name; absent when empty. */
  public static final AttributeKey<String> DISPLAY_NAME = AttributeKey.string("display_name",
      "the display name (used as the sender of SMS and email messages); absent when empty");

  /** {@code fifo} (boolean): whether the topic is a FIFO topic. */
  public static final AttributeKey<Boolean> FIFO = AttributeKey.bool("fifo", "whether the topic is a FIFO topic");

  /** {@code encrypted} (boolean): whether a KMS key encrypts the topic's messages at rest. */
  public static final AttributeKey<Boolean> ENCRYPTED = AttributeKey.bool("encrypted",
      "whether a KMS key encrypts the topic's messages at rest (server-side encryption)");

  /** {@code kms_master_key_id} (string): the KMS key of an encrypted topic; absent otherwise. */
  public static final AttributeKey<String> KMS_MASTER_KEY_ID = AttributeKey.string("kms_master_key_id",
      "the KMS key (id, ARN or alias) of an encrypted topic; absent otherwise");

  /**
   * {@code open_to_everyone} (boolean): whether the topic policy has a statement that allows the principal
   * {@code *} without a condition.
   */
  public static final AttributeKey<Boolean> OPEN_TO_EVERYONE = AttributeKey.bool("open_to_everyone",
      "whether the topic policy has an `Allow` statement for the principal `*` (or `{\"AWS\": \"*\"}`) without "
      + "a `Condition`");

  /** {@code subscriptions_confirmed} (number): subscriptions that are confirmed. */
  public static final NumberKey SUBSCRIPTIONS_CONFIRMED = AttributeKey.number("subscriptions_confirmed",
      "subscriptions of the topic that are confirmed");

  /** {@code subscriptions_pending} (number): subscriptions waiting for confirmation. */
  public static final NumberKey SUBSCRIPTIONS_PENDING = AttributeKey.number("subscriptions_pending",
      "subscriptions of the topic waiting for their endpoint to confirm them");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.SNS_TOPIC)
      .description("An SNS topic")
      .service("sns")
      .arnFormat("arn:<partition>:sns:<region>:<account>:<topic name>")
      .attributes(DISPLAY_NAME, FIFO, ENCRYPTED, KMS_MASTER_KEY_ID, OPEN_TO_EVERYONE, SUBSCRIPTIONS_CONFIRMED,
          SUBSCRIPTIONS_PENDING)
      .iamActions("sns:ListTopics", "sns:GetTopicAttributes", "sns:ListSubscriptionsByTopic",
          "sns:ListTagsForResource")
      .costModel("unknown: billed by requests and deliveries, not per topic")
      .build();

  private SnsTopic() {}
}
