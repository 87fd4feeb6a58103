package io.github.awsinventory.testkit.estate;

import io.github.awsinventory.testkit.internal.SecurityGroupRules;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.rds.RdsClient;

/**
 * What a {@link Site}'s builders share: the estate that records what they build, this site's account and
 * region and their clients, and how records, ARNs and EC2 tags are written here.
 */
final class SiteContext {

  // AWS reports a gp3 volume's baseline performance (3000 IOPS, 125 MiB/s) even when none was asked for;
  // the emulator reports only what was set, so the estate sets it as AWS would report it.
  static final String GP3 = "gp3";
  static final int GP3_BASELINE_IOPS = 3000;
  static final int GP3_BASELINE_THROUGHPUT_MIBPS = 125;

  private final Estate estate;
  private final String accountId;
  private final String region;
  private List<Subnet> defaultSubnets;

  SiteContext(Estate estate, String accountId, String region) {
    this.estate = estate;
    this.accountId = accountId;
    this.region = region;
  }

  String accountId() {
    return accountId;
  }

  String region() {
    return region;
  }

  /** Records a built resource in the estate. */
  BuiltResource record(BuiltResource resource) {
    return estate.record(resource);
  }

  /** Whether the estate has recorded a resource of this account and region with this id. */
  boolean recorded(String id) {
    return estate.recorded(accountId, region, id);
  }

  /** The record of a resource of this account and region. */
  BuiltResource.Builder builder(String type) {
    return BuiltResource.builder(type, accountId, region);
  }

  /** The execution role of this account's Lambda functions. */
  String lambdaRole() {
    return estate.lambdaRole(accountId);
  }

  <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends SdkClient> C client(
      Class<C> type, Supplier<B> builder) {
    return estate.client(type, builder, accountId, region);
  }

  Ec2Client ec2() {
    return client(Ec2Client.class, Ec2Client::builder);
  }

  RdsClient rds() {
    return client(RdsClient.class, RdsClient::builder);
  }

  /** The default VPC's subnets, one per availability zone, in zone order. */
  List<Subnet> defaultSubnets() {
    if (defaultSubnets == null) {
      defaultSubnets = ec2().describeSubnets().subnets().stream()
          .filter(s -> Boolean.TRUE.equals(s.defaultForAz()))
          .sorted(Comparator.comparing(Subnet::availabilityZone))
          .collect(Collectors.toList());
      if (defaultSubnets.isEmpty()) {
        throw new IllegalStateException("the emulator has no default subnets in " + accountId + "/" + region);
      }
    }
    return defaultSubnets;
  }

  /** The region's first availability zone. */
  String zone() {
    return region + "a";
  }

  String ec2Arn(String resource) {
    return "arn:aws:ec2:" + region + ":" + accountId + ":" + resource;
  }

  /** The tags of an EC2 resource: {@code Name} first when named, then the spec's tags. */
  static Map<String, String> ec2Tags(String name, Map<String, String> tags) {
    Map<String, String> all = new LinkedHashMap<>();
    if (name != null) {
      all.put("Name", name);
    }
    all.putAll(tags);
    return all;
  }

  /** The record of a security group of this site, with the traits its ingress rules give it. */
  BuiltResource.Builder securityGroupRecord(SecurityGroup group, Map<String, String> tags) {
    return builder(ResourceTypes.SECURITY_GROUP).id(group.groupId())
        .arn(ec2Arn("security-group/" + group.groupId())).name(group.groupName()).tags(tags)
        .traits(SecurityGroupRules.traits(group.ipPermissions()))
        .attribute("vpc_id", group.vpcId())
        .attribute("ingress_rules", group.ipPermissions().size());
  }

  /** The tags of an EC2 resource as the emulator answered them, in its order. */
  static Map<String, String> ec2TagMap(List<software.amazon.awssdk.services.ec2.model.Tag> tags) {
    return tags.stream().collect(Collectors.toMap(t -> t.key(), t -> t.value(), (a, b) -> b, LinkedHashMap::new));
  }

  /** The tags in a service's own tag type, in the order given. */
  static <T> List<T> tagList(Map<String, String> tags, BiFunction<String, String, T> tag) {
    return tags.entrySet().stream().map(t -> tag.apply(t.getKey(), t.getValue())).collect(Collectors.toList());
  }

  static TagSpecification tagSpecification(ResourceType type, Map<String, String> tags) {
    return TagSpecification.builder().resourceType(type).tags(tags.entrySet().stream()
        .map(t -> software.amazon.awssdk.services.ec2.model.Tag.builder().key(t.getKey()).value(t.getValue()).build())
        .collect(Collectors.toList())).build();
  }
}
