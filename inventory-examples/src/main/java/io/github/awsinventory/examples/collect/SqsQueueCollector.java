package io.github.awsinventory.examples.collect;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.DetailStep.Detail;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.NumberKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/**
 * A custom resource type, {@code sqs_queue}: every SQS queue of a scope with its configuration. Registered
 * in {@code META-INF/services/io.github.awsinventory.collector.spi.ResourceCollector}, so every collector on
 * a class path with this class collects queues as well as the built-in types.
 *
 * <p>Its attributes are the keys below; rules read them through the same keys.
 *
 * <p>Message counts ({@code ApproximateNumberOfMessages}) are left out on purpose: they change all the time,
 * and every change would make the collector write a new history version of the queue on every run.
 *
 * <p>Written against the second collector SPI ({@link ItemCollector}): the type is described once in the
 * catalogue ({@link #DESCRIPTOR}), ListQueues lists the scope, and two detail steps per queue —
 * {@code GetQueueAttributes} and {@code ListQueueTags} — run concurrently with the other queues' under the account's
 * limits. When {@code GetQueueAttributes} fails (access denied, throttled beyond retries), the queue is kept and
 * its attributes are recorded as unknown; when {@code ListQueueTags} fails, its tags are. A queue deleted between
 * the list and a detail call is left out. A failing {@code ListQueues} fails the scope.
 */
public final class SqsQueueCollector implements ItemCollector<String> {

  /** The type this collector produces. */
  public static final ResourceType SQS_QUEUE = ResourceType.of("sqs_queue");

  /** {@code queue_url}: the URL to send messages to. */
  public static final AttributeKey<String> QUEUE_URL = AttributeKey.string("queue_url", "the URL to send messages to");
  /** {@code fifo}: a FIFO queue. */
  public static final AttributeKey<Boolean> FIFO = AttributeKey.bool("fifo", "a FIFO queue");
  /** {@code encryption}: {@code sse-kms}, {@code sse-sqs} or {@code none}. */
  public static final AttributeKey<String> ENCRYPTION = AttributeKey.string("encryption",
      "`sse-kms`, `sse-sqs` or `none`");
  /** {@code kms_master_key_id}: the KMS key of an {@code sse-kms} queue. */
  public static final AttributeKey<String> KMS_MASTER_KEY_ID = AttributeKey.string("kms_master_key_id",
      "the KMS key of an `sse-kms` queue");
  /** {@code visibility_timeout_seconds}: how long a received message stays invisible. */
  public static final NumberKey VISIBILITY_TIMEOUT_SECONDS = AttributeKey.number("visibility_timeout_seconds",
      "how long a received message stays invisible to other consumers");
  /** {@code message_retention_seconds}: how long a message is kept. */
  public static final NumberKey MESSAGE_RETENTION_SECONDS = AttributeKey.number("message_retention_seconds",
      "how long a message is kept");
  /** {@code delay_seconds}: the queue's delivery delay. */
  public static final NumberKey DELAY_SECONDS = AttributeKey.number("delay_seconds", "the queue's delivery delay");
  /** {@code dead_letter_queue}: whether a redrive policy sends failed messages to a dead-letter queue. */
  public static final AttributeKey<Boolean> DEAD_LETTER_QUEUE = AttributeKey.bool("dead_letter_queue",
      "whether a redrive policy sends failed messages to a dead-letter queue");

  /** The type's catalogue entry; add it to a catalogue with {@code ResourceCatalog.builtIn().with(DESCRIPTOR)}. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(SQS_QUEUE)
      .description("An SQS queue")
      .service("sqs")
      .arnFormat("arn:<partition>:sqs:<region>:<account>:<queue name>")
      .attributes(QUEUE_URL, FIFO, ENCRYPTION, KMS_MASTER_KEY_ID, VISIBILITY_TIMEOUT_SECONDS,
          MESSAGE_RETENTION_SECONDS, DELAY_SECONDS, DEAD_LETTER_QUEUE)
      .iamActions("sqs:ListQueues", "sqs:GetQueueAttributes", "sqs:ListQueueTags")
      .costModel("unknown: billed by requests")
      .build();

  /** The largest page {@code ListQueues} returns. */
  private static final int PAGE_SIZE = 1000;

