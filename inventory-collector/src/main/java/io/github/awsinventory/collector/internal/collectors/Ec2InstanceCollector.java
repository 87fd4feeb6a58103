package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.ResourceCollector;
import io.github.awsinventory.collector.spi.ResourceSink;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.GroupIdentifier;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceNetworkInterface;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.Reservation;
import software.amazon.awssdk.services.ec2.model.Tag;

/** {@code ec2_instance}: DescribeInstances, 1000 per page. Terminated instances are gone. */
public final class Ec2InstanceCollector implements ResourceCollector {

  @Override
  public ResourceType type() {
    return ResourceType.EC2_INSTANCE;
  }

  @Override
  public String service() {
    return "ec2";
  }

  @Override
  public List<String> iamActions() {
    return List.of("ec2:DescribeInstances");
  }

  @Override
  public void collect(CollectionContext context, ResourceSink sink) {
    Ec2Client ec2 = context.client(Ec2Client.class);
    for (Reservation reservation : ec2.describeInstancesPaginator(r -> r.maxResults(1000)).reservations()) {
      for (Instance instance : reservation.instances()) {
        if (instance.state() != null && instance.state().name() == InstanceStateName.TERMINATED) {
          continue;
        }
        sink.accept(resource(context, instance));
      }
    }
  }

  private static Resource.Builder resource(CollectionContext context, Instance instance) {
    Map<String, String> tags = Attributes.tags(instance.tags(), Tag::key, Tag::value);
    String state = instance.state() == null ? null : instance.state().nameAsString();
    Resource.Builder r = context.newResource(context.arn("ec2", "instance/" + instance.instanceId()),
        Attributes.name(tags, instance.instanceId())).tags(tags);
    if (state != null) {
      r.state(state);
    }
    Instant created = instance.networkInterfaces().stream()
        .filter(n -> n.attachment() != null && Integer.valueOf(0).equals(n.attachment().deviceIndex()))
        .map(InstanceNetworkInterface::attachment).map(a -> a.attachTime()).filter(t -> t != null)
        .findFirst().orElse(instance.launchTime());
    if (created != null) {
      r.createdAt(created);
    }
    Attributes.put(r, "instance_type", instance.instanceTypeAsString());
    Attributes.put(r, "platform", "windows".equalsIgnoreCase(instance.platformAsString()) ? "windows" : "linux");
    Attributes.put(r, "platform_details", instance.platformDetails());
    Attributes.put(r, "architecture", instance.architectureAsString());
    Attributes.put(r, "launch_time", instance.launchTime());
    Attributes.put(r, "availability_zone", instance.placement() == null ? null : instance.placement().availabilityZone());
    Attributes.put(r, "vpc_id", instance.vpcId());
    Attributes.put(r, "subnet_id", instance.subnetId());
    Attributes.put(r, "public_ip", instance.publicIpAddress());
    Attributes.put(r, "private_ip", instance.privateIpAddress());
    Attributes.put(r, "security_groups",
        instance.securityGroups().stream().map(GroupIdentifier::groupId).collect(Collectors.toList()));
    Attributes.put(r, "iam_instance_profile", instance.iamInstanceProfile() == null ? null
        : instance.iamInstanceProfile().arn());
    if (instance.metadataOptions() != null) {
      Attributes.put(r, "imds_http_tokens", instance.metadataOptions().httpTokensAsString());
      Attributes.put(r, "imds_http_endpoint", instance.metadataOptions().httpEndpointAsString());
    }
    Attributes.put(r, "state_transition_reason", instance.stateTransitionReason());
    if ("stopped".equals(state) || "stopping".equals(state)) {
      Attributes.transitionTime(instance.stateTransitionReason())
          .ifPresent(stoppedAt -> r.putAttributes("stopped_at", stoppedAt));
    }
    Attributes.put(r, "ebs_volume_ids", instance.blockDeviceMappings().stream()
        .filter(b -> b.ebs() != null).map(b -> b.ebs().volumeId()).collect(Collectors.toList()));
    return r;
  }
}
