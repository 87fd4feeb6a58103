package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep.Detail;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.KinesisStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.ListStreamsResponse;
import software.amazon.awssdk.services.kinesis.model.ListTagsForStreamResponse;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesis.model.StreamDescriptionSummary;
import software.amazon.awssdk.services.kinesis.model.StreamSummary;
import software.amazon.awssdk.services.kinesis.model.Tag;

/**
 * {@code kinesis_stream}: ListStreams (100 per page, the API's largest), whose stream summaries give the ARN,
 * status, capacity mode and creation time; then two detail steps per stream: DescribeStreamSummary (open shards,
 * encryption, retention, consumers) and ListTagsForStream (50 per page). A stream deleted between the listing and a
 * detail call is dropped; one whose summary or tags cannot be read is kept with them unknown.
 */
public final class KinesisStreamCollector implements ItemCollector<KinesisStreamCollector.Stream> {

  private static final List<DetailStep<Stream>> DETAILS = List.of(
      DetailStep.of("DescribeStreamSummary", KinesisStreamCollector::summary, KinesisStream.OPEN_SHARD_COUNT,
          KinesisStream.ENCRYPTION_TYPE, KinesisStream.KEY_ID, KinesisStream.RETENTION_PERIOD_HOURS,
          KinesisStream.CONSUMER_COUNT),
      DetailStep.tags("ListTagsForStream", KinesisStreamCollector::tags));

  /** A listed stream: its name and ARN. */
  record Stream(String name, String arn) {}

  @Override
  public TypeDescriptor descriptor() {
    return KinesisStream.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<Stream>> details() {
    return DETAILS;
  }

  @Override
  public void list(CollectionContext context, ListedItems<Stream> items) {
    Map<String, StreamSummary> streams = new LinkedHashMap<>();
    for (ListStreamsResponse page : context.client(KinesisClient.class).listStreamsPaginator(r -> r.limit(100))) {
      for (StreamSummary summary : page.streamSummaries()) {
        streams.putIfAbsent(summary.streamARN(), summary);
      }
    }
    for (StreamSummary summary : streams.values()) {
      Stream stream = new Stream(summary.streamName(), summary.streamARN());
      resource(items.add(stream, stream.arn(), stream.name()), summary);
    }
  }

  private static void resource(Resource.Builder r, StreamSummary summary) {
    if (summary.streamStatusAsString() != null) {
      r.state(summary.streamStatusAsString());
    }
    if (summary.streamCreationTimestamp() != null) {
      r.createdAt(summary.streamCreationTimestamp());
    }
    KinesisStream.STREAM_STATUS.put(r, summary.streamStatusAsString());
    if (summary.streamModeDetails() != null) {
      KinesisStream.STREAM_MODE.put(r, summary.streamModeDetails().streamModeAsString());
    }
    KinesisStream.STREAM_CREATION_TIMESTAMP.put(r, summary.streamCreationTimestamp());
  }

  private static Detail summary(CollectionContext context, Stream stream) {
    StreamDescriptionSummary summary;
    try {
      summary = context.client(KinesisClient.class).describeStreamSummary(d -> d.streamARN(stream.arn()))
          .streamDescriptionSummary();
    } catch (ResourceNotFoundException e) {
      return Detail.VANISHED;
    }
    return r -> {
      KinesisStream.OPEN_SHARD_COUNT.put(r, summary.openShardCount());
      KinesisStream.ENCRYPTION_TYPE.put(r, summary.encryptionTypeAsString());
      if (summary.keyId() != null && !summary.keyId().isBlank()) {
        KinesisStream.KEY_ID.put(r, summary.keyId());
      }
      KinesisStream.RETENTION_PERIOD_HOURS.put(r, summary.retentionPeriodHours());
      KinesisStream.CONSUMER_COUNT.put(r, summary.consumerCount());
    };
  }

  private static Detail tags(CollectionContext context, Stream stream) {
    List<Tag> list = new ArrayList<>();
    String from = null;
    try {
      ListTagsForStreamResponse page;
      do {
        String start = from;
        page = context.client(KinesisClient.class)
            .listTagsForStream(t -> t.streamARN(stream.arn()).limit(50).exclusiveStartTagKey(start));
        list.addAll(page.tags());
        from = page.tags().isEmpty() ? null : page.tags().get(page.tags().size() - 1).key();
      } while (Boolean.TRUE.equals(page.hasMoreTags()) && from != null);
    } catch (ResourceNotFoundException e) {
      return Detail.VANISHED;
    }
    Map<String, String> tags = Attributes.tags(list, Tag::key, Tag::value);
    return r -> r.tags(tags).name(Attributes.name(tags, stream.name()));
  }
}
