package io.github.awsinventory.testkit.estate;

import static io.github.awsinventory.testkit.estate.SiteContext.GP3;
import static io.github.awsinventory.testkit.estate.SiteContext.GP3_BASELINE_IOPS;
import static io.github.awsinventory.testkit.estate.SiteContext.GP3_BASELINE_THROUGHPUT_MIBPS;
import static io.github.awsinventory.testkit.estate.SiteContext.ec2Tags;
import static io.github.awsinventory.testkit.estate.SiteContext.tagSpecification;

import io.github.awsinventory.testkit.internal.LambdaPackages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotResponse;
import software.amazon.awssdk.services.ec2.model.HttpTokensState;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceBlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.Volume;
import software.amazon.awssdk.services.ec2.model.VolumeAttachment;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;

/** Builds a {@link Site}'s EC2 instances (with their root volumes), EBS volumes and snapshots, and Lambda functions. */
final class ComputeBuilder {

  private static final String ROOT_DEVICE = "/dev/xvda";

  private final SiteContext site;
  private final Map<String, Character> nextDevice = new HashMap<>();

  ComputeBuilder(SiteContext site) {
    this.site = site;
  }

  BuiltResource instance(Consumer<InstanceSpec> spec) {
    InstanceSpec s = new InstanceSpec();
    spec.accept(s);
    Map<String, String> tags = ec2Tags(s.name, s.tags);
    Map<String, String> rootTags = ec2Tags(s.name == null ? null : s.name + "-root", s.tags);
    RunInstancesRequest.Builder request = RunInstancesRequest.builder()
        .imageId(s.imageId).instanceType(s.instanceType).minCount(1).maxCount(1)
        .placement(p -> p.availabilityZone(site.zone()))
        .metadataOptions(m -> m.httpTokens(s.allowImdsV1 ? HttpTokensState.OPTIONAL : HttpTokensState.REQUIRED))
        .blockDeviceMappings(BlockDeviceMapping.builder().deviceName(ROOT_DEVICE).ebs(e -> e
            .volumeType(s.rootVolumeType).volumeSize(s.rootVolumeSizeGib).encrypted(s.rootVolumeEncrypted)
            .iops(GP3.equals(s.rootVolumeType) ? Integer.valueOf(GP3_BASELINE_IOPS) : null)
            .throughput(GP3.equals(s.rootVolumeType) ? Integer.valueOf(GP3_BASELINE_THROUGHPUT_MIBPS) : null)
            .deleteOnTermination(true)).build());
    List<TagSpecification> tagSpecifications = new ArrayList<>();
    if (!tags.isEmpty()) {
      tagSpecifications.add(tagSpecification(ResourceType.INSTANCE, tags));
    }
    if (!rootTags.isEmpty()) {
      tagSpecifications.add(tagSpecification(ResourceType.VOLUME, rootTags));
    }
    if (!tagSpecifications.isEmpty()) {
      request.tagSpecifications(tagSpecifications);
    }
    Ec2Client ec2 = site.ec2();
    String id = ec2.runInstances(request.build()).instances().get(0).instanceId();
    if (s.stopped) {
      ec2.stopInstances(r -> r.instanceIds(id));
    }
    Instance instance = ec2.describeInstances(r -> r.instanceIds(id)).reservations().get(0).instances().get(0);
    String rootVolumeId = instance.blockDeviceMappings().stream()
        .filter(b -> ROOT_DEVICE.equals(b.deviceName()) && b.ebs() != null)
        .map(InstanceBlockDeviceMapping::ebs).map(e -> e.volumeId()).findFirst()
        .orElseThrow(() -> new IllegalStateException("the emulator reported no root volume " + ROOT_DEVICE
            + " for instance " + id + " (block devices: " + instance.blockDeviceMappings() + ")"));
    String state = instance.state().nameAsString();
    String family = s.instanceType.split("\\.", 2)[0].toLowerCase(Locale.ROOT);
    BuiltResource.Builder built = site.builder(ResourceTypes.EC2_INSTANCE).id(id).arn(site.ec2Arn("instance/" + id))
        .name(s.name).tags(tags).traits(s.extraTraits)
        .trait(instance.metadataOptions().httpTokens() == HttpTokensState.OPTIONAL, Traits.IMDSV1, Traits.IMDSV2)
        .attribute("instance_type", instance.instanceTypeAsString())
        .attribute("state", state)
        .attribute("availability_zone", instance.placement().availabilityZone())
        .attribute("image_id", instance.imageId())
        .attribute("root_volume_id", rootVolumeId);
    if ("stopped".equals(state)) {
      built.trait(Traits.STOPPED);
    } else if ("running".equals(state)) {
      built.trait(Traits.RUNNING);
    }
    if (Traits.PREVIOUS_GENERATION_FAMILIES.contains(family)) {
      built.trait(Traits.PREVIOUS_GENERATION);
    }
    BuiltResource result = site.record(built.build());
    if (GP3.equals(s.rootVolumeType)) {
      // the emulator drops Throughput from block device mappings; state it as AWS would report it
      ec2.modifyVolume(r -> r.volumeId(rootVolumeId).throughput(GP3_BASELINE_THROUGHPUT_MIBPS));
    }
    Volume root = ec2.describeVolumes(r -> r.volumeIds(rootVolumeId)).volumes().get(0);
    site.record(volumeRecord(root, s.name == null ? null : s.name + "-root", rootTags).trait(Traits.ROOT).build());
    return result;
  }

