package io.github.awsinventory.testkit.estate;

import static io.github.awsinventory.testkit.estate.SiteContext.ec2Tags;
import static io.github.awsinventory.testkit.estate.SiteContext.tagSpecification;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.autoscaling.model.AutoScalingGroup;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.FlowLogsResourceType;
import software.amazon.awssdk.services.ec2.model.PermissionGroup;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.TrafficType;
import software.amazon.awssdk.services.ec2.model.Vpc;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.Repository;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.AssignPublicIp;
import software.amazon.awssdk.services.ecs.model.ClusterSettingName;
import software.amazon.awssdk.services.ecs.model.Compatibility;
import software.amazon.awssdk.services.ecs.model.LaunchType;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.eks.model.Cluster;
import software.amazon.awssdk.services.elasticloadbalancing.ElasticLoadBalancingClient;

/**
 * Builds a {@link Site}'s VPCs, subnets, AMIs, Auto Scaling groups, classic load balancers, ECS clusters and
 * services, EKS clusters and ECR repositories, and records the default VPC and subnets the emulator keeps.
 */
final class PlatformBuilder {

  private final SiteContext site;

  PlatformBuilder(SiteContext site) {
    this.site = site;
  }

  BuiltResource vpc(Consumer<VpcSpec> spec) {
    VpcSpec s = new VpcSpec();
    spec.accept(s);
    if (s.cidr == null) {
      throw new IllegalArgumentException("VPC cidrBlock is required (was unset); call cidrBlock(\"10.1.0.0/16\")");
    }
    Ec2Client ec2 = site.ec2();
    Map<String, String> tags = ec2Tags(s.name, s.tags);
    Vpc vpc = ec2.createVpc(r -> {
      r.cidrBlock(s.cidr);
      if (!tags.isEmpty()) {
        r.tagSpecifications(tagSpecification(ResourceType.VPC, tags));
      }
    }).vpc();
    if (s.flowLogs) {
      ec2.createFlowLogs(r -> r.resourceType(FlowLogsResourceType.VPC).resourceIds(vpc.vpcId())
          .trafficType(TrafficType.ALL).logDestinationType("cloud-watch-logs").logGroupName("vpc-flow-logs")
          .deliverLogsPermissionArn("arn:aws:iam::" + site.accountId() + ":role/estate-flow-logs"));
    }
    // the emulator gives every VPC a default security group, which the security group collector lists
    for (SecurityGroup group : ec2.describeSecurityGroups(r -> r.filters(
        Filter.builder().name("vpc-id").values(vpc.vpcId()).build(),
        Filter.builder().name("group-name").values("default").build())).securityGroups()) {
      recordGroup(group, Traits.DEFAULT);
    }
    return site.record(vpcRecord(vpc, s.name, tags).traits(s.extraTraits)
        .trait(s.flowLogs, Traits.FLOW_LOGS, Traits.NO_FLOW_LOGS).build());
  }

  BuiltResource subnet(Consumer<SubnetSpec> spec) {
    SubnetSpec s = new SubnetSpec();
    spec.accept(s);
    if (s.vpcId == null || s.cidr == null) {
      throw new IllegalArgumentException("subnet vpc and cidrBlock are required (were " + s.vpcId + ", " + s.cidr
          + "); call vpc(vpc.id()) and cidrBlock(\"10.1.1.0/24\")");
    }
    Ec2Client ec2 = site.ec2();
    Map<String, String> tags = ec2Tags(s.name, s.tags);
    Subnet subnet = ec2.createSubnet(r -> {
      r.vpcId(s.vpcId).cidrBlock(s.cidr).availabilityZone(site.zone());
      if (!tags.isEmpty()) {
        r.tagSpecifications(tagSpecification(ResourceType.SUBNET, tags));
      }
    }).subnet();
    if (s.mapPublicIp) {
      ec2.modifySubnetAttribute(r -> r.subnetId(subnet.subnetId()).mapPublicIpOnLaunch(v -> v.value(true)));
    }
    return site.record(subnetRecord(subnet, s.name, tags, s.mapPublicIp).traits(s.extraTraits).build());
  }

  /** Records the default VPC of this site: it has no flow logs. */
  void recordDefaultVpc() {
    for (Vpc vpc : site.ec2().describeVpcs(r -> r.filters(Filter.builder().name("is-default").values("true").build()))
        .vpcs()) {
      site.record(vpcRecord(vpc, null, tagsOf(vpc.tags())).trait(Traits.DEFAULT).trait(Traits.NO_FLOW_LOGS).build());
    }
  }

