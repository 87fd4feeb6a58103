package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.EbsSnapshot;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * {@code ebs_snapshot}: DescribeSnapshots of the snapshots the account owns ({@code OwnerIds=self}), 1000
 * per page. Snapshot ARNs carry no account: {@code arn:aws:ec2:<region>::snapshot/<id>}.
 */
public final class EbsSnapshotCollector implements ItemCollector<Snapshot> {

  @Override
  public TypeDescriptor descriptor() {
    return EbsSnapshot.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<Snapshot>> details() {
    return List.of();
  }

  @Override
  public void list(CollectionContext context, ListedItems<Snapshot> items) {
    Ec2Client ec2 = context.client(Ec2Client.class);
    for (Snapshot snapshot : ec2.describeSnapshotsPaginator(r -> r.ownerIds("self").maxResults(1000)).snapshots()) {
      resource(context, items, snapshot);
    }
  }

  private static Resource.Builder resource(CollectionContext context, ListedItems<Snapshot> items, Snapshot snapshot) {
    Map<String, String> tags = Attributes.tags(snapshot.tags(), Tag::key, Tag::value);
    String arn = "arn:" + context.partition() + ":ec2:" + context.region() + "::snapshot/" + snapshot.snapshotId();
    Resource.Builder r = items.add(snapshot, arn, Attributes.name(tags, snapshot.snapshotId())).tags(tags);
    if (snapshot.stateAsString() != null) {
      r.state(snapshot.stateAsString());
    }
    if (snapshot.startTime() != null) {
      r.createdAt(snapshot.startTime());
    }
    EbsSnapshot.SIZE_GIB.put(r, snapshot.volumeSize());
    EbsSnapshot.START_TIME.put(r, snapshot.startTime());
    EbsSnapshot.ENCRYPTED.put(r, snapshot.encrypted());
    EbsSnapshot.KMS_KEY_ID.put(r, snapshot.kmsKeyId());
    EbsSnapshot.VOLUME_ID.put(r, snapshot.volumeId());
    EbsSnapshot.DESCRIPTION.put(r, snapshot.description());
    EbsSnapshot.STORAGE_TIER.put(r, snapshot.storageTierAsString());
    EbsSnapshot.PROGRESS.put(r, snapshot.progress());
    return r;
  }
}