  private static final List<QueueAttributeName> READ = List.of(QueueAttributeName.FIFO_QUEUE,
      QueueAttributeName.SQS_MANAGED_SSE_ENABLED, QueueAttributeName.KMS_MASTER_KEY_ID,
      QueueAttributeName.VISIBILITY_TIMEOUT, QueueAttributeName.MESSAGE_RETENTION_PERIOD,
      QueueAttributeName.DELAY_SECONDS, QueueAttributeName.REDRIVE_POLICY, QueueAttributeName.CREATED_TIMESTAMP);

  private static final List<DetailStep<String>> DETAILS = List.of(
      DetailStep.of("GetQueueAttributes", SqsQueueCollector::attributes, FIFO, ENCRYPTION, KMS_MASTER_KEY_ID,
          VISIBILITY_TIMEOUT_SECONDS, MESSAGE_RETENTION_SECONDS, DELAY_SECONDS, DEAD_LETTER_QUEUE),
      DetailStep.tags("ListQueueTags", SqsQueueCollector::tags));

  /** Creates the collector; {@link java.util.ServiceLoader} needs this public constructor. */
  public SqsQueueCollector() {}

  @Override
  public TypeDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<DetailStep<String>> details() {
    return DETAILS;
  }

  @Override
  public void list(CollectionContext context, ListedItems<String> items) {
    SqsClient sqs = context.client(SqsClient.class);
    for (String url : sqs.listQueuesPaginator(r -> r.maxResults(PAGE_SIZE)).queueUrls()) {
      String queueName = url.substring(url.lastIndexOf('/') + 1);
      QUEUE_URL.put(items.add(url, context.arn("sqs", queueName), queueName), url);
    }
  }

  private static Detail attributes(CollectionContext context, String url) {
    Map<QueueAttributeName, String> attributes;
    try {
      attributes = context.client(SqsClient.class).getQueueAttributes(r -> r.queueUrl(url).attributeNames(READ))
          .attributes();
    } catch (QueueDoesNotExistException gone) {
      return Detail.VANISHED;
    }
    return queue -> putAttributes(queue, attributes);
  }

  private static Detail tags(CollectionContext context, String url) {
    Map<String, String> tags;
    try {
      tags = context.client(SqsClient.class).listQueueTags(r -> r.queueUrl(url)).tags();
    } catch (QueueDoesNotExistException gone) {
      return Detail.VANISHED;
    }
    return queue -> {
      queue.putAllTags(tags);
      Optional.ofNullable(tags.get("Name")).filter(name -> !name.isBlank()).ifPresent(queue::name);
    };
  }

  private static void putAttributes(Resource.Builder queue, Map<QueueAttributeName, String> attributes) {
    FIFO.put(queue, Boolean.parseBoolean(attributes.get(QueueAttributeName.FIFO_QUEUE)));
    String kmsKey = attributes.get(QueueAttributeName.KMS_MASTER_KEY_ID);
    if (kmsKey != null && !kmsKey.isBlank()) {
      ENCRYPTION.put(queue, "sse-kms");
      KMS_MASTER_KEY_ID.put(queue, kmsKey);
    } else if (Boolean.parseBoolean(attributes.get(QueueAttributeName.SQS_MANAGED_SSE_ENABLED))) {
      ENCRYPTION.put(queue, "sse-sqs");
    } else {
      ENCRYPTION.put(queue, "none");
    }
    number(attributes, QueueAttributeName.VISIBILITY_TIMEOUT).ifPresent(v -> VISIBILITY_TIMEOUT_SECONDS.put(queue, v));
    number(attributes, QueueAttributeName.MESSAGE_RETENTION_PERIOD)
        .ifPresent(v -> MESSAGE_RETENTION_SECONDS.put(queue, v));
    number(attributes, QueueAttributeName.DELAY_SECONDS).ifPresent(v -> DELAY_SECONDS.put(queue, v));
    String redrive = attributes.get(QueueAttributeName.REDRIVE_POLICY);
    DEAD_LETTER_QUEUE.put(queue, redrive != null && redrive.contains("deadLetterTargetArn"));
    number(attributes, QueueAttributeName.CREATED_TIMESTAMP)
        .ifPresent(seconds -> queue.createdAt(Instant.ofEpochMilli(seconds.movePointRight(3).longValue())));
  }

  private static Optional<BigDecimal> number(Map<QueueAttributeName, String> attributes, QueueAttributeName name) {
    String value = attributes.get(name);
    return value == null || !value.matches("\\d+(\\.\\d+)?") ? Optional.empty() : Optional.of(new BigDecimal(value));
  }
}