  /** Records the default subnets of this site: they give instances public IPs. */
  void recordDefaultSubnets() {
    for (Subnet subnet : site.defaultSubnets()) {
      site.record(subnetRecord(subnet, null, tagsOf(subnet.tags()), Boolean.TRUE.equals(subnet.mapPublicIpOnLaunch()))
          .trait(Traits.DEFAULT).build());
    }
  }

  BuiltResource image(Consumer<ImageSpec> spec) {
    ImageSpec s = new ImageSpec();
    spec.accept(s);
    String name = s.requireName("AMI");
    Ec2Client ec2 = site.ec2();
    String id = ec2.registerImage(r -> r.name(name).rootDeviceName("/dev/xvda")).imageId();
    if (!s.tags.isEmpty()) {
      ec2.createTags(r -> r.resources(id).tags(ec2TagList(s.tags)));
    }
    if (s.isPublic) {
      ec2.modifyImageAttribute(r -> r.imageId(id).launchPermission(p -> p.add(a -> a.group(PermissionGroup.ALL))));
    }
    // the emulator backs a registered AMI with a snapshot of the account, which the snapshot collector lists
    for (Snapshot snapshot : ec2.describeSnapshots(r -> r.ownerIds("self").filters(Filter.builder()
        .name("description").values("Auto-created snapshot for AMI " + id).build())).snapshots()) {
      site.record(site.builder(ResourceTypes.EBS_SNAPSHOT).id(snapshot.snapshotId())
          .arn("arn:aws:ec2:" + site.region() + "::snapshot/" + snapshot.snapshotId()).tags(tagsOf(snapshot.tags()))
          .trait(Traits.SNAPSHOT).trait(Boolean.TRUE.equals(snapshot.encrypted()), Traits.ENCRYPTED, Traits.UNENCRYPTED)
          .attribute("image_id", id).attribute("size_gib", snapshot.volumeSize()).build());
    }
    return site.record(site.builder(ResourceTypes.EC2_IMAGE).id(id)
        .arn("arn:aws:ec2:" + site.region() + "::image/" + id).name(name).tags(s.tags).traits(s.extraTraits)
        .trait(s.isPublic, Traits.PUBLIC, Traits.PRIVATE).build());
  }

  BuiltResource autoScalingGroup(Consumer<AutoScalingGroupSpec> spec) {
    AutoScalingGroupSpec s = new AutoScalingGroupSpec();
    spec.accept(s);
    String name = s.requireName("Auto Scaling group");
    if (s.imageId == null) {
      throw new IllegalArgumentException("Auto Scaling group " + name + ": image is required (was unset); call "
          + "image(site.image(...).id())");
    }
    String template = site.ec2().createLaunchTemplate(r -> r.launchTemplateName(name + "-template")
        .launchTemplateData(d -> d.imageId(s.imageId).instanceType("t3.micro"))).launchTemplate().launchTemplateId();
    AutoScalingClient autoscaling = site.client(AutoScalingClient.class, AutoScalingClient::builder);
    autoscaling.createAutoScalingGroup(r -> r.autoScalingGroupName(name)
        .launchTemplate(t -> t.launchTemplateId(template).version("$Latest")).minSize(0).maxSize(2).desiredCapacity(0)
        .availabilityZones(site.zone())
        .tags(s.tags.entrySet().stream().map(t -> software.amazon.awssdk.services.autoscaling.model.Tag.builder()
            .key(t.getKey()).value(t.getValue()).resourceId(name).resourceType("auto-scaling-group")
            .propagateAtLaunch(false).build()).collect(Collectors.toList())));
    AutoScalingGroup group = autoscaling.describeAutoScalingGroups(r -> r.autoScalingGroupNames(name))
        .autoScalingGroups().get(0);
    return site.record(site.builder(ResourceTypes.AUTOSCALING_GROUP).id(name).arn(group.autoScalingGroupARN())
        .name(name).tags(s.tags).traits(s.extraTraits).trait(Traits.ZERO_CAPACITY).build());
  }

