package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep.Detail;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.SqsQueue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/**
 * {@code sqs_queue}: ListQueues (1000 per page), then two detail steps per queue: GetQueueAttributes and
 * ListQueueTags. A queue deleted between the listing and a detail call is dropped; one whose attributes or tags
 * cannot be read is kept with them unknown. A policy that is not a JSON document leaves {@code open_to_everyone}
 * unknown.
 */
public final class SqsQueueCollector implements ItemCollector<SqsQueueCollector.Queue> {

  private static final Pattern TARGET_ARN = Pattern.compile("\"deadLetterTargetArn\"\\s*:\\s*\"([^\"]+)\"");

  private static final List<QueueAttributeName> READ = List.of(QueueAttributeName.FIFO_QUEUE,
      QueueAttributeName.SQS_MANAGED_SSE_ENABLED, QueueAttributeName.KMS_MASTER_KEY_ID,
      QueueAttributeName.VISIBILITY_TIMEOUT, QueueAttributeName.MESSAGE_RETENTION_PERIOD,
      QueueAttributeName.DELAY_SECONDS, QueueAttributeName.REDRIVE_POLICY, QueueAttributeName.CREATED_TIMESTAMP,
      QueueAttributeName.POLICY, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES);

  private static final List<DetailStep<Queue>> DETAILS = List.of(
      DetailStep.of("GetQueueAttributes", SqsQueueCollector::attributes, SqsQueue.FIFO, SqsQueue.ENCRYPTION,
          SqsQueue.KMS_MASTER_KEY_ID, SqsQueue.VISIBILITY_TIMEOUT_SECONDS, SqsQueue.MESSAGE_RETENTION_SECONDS,
          SqsQueue.DELAY_SECONDS, SqsQueue.DEAD_LETTER_QUEUE, SqsQueue.DEAD_LETTER_TARGET_ARN,
          SqsQueue.OPEN_TO_EVERYONE, SqsQueue.CREATED_TIMESTAMP, SqsQueue.VISIBLE_MESSAGES),
      DetailStep.tags("ListQueueTags", SqsQueueCollector::tags));

  /** A listed queue: its URL, name and ARN. */
  record Queue(String url, String name, String arn) {}

  @Override
  public TypeDescriptor descriptor() {
    return SqsQueue.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<Queue>> details() {
    return DETAILS;
  }

  @Override
  public void list(CollectionContext context, ListedItems<Queue> items) {
    SqsClient sqs = context.client(SqsClient.class);
    for (String url : sqs.listQueuesPaginator(r -> r.maxResults(1000)).queueUrls()) {
      String name = url.substring(url.lastIndexOf('/') + 1);
      Queue queue = new Queue(url, name, context.arn("sqs", name));
      SqsQueue.QUEUE_URL.put(items.add(queue, queue.arn(), name), url);
    }
  }

  private static Detail attributes(CollectionContext context, Queue queue) {
    Map<QueueAttributeName, String> attributes;
    try {
      attributes = context.client(SqsClient.class)
          .getQueueAttributes(r -> r.queueUrl(queue.url()).attributeNames(READ)).attributes();
    } catch (QueueDoesNotExistException e) {
      return Detail.VANISHED;
    }
    return r -> describe(context, r, queue, attributes);
  }

  static void describe(CollectionContext context, Resource.Builder r, Queue queue,
      Map<QueueAttributeName, String> attributes) {
    SqsQueue.FIFO.put(r, Boolean.parseBoolean(attributes.get(QueueAttributeName.FIFO_QUEUE)));
    SqsQueue.ENCRYPTION.put(r, encryption(attributes));
    String kmsKey = attributes.get(QueueAttributeName.KMS_MASTER_KEY_ID);
    if (kmsKey != null && !kmsKey.isBlank()) {
      SqsQueue.KMS_MASTER_KEY_ID.put(r, kmsKey);
    }
    number(attributes, QueueAttributeName.VISIBILITY_TIMEOUT)
        .ifPresent(v -> SqsQueue.VISIBILITY_TIMEOUT_SECONDS.put(r, v));
    number(attributes, QueueAttributeName.MESSAGE_RETENTION_PERIOD)
        .ifPresent(v -> SqsQueue.MESSAGE_RETENTION_SECONDS.put(r, v));
    number(attributes, QueueAttributeName.DELAY_SECONDS).ifPresent(v -> SqsQueue.DELAY_SECONDS.put(r, v));
    Optional<String> target = deadLetterTarget(attributes.get(QueueAttributeName.REDRIVE_POLICY));
    SqsQueue.DEAD_LETTER_QUEUE.put(r, target.isPresent());
    target.ifPresent(arn -> SqsQueue.DEAD_LETTER_TARGET_ARN.put(r, arn));
    Optional<Boolean> open = PolicyDocuments.openToEveryone(attributes.get(QueueAttributeName.POLICY));
    if (open.isPresent()) {
      SqsQueue.OPEN_TO_EVERYONE.put(r, open.get());
    } else {
      Attributes.unknown(context, r, queue.arn(), new IllegalArgumentException("the queue policy is not JSON"),
          SqsQueue.OPEN_TO_EVERYONE.name());
    }
    number(attributes, QueueAttributeName.CREATED_TIMESTAMP).ifPresent(seconds -> {
      Instant created = Instant.ofEpochSecond(seconds.longValue());
      r.createdAt(created);
      SqsQueue.CREATED_TIMESTAMP.put(r, created);
    });
    number(attributes, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)
        .ifPresent(v -> SqsQueue.VISIBLE_MESSAGES.put(r, v));
  }

  /** {@code sse-kms} with a KMS key, else {@code sse-sqs} with SQS managed encryption, else {@code none}. */
  static String encryption(Map<QueueAttributeName, String> attributes) {
    String kmsKey = attributes.get(QueueAttributeName.KMS_MASTER_KEY_ID);
    if (kmsKey != null && !kmsKey.isBlank()) {
      return "sse-kms";
    }
    return Boolean.parseBoolean(attributes.get(QueueAttributeName.SQS_MANAGED_SSE_ENABLED)) ? "sse-sqs" : "none";
  }

  /** The dead-letter queue's ARN of a redrive policy. */
  static Optional<String> deadLetterTarget(String redrivePolicy) {
    if (redrivePolicy == null) {
      return Optional.empty();
    }
    Matcher m = TARGET_ARN.matcher(redrivePolicy);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static Optional<BigDecimal> number(Map<QueueAttributeName, String> attributes, QueueAttributeName name) {
    String value = attributes.get(name);
    return value == null || !value.matches("\\d+(\\.\\d+)?") ? Optional.empty() : Optional.of(new BigDecimal(value));
  }

  private static Detail tags(CollectionContext context, Queue queue) {
    Map<String, String> tags;
    try {
      tags = Attributes.tags(context.client(SqsClient.class).listQueueTags(r -> r.queueUrl(queue.url())).tags()
          .entrySet(), Map.Entry::getKey, Map.Entry::getValue);
    } catch (QueueDoesNotExistException e) {
      return Detail.VANISHED;
    }
    return r -> r.tags(tags).name(Attributes.name(tags, queue.name()));
  }
}
