package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep.Detail;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.SnsTopic;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.ListSubscriptionsByTopicResponse;
import software.amazon.awssdk.services.sns.model.NotFoundException;
import software.amazon.awssdk.services.sns.model.Subscription;
import software.amazon.awssdk.services.sns.model.Tag;
import software.amazon.awssdk.services.sns.model.Topic;

/**
 * {@code sns_topic}: ListTopics (100 per page, the API's fixed size), then three detail steps per topic:
 * GetTopicAttributes, ListSubscriptionsByTopic (counted across pages; a subscription whose ARN is
 * {@code PendingConfirmation} is pending, any other confirmed) and ListTagsForResource. A topic deleted between the
 * listing and a detail call is dropped; one whose attributes, subscriptions or tags cannot be read is kept with
 * them unknown. A policy that is not a JSON document leaves {@code open_to_everyone} unknown.
 */
public final class SnsTopicCollector implements ItemCollector<SnsTopicCollector.TopicItem> {

  private static final String PENDING = "PendingConfirmation";

  private static final List<DetailStep<TopicItem>> DETAILS = List.of(
      DetailStep.of("GetTopicAttributes", SnsTopicCollector::attributes, SnsTopic.DISPLAY_NAME, SnsTopic.FIFO,
          SnsTopic.ENCRYPTED, SnsTopic.KMS_MASTER_KEY_ID, SnsTopic.OPEN_TO_EVERYONE),
      DetailStep.of("ListSubscriptionsByTopic", SnsTopicCollector::subscriptions, SnsTopic.SUBSCRIPTIONS_CONFIRMED,
          SnsTopic.SUBSCRIPTIONS_PENDING),
      DetailStep.tags("ListTagsForResource", SnsTopicCollector::tags));

  /** A listed topic: its ARN and name. */
  record TopicItem(String arn, String name) {}

  @Override
  public TypeDescriptor descriptor() {
    return SnsTopic.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<TopicItem>> details() {
    return DETAILS;
  }

  @Override
  public void list(CollectionContext context, ListedItems<TopicItem> items) {
    for (Topic topic : context.client(SnsClient.class).listTopicsPaginator().topics()) {
      String arn = topic.topicArn();
      TopicItem item = new TopicItem(arn, arn.substring(arn.lastIndexOf(':') + 1));
      items.add(item, arn, item.name());
    }
  }

  private static Detail attributes(CollectionContext context, TopicItem topic) {
    Map<String, String> attributes;
    try {
      attributes = context.client(SnsClient.class).getTopicAttributes(r -> r.topicArn(topic.arn())).attributes();
    } catch (NotFoundException e) {
      return Detail.VANISHED;
    }
    return r -> describe(context, r, topic, attributes);
  }

  private static void describe(CollectionContext context, Resource.Builder r, TopicItem topic,
      Map<String, String> attributes) {
    String displayName = attributes.get("DisplayName");
    if (displayName != null && !displayName.isEmpty()) {
      SnsTopic.DISPLAY_NAME.put(r, displayName);
    }
    SnsTopic.FIFO.put(r, Boolean.parseBoolean(attributes.get("FifoTopic")));
    String kmsKey = attributes.get("KmsMasterKeyId");
    boolean encrypted = kmsKey != null && !kmsKey.isBlank();
    SnsTopic.ENCRYPTED.put(r, encrypted);
    if (encrypted) {
      SnsTopic.KMS_MASTER_KEY_ID.put(r, kmsKey);
    }
    Optional<Boolean> open = PolicyDocuments.openToEveryone(attributes.get("Policy"));
    if (open.isPresent()) {
      SnsTopic.OPEN_TO_EVERYONE.put(r, open.get());
    } else {
      Attributes.unknown(context, r, topic.arn(), new IllegalArgumentException("the topic policy is not JSON"),
          SnsTopic.OPEN_TO_EVERYONE.name());
    }
  }

  private static Detail subscriptions(CollectionContext context, TopicItem topic) {
    long confirmed = 0;
    long pending = 0;
    try {
      for (ListSubscriptionsByTopicResponse page : context.client(SnsClient.class)
          .listSubscriptionsByTopicPaginator(r -> r.topicArn(topic.arn()))) {
        for (Subscription subscription : page.subscriptions()) {
          if (PENDING.equals(subscription.subscriptionArn())) {
            pending++;
          } else {
            confirmed++;
          }
        }
      }
    } catch (NotFoundException e) {
      return Detail.VANISHED;
    }
    long confirmedCount = confirmed;
    long pendingCount = pending;
    return r -> {
      SnsTopic.SUBSCRIPTIONS_CONFIRMED.put(r, confirmedCount);
      SnsTopic.SUBSCRIPTIONS_PENDING.put(r, pendingCount);
    };
  }

  private static Detail tags(CollectionContext context, TopicItem topic) {
    Map<String, String> tags;
    try {
      tags = Attributes.tags(context.client(SnsClient.class)
          .listTagsForResource(t -> t.resourceArn(topic.arn())).tags(), Tag::key, Tag::value);
    } catch (NotFoundException e) {
      return Detail.VANISHED;
    }
    return r -> r.tags(tags).name(Attributes.name(tags, topic.name()));
  }
}