  BuiltResource classicLoadBalancer(Consumer<ClassicLoadBalancerSpec> spec) {
    ClassicLoadBalancerSpec s = new ClassicLoadBalancerSpec();
    spec.accept(s);
    String name = s.requireName("classic load balancer");
    site.client(ElasticLoadBalancingClient.class, ElasticLoadBalancingClient::builder).createLoadBalancer(r -> {
      r.loadBalancerName(name).availabilityZones(site.zone())
          .listeners(l -> l.protocol("HTTP").loadBalancerPort(80).instanceProtocol("HTTP").instancePort(8080));
      if (s.internal) {
        r.scheme("internal");
      }
      if (!s.tags.isEmpty()) {
        r.tags(
            SiteContext.tagList(s.tags, (k, v) ->
                software.amazon.awssdk.services.elasticloadbalancing.model.Tag.builder().key(k).value(v).build()));
      }
    });
    // the emulator gives a classic load balancer a security group of its own in the default VPC
    String vpc = site.defaultSubnets().get(0).vpcId();
    for (SecurityGroup group : site.ec2().describeSecurityGroups(r -> r.filters(
        Filter.builder().name("vpc-id").values(vpc).build())).securityGroups()) {
      if (group.groupName().startsWith("default_elb_") && !site.recorded(group.groupId())) {
        recordGroup(group, Traits.DEFAULT);
      }
    }
    return site.record(site.builder(ResourceTypes.ELB_CLASSIC_LOAD_BALANCER).id(name)
        .arn("arn:aws:elasticloadbalancing:" + site.region() + ":" + site.accountId() + ":loadbalancer/" + name)
        .name(name).tags(s.tags).traits(s.extraTraits).trait(Traits.EMPTY)
        .trait(s.internal, Traits.INTERNAL, Traits.INTERNET_FACING).build());
  }

  BuiltResource ecsCluster(Consumer<EcsClusterSpec> spec) {
    EcsClusterSpec s = new EcsClusterSpec();
    spec.accept(s);
    String name = s.requireName("ECS cluster");
    String arn = ecs().createCluster(r -> {
      // an empty tag list rather than none: the emulator's Tagging API fails on an ECS cluster created without one
      r.clusterName(name).settings(c -> c.name(ClusterSettingName.CONTAINER_INSIGHTS)
          .value(s.containerInsights ? "enabled" : "disabled"))
          .tags(
              SiteContext.tagList(s.tags, (k, v) ->
                  software.amazon.awssdk.services.ecs.model.Tag.builder().key(k).value(v).build()));
    }).cluster().clusterArn();
    return site.record(site.builder(ResourceTypes.ECS_CLUSTER).id(name).arn(arn).name(name).tags(s.tags)
        .traits(s.extraTraits).trait(s.containerInsights, Traits.CONTAINER_INSIGHTS, Traits.NO_CONTAINER_INSIGHTS)
        .build());
  }

  BuiltResource ecsService(Consumer<EcsServiceSpec> spec) {
    EcsServiceSpec s = new EcsServiceSpec();
    spec.accept(s);
    String name = s.requireName("ECS service");
    if (s.cluster == null) {
      throw new IllegalArgumentException("ECS service " + name + ": cluster is required (was unset); call "
          + "cluster(\"<cluster name>\")");
    }
    EcsClient ecs = ecs();
    String taskDefinition = ecs.registerTaskDefinition(t -> t.family(name).networkMode("awsvpc")
        .requiresCompatibilities(Compatibility.FARGATE).cpu("256").memory("512")
        .containerDefinitions(c -> c.name(name).image("public.ecr.aws/nginx/nginx:stable").memory(512)))
        .taskDefinition().taskDefinitionArn();
    // the emulator's Tagging API lists every task definition, tagged or not, so the broad tier finds it
    site.record(site.builder(ResourceTypes.ECS_TASK_DEFINITION).id(taskDefinition).arn(taskDefinition)
        .name(taskDefinition.substring(taskDefinition.lastIndexOf('/') + 1)).trait(Traits.DEFAULT).build());
    Subnet subnet = site.defaultSubnets().get(0);
    String group = site.ec2().describeSecurityGroups(r -> r.filters(
        Filter.builder().name("vpc-id").values(subnet.vpcId()).build(),
        Filter.builder().name("group-name").values("default").build())).securityGroups().get(0).groupId();
    String arn = ecs.createService(r -> {
      r.cluster(s.cluster).serviceName(name).taskDefinition(taskDefinition).desiredCount(1)
          .launchType(LaunchType.FARGATE).networkConfiguration(n -> n.awsvpcConfiguration(a -> a
              .subnets(subnet.subnetId()).securityGroups(group)
              .assignPublicIp(s.publicIp ? AssignPublicIp.ENABLED : AssignPublicIp.DISABLED)));
      if (!s.tags.isEmpty()) {
        r.tags(
            SiteContext.tagList(s.tags, (k, v) ->
                software.amazon.awssdk.services.ecs.model.Tag.builder().key(k).value(v).build()));
      }
    }).service().serviceArn();
    return site.record(site.builder(ResourceTypes.ECS_SERVICE).id(name).arn(arn).name(name).tags(s.tags)
        .traits(s.extraTraits).trait(s.publicIp, Traits.PUBLIC_ENDPOINT, Traits.PRIVATE_ENDPOINT)
        .attribute("cluster", s.cluster).build());
  }

