package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.NumberKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.time.Instant;
import java.util.List;

/**
 * {@code autoscaling_group}: An EC2 Auto Scaling group. Its attribute keys, through which collectors write and rules
 * read, and its {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class AutoScalingGroup {

  /** {@code min_size} (number): the group's minimum size. */
  public static final NumberKey MIN_SIZE = AttributeKey.number("min_size", "the group's minimum size");

  /** {@code max_size} (number): the group's maximum size. */
  public static final NumberKey MAX_SIZE = AttributeKey.number("max_size", "the group's maximum size");

  /** {@code desired_capacity} (number): the number of instances the group keeps running. */
  public static final NumberKey DESIRED_CAPACITY = AttributeKey.number("desired_capacity",
      "the number of instances the group aims to run");

  /** {@code instance_count} (number): the instances in the group, in any lifecycle state. */
  public static final NumberKey INSTANCE_COUNT = AttributeKey.number("instance_count",
      "the instances in the group now, in any lifecycle state");

  /** {@code launch_template} (string): the name (else the id) of the group's launch template. */
  public static final AttributeKey<String> LAUNCH_TEMPLATE = AttributeKey.string("launch_template",
      "the name (else the id) of the launch template, its own or that of its mixed instances policy; absent for a "
      + "group with a launch configuration");

  /** {@code launch_template_version} (string): such as {@code $Latest}, {@code $Default} or {@code 3}. */
  public static final AttributeKey<String> LAUNCH_TEMPLATE_VERSION = AttributeKey.string("launch_template_version",
      "the launch template version, such as `$Latest`, `$Default` or `3`");

  /** {@code launch_configuration} (string): the name of the group's launch configuration. */
  public static final AttributeKey<String> LAUNCH_CONFIGURATION = AttributeKey.string("launch_configuration",
      "the name of the launch configuration; absent for a group with a launch template");

  /** {@code health_check_type} (string): {@code EC2}, {@code ELB}, ... */
  public static final AttributeKey<String> HEALTH_CHECK_TYPE = AttributeKey.string("health_check_type",
      "`EC2`, `ELB`, `VPC_LATTICE` or `EBS`");

  /** {@code availability_zones} (list of strings): zone names. */
  public static final AttributeKey<List<String>> AVAILABILITY_ZONES = AttributeKey.stringList("availability_zones",
      "zone names");

  /** {@code created_time} (time): when the group was created. */
  public static final AttributeKey<Instant> CREATED_TIME = AttributeKey.time("created_time",
      "when the group was created");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.AUTOSCALING_GROUP)
      .description("An EC2 Auto Scaling group")
      .service("autoscaling")
      .arnFormat("arn:<partition>:autoscaling:<region>:<account>:autoScalingGroup:<uuid>:autoScalingGroupName/<name>")
      .attributes(MIN_SIZE, MAX_SIZE, DESIRED_CAPACITY, INSTANCE_COUNT, LAUNCH_TEMPLATE, LAUNCH_TEMPLATE_VERSION,
          LAUNCH_CONFIGURATION, HEALTH_CHECK_TYPE, AVAILABILITY_ZONES, CREATED_TIME)
      .iamActions("autoscaling:DescribeAutoScalingGroups")
      .costModel("free: no charge for Auto Scaling itself (its instances are priced as ec2_instance)")
      .build();

  private AutoScalingGroup() {}
}
