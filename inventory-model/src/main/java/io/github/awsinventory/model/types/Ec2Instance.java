package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.time.Instant;
import java.util.List;

/**
 * {@code ec2_instance}: An EC2 instance. Its attribute keys, through which collectors write and rules read, and its
 * {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class Ec2Instance {

  /** {@code instance_type} (string): e.g. {@code t3.micro}. */
  public static final AttributeKey<String> INSTANCE_TYPE = AttributeKey.string("instance_type", "e.g. `t3.micro`");

  /** {@code platform} (string): {@code windows} or {@code linux}. */
  public static final AttributeKey<String> PLATFORM = AttributeKey.string("platform", "`windows` or `linux`");

  /**
   * {@code platform_details} (string): the billing platform, e.g. {@code Linux/UNIX}, {@code Red Hat Enterprise
   * Linux}.
   */
  public static final AttributeKey<String> PLATFORM_DETAILS = AttributeKey.string("platform_details",
      "the billing platform, e.g. `Linux/UNIX`, `Red Hat Enterprise Linux`");

  /** {@code architecture} (string): {@code x86_64}, {@code arm64}, ... */
  public static final AttributeKey<String> ARCHITECTURE = AttributeKey.string("architecture", "`x86_64`, `arm64`, ...");

  /** {@code launch_time} (time): last launch (a stop/start changes it). */
  public static final AttributeKey<Instant> LAUNCH_TIME = AttributeKey.time("launch_time",
      "last launch (a stop/start changes it)");

  /** {@code availability_zone} (string): Availability Zone name. */
  public static final AttributeKey<String> AVAILABILITY_ZONE = AttributeKey.string("availability_zone",
      "Availability Zone name");

  /** {@code vpc_id} (string): VPC id. */
  public static final AttributeKey<String> VPC_ID = AttributeKey.string("vpc_id", "VPC id");

  /** {@code subnet_id} (string): subnet id. */
  public static final AttributeKey<String> SUBNET_ID = AttributeKey.string("subnet_id", "subnet id");

  /** {@code public_ip} (string): public IPv4 address, when it has one. */
  public static final AttributeKey<String> PUBLIC_IP = AttributeKey.string("public_ip",
      "public IPv4 address, when it has one");

  /** {@code private_ip} (string): primary private IPv4 address. */
  public static final AttributeKey<String> PRIVATE_IP = AttributeKey.string("private_ip",
      "primary private IPv4 address");

  /** {@code security_groups} (list of strings): security group ids. */
  public static final AttributeKey<List<String>> SECURITY_GROUPS = AttributeKey.stringList("security_groups",
      "security group ids");

  /** {@code iam_instance_profile} (string): instance profile ARN, when attached. */
  public static final AttributeKey<String> IAM_INSTANCE_PROFILE = AttributeKey.string("iam_instance_profile",
      "instance profile ARN, when attached");

  /** {@code imds_http_tokens} (string): {@code required} (IMDSv2 only) or {@code optional}. */
  public static final AttributeKey<String> IMDS_HTTP_TOKENS = AttributeKey.string("imds_http_tokens",
      "`required` (IMDSv2 only) or `optional`");

  /** {@code imds_http_endpoint} (string): {@code enabled} or {@code disabled}. */
  public static final AttributeKey<String> IMDS_HTTP_ENDPOINT = AttributeKey.string("imds_http_endpoint",
      "`enabled` or `disabled`");

  /** {@code state_transition_reason} (string): AWS's reason for the last state change. */
  public static final AttributeKey<String> STATE_TRANSITION_REASON = AttributeKey.string("state_transition_reason",
      "AWS's reason for the last state change");

  /** {@code stopped_at} (time): when a stopped or stopping instance stopped, read from the transition reason. */
  public static final AttributeKey<Instant> STOPPED_AT = AttributeKey.time("stopped_at",
      "when a stopped or stopping instance stopped, read from the transition reason");

  /** {@code ebs_volume_ids} (list of strings): ids of attached EBS volumes. */
  public static final AttributeKey<List<String>> EBS_VOLUME_IDS = AttributeKey.stringList("ebs_volume_ids",
      "ids of attached EBS volumes");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.EC2_INSTANCE)
      .description("An EC2 instance")
      .service("ec2")
      .arnFormat("arn:<partition>:ec2:<region>:<account>:instance/<instance id>")
      .attributes(INSTANCE_TYPE, PLATFORM, PLATFORM_DETAILS, ARCHITECTURE, LAUNCH_TIME, AVAILABILITY_ZONE, VPC_ID,
          SUBNET_ID, PUBLIC_IP, PRIVATE_IP, SECURITY_GROUPS, IAM_INSTANCE_PROFILE, IMDS_HTTP_TOKENS,
          IMDS_HTTP_ENDPOINT, STATE_TRANSITION_REASON, STOPPED_AT, EBS_VOLUME_IDS)
      .iamActions("ec2:DescribeInstances")
      .costModel("On-Demand instance hours by instance type and platform while pending or running; stopped is free",
          INSTANCE_TYPE, PLATFORM)
      .build();

  private Ec2Instance() {}
}
