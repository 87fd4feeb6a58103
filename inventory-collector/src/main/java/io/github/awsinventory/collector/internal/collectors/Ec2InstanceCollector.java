package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.Ec2Instance;
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
public final class Ec2InstanceCollector implements ItemCollector<Instance> {

  @Override
  public TypeDescriptor descriptor() {
    return Ec2Instance.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<Instance>> details() {
    return List.of();
  }

  @Override
  public void list(CollectionContext context, ListedItems<Instance> items) {
    Ec2Client ec2 = context.client(Ec2Client.class);
    for (Reservation reservation : ec2.describeInstancesPaginator(r -> r.maxResults(1000)).reservations()) {
      for (Instance instance : reservation.instances()) {
        if (instance.state() != null && instance.state().name() == InstanceStateName.TERMINATED) {
          continue;
        }
        resource(context, items, instance);
      }
    }
  }

  private static Resource.Builder resource(CollectionContext context, ListedItems<Instance> items, Instance instance) {
    Map<String, String> tags = Attributes.tags(instance.tags(), Tag::key, Tag::value);
    String state = instance.state() == null ? null : instance.state().nameAsString();
    Resource.Builder r = items.add(instance, context.arn("ec2", "instance/" + instance.instanceId()),
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
    Ec2Instance.INSTANCE_TYPE.put(r, instance.instanceTypeAsString());
    Ec2Instance.PLATFORM.put(r, "windows".equalsIgnoreCase(instance.platformAsString()) ? "windows" : "linux");
    Ec2Instance.PLATFORM_DETAILS.put(r, instance.platformDetails());
    Ec2Instance.ARCHITECTURE.put(r, instance.architectureAsString());
    Ec2Instance.LAUNCH_TIME.put(r, instance.launchTime());
    Ec2Instance.AVAILABILITY_ZONE.put(r, instance.placement() == null ? null : instance.placement().availabilityZone());
    Ec2Instance.VPC_ID.put(r, instance.vpcId());
    Ec2Instance.SUBNET_ID.put(r, instance.subnetId());
    Ec2Instance.PUBLIC_IP.put(r, instance.publicIpAddress());
    Ec2Instance.PRIVATE_IP.put(r, instance.privateIpAddress());
    Ec2Instance.SECURITY_GROUPS.put(r,
        instance.securityGroups().stream().map(GroupIdentifier::groupId).collect(Collectors.toList()));
    Ec2Instance.IAM_INSTANCE_PROFILE.put(r, instance.iamInstanceProfile() == null ? null
        : instance.iamInstanceProfile().arn());
    if (instance.metadataOptions() != null) {
      Ec2Instance.IMDS_HTTP_TOKENS.put(r, instance.metadataOptions().httpTokensAsString());
      Ec2Instance.IMDS_HTTP_ENDPOINT.put(r, instance.metadataOptions().httpEndpointAsString());
    }
    Ec2Instance.STATE_TRANSITION_REASON.put(r, instance.stateTransitionReason());
    if ("stopped".equals(state) || "stopping".equals(state)) {
      Attributes.transitionTime(instance.stateTransitionReason())
          .ifPresent(stoppedAt -> Ec2Instance.STOPPED_AT.put(r, stoppedAt));
    }
    Ec2Instance.EBS_VOLUME_IDS.put(r, instance.blockDeviceMappings().stream()
        .filter(b -> b.ebs() != null).map(b -> b.ebs().volumeId()).collect(Collectors.toList()));
    return r;
  }
}
