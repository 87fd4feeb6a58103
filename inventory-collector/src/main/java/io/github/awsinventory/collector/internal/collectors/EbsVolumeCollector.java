package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.ResourceCollector;
import io.github.awsinventory.collector.spi.ResourceSink;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
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
public final class EbsVolumeCollector implements ResourceCollector {

  @Override
  public ResourceType type() {
    return ResourceType.EBS_VOLUME;
  }

  @Override
  public String service() {
    return "ec2";
  }

  @Override
  public List<String> iamActions() {
    return List.of("ec2:DescribeVolumes");
  }

  @Override
  public void collect(CollectionContext context, ResourceSink sink) {
    Ec2Client ec2 = context.client(Ec2Client.class);
    for (Volume volume : ec2.describeVolumesPaginator(r -> r.maxResults(500)).volumes()) {
      sink.accept(resource(context, volume));
    }
  }

  private static Resource.Builder resource(CollectionContext context, Volume volume) {
    Map<String, String> tags = Attributes.tags(volume.tags(), Tag::key, Tag::value);
    Resource.Builder r = context.newResource(context.arn("ec2", "volume/" + volume.volumeId()),
        Attributes.name(tags, volume.volumeId())).tags(tags);
    if (volume.stateAsString() != null) {
      r.state(volume.stateAsString());
    }
    if (volume.createTime() != null) {
      r.createdAt(volume.createTime());
    }
    Attributes.put(r, "volume_type", volume.volumeTypeAsString());
    Attributes.put(r, "size_gib", volume.size());
    Attributes.put(r, "iops", volume.iops());
    Attributes.put(r, "throughput_mibps", volume.throughput());
    Attributes.put(r, "encrypted", volume.encrypted());
    Attributes.put(r, "kms_key_id", volume.kmsKeyId());
    Attributes.put(r, "attached", volume.attachments().stream()
        .anyMatch(a -> a.state() == VolumeAttachmentState.ATTACHED || a.state() == VolumeAttachmentState.ATTACHING));
    Attributes.put(r, "attachments", volume.attachments().stream().map(EbsVolumeCollector::attachment)
        .collect(Collectors.toList()));
    Attributes.put(r, "availability_zone", volume.availabilityZone());
    Attributes.put(r, "snapshot_id", volume.snapshotId());
    Attributes.put(r, "multi_attach_enabled", volume.multiAttachEnabled());
    return r;
  }

  private static Map<String, Object> attachment(VolumeAttachment attachment) {
    Map<String, Object> map = new LinkedHashMap<>();
    Attributes.put(map, "instance_id", attachment.instanceId());
    Attributes.put(map, "device", attachment.device());
    Attributes.put(map, "state", attachment.stateAsString());
    return map;
  }
}
