package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.time.Instant;
import java.util.List;

/**
 * {@code ec2_image}: An AMI the account owns. Its attribute keys, through which collectors write and rules read, and
 * its {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class Ec2Image {

  /** {@code image_id} (string): AMI id. */
  public static final AttributeKey<String> IMAGE_ID = AttributeKey.string("image_id", "AMI id");

  /** {@code image_name} (string): the name given at registration. */
  public static final AttributeKey<String> IMAGE_NAME = AttributeKey.string("image_name",
      "the name given at registration");

  /** {@code is_public} (boolean): whether every AWS account may launch the AMI. */
  public static final AttributeKey<Boolean> IS_PUBLIC = AttributeKey.bool("is_public",
      "whether every AWS account may launch the AMI (its launch permissions include the group `all`)");

  /** {@code creation_date} (time): when the AMI was created. */
  public static final AttributeKey<Instant> CREATION_DATE = AttributeKey.time("creation_date",
      "when the AMI was created");

  /** {@code root_device_type} (string): {@code ebs} or {@code instance-store}. */
  public static final AttributeKey<String> ROOT_DEVICE_TYPE = AttributeKey.string("root_device_type",
      "`ebs` or `instance-store`");

  /** {@code root_device_name} (string): such as {@code /dev/xvda}. */
  public static final AttributeKey<String> ROOT_DEVICE_NAME = AttributeKey.string("root_device_name",
      "the root device, such as `/dev/xvda`");

  /** {@code architecture} (string): {@code x86_64}, {@code arm64}, ... */
  public static final AttributeKey<String> ARCHITECTURE = AttributeKey.string("architecture",
      "`x86_64`, `arm64`, `i386`, ...");

  /** {@code snapshot_ids} (list of strings): the EBS snapshots of the AMI's block device mappings. */
  public static final AttributeKey<List<String>> SNAPSHOT_IDS = AttributeKey.stringList("snapshot_ids",
      "the EBS snapshots of the AMI's block device mappings, which are billed as `ebs_snapshot`s while the AMI "
      + "keeps them");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.EC2_IMAGE)
      .description("An AMI the account owns")
      .service("ec2")
      .arnFormat("arn:<partition>:ec2:<region>::image/<image id>")
      .attributes(IMAGE_ID, IMAGE_NAME, IS_PUBLIC, CREATION_DATE, ROOT_DEVICE_TYPE, ROOT_DEVICE_NAME, ARCHITECTURE,
          SNAPSHOT_IDS)
      .iamActions("ec2:DescribeImages")
      .costModel("free: no charge for the AMI itself; it costs the storage of its snapshots, which are collected "
          + "and priced as ebs_snapshot")
      .build();

  private Ec2Image() {}
}
