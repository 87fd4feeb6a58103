package io.github.awsinventory.examples.collect;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep.Detail;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.SqsQueue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/**
 * A collector of one's own for a built-in type, {@code sqs_queue}: every SQS queue of a scope with its
 * configuration, replacing the built-in collector. {@link QueueInventoryService} adds it with
 * {@code InventoryCollector.builder().addCollector(...)}, which replaces the collector of the same type found on
 * the class path.
 *
 * <p>It records fewer attributes than the built-in collector, through the same catalogue keys ({@link SqsQueue}),
 * so that the built-in rules read them. Message counts ({@code ApproximateNumberOfMessages}) are left out on
 * purpose: they change all the time, and every change makes the collector write a new history version of the
 * queue on every run; the queue policy is not read either.
 *
 * <p>Written against the second collector SPI ({@link ItemCollector}): the type is described once
 * ({@link #DESCRIPTOR}), ListQueues lists the scope, and two detail steps per queue —
 * {@code GetQueueAttributes} and {@code ListQueueTags} — run concurrently with the other queues' under the account's
 * limits. When {@code GetQueueAttributes} fails (access denied, throttled beyond retries), the queue is kept and
 * its attributes are recorded as unknown; when {@code ListQueueTags} fails, its tags are. A queue deleted between
 * the list and a detail call is left out. A failing {@code ListQueues} fails the scope.
 */
public final class SqsQueueCollector implements ItemCollector<String> {

  /** The type this collector produces. */
  public static final ResourceType SQS_QUEUE = ResourceType.SQS_QUEUE;

  /** What this collector records of a queue: the built-in type's entry without the keys it leaves out. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(SQS_QUEUE)
      .description("An SQS queue, without its message counts and policy")
      .service("sqs")
      .arnFormat(SqsQueue.DESCRIPTOR.arnFormat())
      .attributes(SqsQueue.QUEUE_URL, SqsQueue.FIFO, SqsQueue.ENCRYPTION, SqsQueue.KMS_MASTER_KEY_ID,
          SqsQueue.VISIBILITY_TIMEOUT_SECONDS, SqsQueue.MESSAGE_RETENTION_SECONDS, SqsQueue.DELAY_SECONDS,
          SqsQueue.DEAD_LETTER_QUEUE)
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
      DetailStep.of("GetQueueAttributes", SqsQueueCollector::attributes, SqsQueue.FIFO, SqsQueue.ENCRYPTION,
          SqsQueue.KMS_MASTER_KEY_ID, SqsQueue.VISIBILITY_TIMEOUT_SECONDS, SqsQueue.MESSAGE_RETENTION_SECONDS,
          SqsQueue.DELAY_SECONDS, SqsQueue.DEAD_LETTER_QUEUE),
      DetailStep.tags("ListQueueTags", SqsQueueCollector::tags));

  /** Creates the collector. */
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
      SqsQueue.QUEUE_URL.put(items.add(url, context.arn("sqs", queueName), queueName), url);
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
    SqsQueue.FIFO.put(queue, Boolean.parseBoolean(attributes.get(QueueAttributeName.FIFO_QUEUE)));
    String kmsKey = attributes.get(QueueAttributeName.KMS_MASTER_KEY_ID);
    if (kmsKey != null && !kmsKey.isBlank()) {
      SqsQueue.ENCRYPTION.put(queue, "sse-kms");
      SqsQueue.KMS_MASTER_KEY_ID.put(queue, kmsKey);
    } else if (Boolean.parseBoolean(attributes.get(QueueAttributeName.SQS_MANAGED_SSE_ENABLED))) {
      SqsQueue.ENCRYPTION.put(queue, "sse-sqs");
    } else {
      SqsQueue.ENCRYPTION.put(queue, "none");
    }
    number(attributes, QueueAttributeName.VISIBILITY_TIMEOUT)
        .ifPresent(v -> SqsQueue.VISIBILITY_TIMEOUT_SECONDS.put(queue, v));
    number(attributes, QueueAttributeName.MESSAGE_RETENTION_PERIOD)
        .ifPresent(v -> SqsQueue.MESSAGE_RETENTION_SECONDS.put(queue, v));
    number(attributes, QueueAttributeName.DELAY_SECONDS).ifPresent(v -> SqsQueue.DELAY_SECONDS.put(queue, v));
    String redrive = attributes.get(QueueAttributeName.REDRIVE_POLICY);
    SqsQueue.DEAD_LETTER_QUEUE.put(queue, redrive != null && redrive.contains("deadLetterTargetArn"));
    number(attributes, QueueAttributeName.CREATED_TIMESTAMP)
        .ifPresent(seconds -> queue.createdAt(Instant.ofEpochMilli(seconds.movePointRight(3).longValue())));
  }

  private static Optional<BigDecimal> number(Map<QueueAttributeName, String> attributes, QueueAttributeName name) {
    String value = attributes.get(name);
    return value == null || !value.matches("\\d+(\\.\\d+)?") ? Optional.empty() : Optional.of(new BigDecimal(value));
  }
}