  BuiltResource volume(Consumer<VolumeSpec> spec) {
    VolumeSpec s = new VolumeSpec();
    spec.accept(s);
    Map<String, String> tags = ec2Tags(s.name, s.tags);
    Ec2Client ec2 = site.ec2();
    String id = ec2.createVolume(r -> {
      boolean gp3 = GP3.equals(s.volumeType);
      r.availabilityZone(site.zone()).size(s.sizeGib).volumeType(s.volumeType).encrypted(s.encrypted)
          .iops(s.iops != null || !gp3 ? s.iops : Integer.valueOf(GP3_BASELINE_IOPS))
          .throughput(gp3 ? Integer.valueOf(GP3_BASELINE_THROUGHPUT_MIBPS) : null);
      if (!tags.isEmpty()) {
        r.tagSpecifications(tagSpecification(ResourceType.VOLUME, tags));
      }
    }).volumeId();
    if (s.attachTo != null) {
      char device = nextDevice.merge(s.attachTo, 'f', (a, b) -> (char) (a + 1));
      ec2.attachVolume(r -> r.volumeId(id).instanceId(s.attachTo).device("/dev/sd" + device));
    }
    Volume volume = ec2.describeVolumes(r -> r.volumeIds(id)).volumes().get(0);
    return site.record(volumeRecord(volume, s.name, tags).traits(s.extraTraits).build());
  }

  BuiltResource snapshot(Consumer<SnapshotSpec> spec) {
    SnapshotSpec s = new SnapshotSpec();
    spec.accept(s);
    if (s.volumeId == null) {
      throw new IllegalArgumentException("snapshot volume is required (was unset); call volume(volumeId) on the spec");
    }
    Map<String, String> tags = ec2Tags(s.name, s.tags);
    CreateSnapshotResponse snapshot = site.ec2().createSnapshot(r -> {
      r.volumeId(s.volumeId).description("estate snapshot of " + s.volumeId);
      if (!tags.isEmpty()) {
        r.tagSpecifications(tagSpecification(ResourceType.SNAPSHOT, tags));
      }
    });
    return site.record(site.builder(ResourceTypes.EBS_SNAPSHOT).id(snapshot.snapshotId())
        .arn("arn:aws:ec2:" + site.region() + "::snapshot/" + snapshot.snapshotId())
        .name(s.name).tags(tags).traits(s.extraTraits).trait(Traits.SNAPSHOT)
        .trait(Boolean.TRUE.equals(snapshot.encrypted()), Traits.ENCRYPTED, Traits.UNENCRYPTED)
        .attribute("volume_id", snapshot.volumeId())
        .attribute("size_gib", snapshot.volumeSize())
        .build());
  }

  BuiltResource function(Consumer<FunctionSpec> spec) {
    FunctionSpec s = new FunctionSpec();
    spec.accept(s);
    String name = s.requireName("function");
    String role = site.lambdaRole();
    CreateFunctionResponse function = site.client(LambdaClient.class, LambdaClient::builder)
        .createFunction(r -> r.functionName(name).runtime(s.runtime).role(role)
            .handler(LambdaPackages.PYTHON_ECHO_HANDLER).memorySize(s.memoryMb)
            .code(c -> c.zipFile(SdkBytes.fromByteArray(LambdaPackages.pythonEcho())))
            .tags(s.tags));
    String runtime = function.runtimeAsString();
    return site.record(site.builder(ResourceTypes.LAMBDA_FUNCTION).id(name).arn(function.functionArn()).name(name)
        .tags(s.tags).traits(s.extraTraits)
        .trait(Traits.DEPRECATED_RUNTIMES.contains(runtime), Traits.DEPRECATED_RUNTIME, Traits.CURRENT_RUNTIME)
        .attribute("runtime", runtime)
        .attribute("memory_mb", function.memorySize())
        .build());
  }

  private BuiltResource.Builder volumeRecord(Volume volume, String name, Map<String, String> tags) {
    List<VolumeAttachment> attachments = volume.attachments();
    BuiltResource.Builder built = site.builder(ResourceTypes.EBS_VOLUME).id(volume.volumeId())
        .arn(site.ec2Arn("volume/" + volume.volumeId())).name(name).tags(tags)
        .trait(Boolean.TRUE.equals(volume.encrypted()), Traits.ENCRYPTED, Traits.UNENCRYPTED)
        .trait(!attachments.isEmpty(), Traits.ATTACHED, Traits.UNATTACHED)
        .attribute("volume_type", volume.volumeTypeAsString())
        .attribute("size_gib", volume.size())
        .attribute("iops", volume.iops())
        .attribute("availability_zone", volume.availabilityZone())
        .attribute("attached_to", attachments.isEmpty() ? null : attachments.get(0).instanceId());
    if ("gp2".equals(volume.volumeTypeAsString())) {
      built.trait(Traits.GP2);
    }
    return built;
  }
}
