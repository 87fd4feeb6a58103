package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.EbsVolume;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.Volume;
import software.amazon.awssdk.services.ec2.model.VolumeAttachment;
import software.amazon.awssdk.services.ec2.model.VolumeAttachmentState;

/**
 * {@code ebs_volume}: DescribeVolumes, 500 per page (the API returns at most 500 volumes per page,
 * whatever is asked).
 */
public final class EbsVolumeCollector implements ItemCollector<Volume> {

  @Override
  public TypeDescriptor descriptor() {
    return EbsVolume.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<Volume>> details() {
    return List.of();
  }

  @Override
  public void list(CollectionContext context, ListedItems<Volume> items) {
    Ec2Client ec2 = context.client(Ec2Client.class);
    for (Volume volume : ec2.describeVolumesPaginator(r -> r.maxResults(500)).volumes()) {
      resource(context, items, volume);
    }
  }

  private static Resource.Builder resource(CollectionContext context, ListedItems<Volume> items, Volume volume) {
    Map<String, String> tags = Attributes.tags(volume.tags(), Tag::key, Tag::value);
    Resource.Builder r = items.add(volume, context.arn("ec2", "volume/" + volume.volumeId()),
        Attributes.name(tags, volume.volumeId())).tags(tags);
    if (volume.stateAsString() != null) {
      r.state(volume.stateAsString());
    }
    if (volume.createTime() != null) {
      r.createdAt(volume.createTime());
    }
    EbsVolume.VOLUME_TYPE.put(r, volume.volumeTypeAsString());
    EbsVolume.SIZE_GIB.put(r, volume.size());
    EbsVolume.IOPS.put(r, volume.iops());
    EbsVolume.THROUGHPUT_MIBPS.put(r, volume.throughput());
    EbsVolume.ENCRYPTED.put(r, volume.encrypted());
    EbsVolume.KMS_KEY_ID.put(r, volume.kmsKeyId());
    EbsVolume.ATTACHED.put(r, volume.attachments().stream()
        .anyMatch(a -> a.state() == VolumeAttachmentState.ATTACHED || a.state() == VolumeAttachmentState.ATTACHING));
    EbsVolume.ATTACHMENTS.put(r, volume.attachments().stream().map(EbsVolumeCollector::attachment)
        .collect(Collectors.toList()));
    EbsVolume.AVAILABILITY_ZONE.put(r, volume.availabilityZone());
    EbsVolume.SNAPSHOT_ID.put(r, volume.snapshotId());
    EbsVolume.MULTI_ATTACH_ENABLED.put(r, volume.multiAttachEnabled());
    return r;
  }

  private static Map<String, Object> attachment(VolumeAttachment attachment) {
    Map<String, Object> map = new LinkedHashMap<>();
    EbsVolume.Attachment.INSTANCE_ID.put(map, attachment.instanceId());
    EbsVolume.Attachment.DEVICE.put(map, attachment.device());
    EbsVolume.Attachment.STATE.put(map, attachment.stateAsString());
    return map;
  }
}
