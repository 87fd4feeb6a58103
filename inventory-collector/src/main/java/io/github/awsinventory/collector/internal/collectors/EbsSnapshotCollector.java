package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.ResourceCollector;
import io.github.awsinventory.collector.spi.ResourceSink;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * {@code ebs_snapshot}: DescribeSnapshots of the snapshots the account owns ({@code OwnerIds=self}), 1000
 * per page. Snapshot ARNs carry no account: {@code arn:aws:ec2:<region>::snapshot/<id>}.
 */
public final class EbsSnapshotCollector implements ResourceCollector {

  @Override
  public ResourceType type() {
    return ResourceType.EBS_SNAPSHOT;
  }

  @Override
  public String service() {
    return "ec2";
  }

  @Override
  public List<String> iamActions() {
    return List.of("ec2:DescribeSnapshots");
  }

  @Override
  public void collect(CollectionContext context, ResourceSink sink) {
    Ec2Client ec2 = context.client(Ec2Client.class);
    for (Snapshot snapshot : ec2.describeSnapshotsPaginator(r -> r.ownerIds("self").maxResults(1000)).snapshots()) {
      sink.accept(resource(context, snapshot));
    }
  }

  private static Resource.Builder resource(CollectionContext context, Snapshot snapshot) {
    Map<String, String> tags = Attributes.tags(snapshot.tags(), Tag::key, Tag::value);
    String arn = "arn:" + context.partition() + ":ec2:" + context.region() + "::snapshot/" + snapshot.snapshotId();
    Resource.Builder r = context.newResource(arn, Attributes.name(tags, snapshot.snapshotId())).tags(tags);
    if (snapshot.stateAsString() != null) {
      r.state(snapshot.stateAsString());
    }
    if (snapshot.startTime() != null) {
      r.createdAt(snapshot.startTime());
    }
    Attributes.put(r, "size_gib", snapshot.volumeSize());
    Attributes.put(r, "start_time", snapshot.startTime());
    Attributes.put(r, "encrypted", snapshot.encrypted());
    Attributes.put(r, "kms_key_id", snapshot.kmsKeyId());
    Attributes.put(r, "volume_id", snapshot.volumeId());
    Attributes.put(r, "description", snapshot.description());
    Attributes.put(r, "storage_tier", snapshot.storageTierAsString());
    Attributes.put(r, "progress", snapshot.progress());
    return r;
  }
}
