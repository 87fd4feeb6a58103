package io.github.awsinventory.examples.collect;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.ResourceCollector;
import io.github.awsinventory.collector.spi.ResourceSink;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.SqsException;

/**
 * A custom resource type, {@code sqs_queue}: every SQS queue of a scope with its configuration. Registered
 * in {@code META-INF/services/io.github.awsinventory.collector.spi.ResourceCollector}, so every collector on
 * a class path with this class collects queues as well as the built-in types.
 *
 * <table>
 *   <caption>Attributes</caption>
 *   <tr><th>attribute</th><th>type</th><th>meaning</th></tr>
 *   <tr><td>{@code queue_url}</td><td>string</td><td>the URL to send messages to</td></tr>
 *   <tr><td>{@code fifo}</td><td>boolean</td><td>a FIFO queue</td></tr>
 *   <tr><td>{@code encryption}</td><td>string</td><td>{@code sse-kms}, {@code sse-sqs} or {@code none}</td></tr>
 *   <tr><td>{@code kms_master_key_id}</td><td>string</td><td>the KMS key of an {@code sse-kms} queue</td></tr>
 *   <tr><td>{@code visibility_timeout_seconds}</td><td>number</td><td></td></tr>
 *   <tr><td>{@code message_retention_seconds}</td><td>number</td><td></td></tr>
 *   <tr><td>{@code delay_seconds}</td><td>number</td><td></td></tr>
 *   <tr><td>{@code dead_letter_queue}</td><td>boolean</td><td>whether a redrive policy sends failed
 *       messages to a dead-letter queue</td></tr>
 * </table>
 *
 * <p>Message counts ({@code ApproximateNumberOfMessages}) are left out on purpose: they change all the time,
 * and every change would make the collector write a new history version of the queue on every run.
 *
 * <p>When {@code GetQueueAttributes} fails (access denied, throttled beyond retries), the queue is kept and
 * its attributes are recorded as unknown; when {@code ListQueueTags} fails, its tags are. A queue deleted
 * between the list and the detail call is left out. A failing {@code ListQueues} fails the scope.
 */
public final class SqsQueueCollector implements ResourceCollector {

  /** The type this collector produces. */
  public static final ResourceType SQS_QUEUE = ResourceType.of("sqs_queue");

  /** The attributes {@code GetQueueAttributes} gives; all unknown when it fails. */
  static final List<String> QUEUE_ATTRIBUTES = List.of("fifo", "encryption", "kms_master_key_id",
      "visibility_timeout_seconds", "message_retention_seconds", "delay_seconds", "dead_letter_queue");

  /** The largest page {@code ListQueues} returns. */
  private static final int PAGE_SIZE = 1000;

  private static final List<QueueAttributeName> READ = List.of(QueueAttributeName.FIFO_QUEUE,
      QueueAttributeName.SQS_MANAGED_SSE_ENABLED, QueueAttributeName.KMS_MASTER_KEY_ID,
      QueueAttributeName.VISIBILITY_TIMEOUT, QueueAttributeName.MESSAGE_RETENTION_PERIOD,
      QueueAttributeName.DELAY_SECONDS, QueueAttributeName.REDRIVE_POLICY, QueueAttributeName.CREATED_TIMESTAMP);

  /** Creates the collector; {@link java.util.ServiceLoader} needs this public constructor. */
  public SqsQueueCollector() {}

  @Override
  public ResourceType type() {
    return SQS_QUEUE;
  }

  @Override
  public String service() {
    return "sqs";
  }

  @Override
  public List<String> iamActions() {
    return List.of("sqs:ListQueues", "sqs:GetQueueAttributes", "sqs:ListQueueTags");
  }

  @Override
  public void collect(CollectionContext context, ResourceSink sink) {
    SqsClient sqs = context.client(SqsClient.class);
    for (String url : sqs.listQueuesPaginator(r -> r.maxResults(PAGE_SIZE)).queueUrls()) {
      describe(context, sqs, url).ifPresent(sink::accept);
    }
  }

  private static Optional<Resource.Builder> describe(CollectionContext context, SqsClient sqs, String url) {
    String queueName = url.substring(url.lastIndexOf('/') + 1);
    String arn = context.arn("sqs", queueName);
    Resource.Builder queue = context.newResource(arn, queueName).putAttributes("queue_url", url);
    try {
      Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(READ))
          .attributes();
      putAttributes(queue, attributes);
    } catch (QueueDoesNotExistException gone) {
      return Optional.empty();
    } catch (SqsException e) {
      context.detailError(arn, String.join(", ", QUEUE_ATTRIBUTES), e);
      queue.addAllUnknownAttributes(QUEUE_ATTRIBUTES);
    }
    try {
      Map<String, String> tags = sqs.listQueueTags(r -> r.queueUrl(url)).tags();
      queue.putAllTags(tags);
      Optional.ofNullable(tags.get("Name")).filter(name -> !name.isBlank()).ifPresent(queue::name);
    } catch (QueueDoesNotExistException gone) {
      return Optional.empty();
    } catch (SqsException e) {
      context.detailError(arn, "tags", e);
      queue.addUnknownAttributes("tags");
    }
    return Optional.of(queue);
  }

  private static void putAttributes(Resource.Builder queue, Map<QueueAttributeName, String> attributes) {
    queue.putAttributes("fifo", Boolean.parseBoolean(attributes.get(QueueAttributeName.FIFO_QUEUE)));
    String kmsKey = attributes.get(QueueAttributeName.KMS_MASTER_KEY_ID);
    if (kmsKey != null && !kmsKey.isBlank()) {
      queue.putAttributes("encryption", "sse-kms").putAttributes("kms_master_key_id", kmsKey);
    } else if (Boolean.parseBoolean(attributes.get(QueueAttributeName.SQS_MANAGED_SSE_ENABLED))) {
      queue.putAttributes("encryption", "sse-sqs");
    } else {
      queue.putAttributes("encryption", "none");
    }
    number(attributes, QueueAttributeName.VISIBILITY_TIMEOUT)
        .ifPresent(v -> queue.putAttributes("visibility_timeout_seconds", v));
    number(attributes, QueueAttributeName.MESSAGE_RETENTION_PERIOD)
        .ifPresent(v -> queue.putAttributes("message_retention_seconds", v));
    number(attributes, QueueAttributeName.DELAY_SECONDS).ifPresent(v -> queue.putAttributes("delay_seconds", v));
    String redrive = attributes.get(QueueAttributeName.REDRIVE_POLICY);
    queue.putAttributes("dead_letter_queue", redrive != null && redrive.contains("deadLetterTargetArn"));
    number(attributes, QueueAttributeName.CREATED_TIMESTAMP)
        .ifPresent(seconds -> queue.createdAt(Instant.ofEpochMilli(seconds.movePointRight(3).longValue())));
  }

  private static Optional<BigDecimal> number(Map<QueueAttributeName, String> attributes, QueueAttributeName name) {
    String value = attributes.get(name);
    return value == null || !value.matches("\\d+(\\.\\d+)?") ? Optional.empty() : Optional.of(new BigDecimal(value));
  }
}