  BuiltResource eksCluster(Consumer<EksClusterSpec> spec) {
    EksClusterSpec s = new EksClusterSpec();
    spec.accept(s);
    String name = s.requireName("EKS cluster");
    List<String> subnets = site.defaultSubnets().stream().limit(2).map(Subnet::subnetId).collect(Collectors.toList());
    Cluster cluster = site.client(EksClient.class, EksClient::builder).createCluster(r -> {
      r.name(name).version("1.31").roleArn("arn:aws:iam::" + site.accountId() + ":role/estate-eks-cluster")
          .resourcesVpcConfig(v -> {
            v.subnetIds(subnets).endpointPublicAccess(s.publicEndpoint).endpointPrivateAccess(!s.publicEndpoint);
            if (s.publicEndpoint) {
              v.publicAccessCidrs("0.0.0.0/0");
            }
          });
      if (!s.tags.isEmpty()) {
        r.tags(s.tags);
      }
    }).cluster();
    return site.record(site.builder(ResourceTypes.EKS_CLUSTER).id(name).arn(cluster.arn()).name(name).tags(s.tags)
        .traits(s.extraTraits).trait(s.publicEndpoint, Traits.PUBLIC_ENDPOINT, Traits.PRIVATE_ENDPOINT).build());
  }

  BuiltResource ecrRepository(Consumer<EcrRepositorySpec> spec) {
    EcrRepositorySpec s = new EcrRepositorySpec();
    spec.accept(s);
    String name = s.requireName("ECR repository");
    Repository repository = site.client(EcrClient.class, EcrClient::builder).createRepository(r -> {
      r.repositoryName(name).imageScanningConfiguration(c -> c.scanOnPush(s.scanOnPush));
      if (!s.tags.isEmpty()) {
        r.tags(
            SiteContext.tagList(s.tags, (k, v) ->
                software.amazon.awssdk.services.ecr.model.Tag.builder().key(k).value(v).build()));
      }
    }).repository();
    return site.record(site.builder(ResourceTypes.ECR_REPOSITORY).id(name).arn(repository.repositoryArn()).name(name)
        .tags(s.tags).traits(s.extraTraits).trait(Traits.EMPTY)
        .trait(s.scanOnPush, Traits.SCAN_ON_PUSH, Traits.NO_SCAN_ON_PUSH).build());
  }

  private void recordGroup(SecurityGroup group, String trait) {
    site.record(site.securityGroupRecord(group, tagsOf(group.tags())).trait(trait).build());
  }

  private EcsClient ecs() {
    return site.client(EcsClient.class, EcsClient::builder);
  }

  private BuiltResource.Builder vpcRecord(Vpc vpc, String name, Map<String, String> tags) {
    return site.builder(ResourceTypes.VPC).id(vpc.vpcId()).arn(site.ec2Arn("vpc/" + vpc.vpcId())).name(name)
        .tags(tags).attribute("cidr_block", vpc.cidrBlock());
  }

  private BuiltResource.Builder subnetRecord(Subnet subnet, String name, Map<String, String> tags,
      boolean publicIp) {
    return site.builder(ResourceTypes.SUBNET).id(subnet.subnetId()).arn(site.ec2Arn("subnet/" + subnet.subnetId()))
        .name(name).tags(tags).trait(publicIp, Traits.AUTO_PUBLIC_IP, Traits.NO_AUTO_PUBLIC_IP)
        .attribute("vpc_id", subnet.vpcId()).attribute("cidr_block", subnet.cidrBlock());
  }

  private static Map<String, String> tagsOf(List<software.amazon.awssdk.services.ec2.model.Tag> tags) {
    return SiteContext.ec2TagMap(tags);
  }

  private static List<software.amazon.awssdk.services.ec2.model.Tag> ec2TagList(Map<String, String> tags) {
    return SiteContext.tagList(tags, (k, v) -> software.amazon.awssdk.services.ec2.model.Tag.builder().key(k).value(v)
        .build());
  }
}
