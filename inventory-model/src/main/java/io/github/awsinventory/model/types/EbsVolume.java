package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.NumberKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.util.List;
import java.util.Map;

/**
 * {@code ebs_volume}: An EBS volume. Its attribute keys, through which collectors write and rules read, and its
 * {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class EbsVolume {

  /**
   * {@code volume_type} (string): {@code gp2}, {@code gp3}, {@code io1}, {@code io2}, {@code st1}, {@code sc1}, {@code
   * standard}.
   */
  public static final AttributeKey<String> VOLUME_TYPE = AttributeKey.string("volume_type",
      "`gp2`, `gp3`, `io1`, `io2`, `st1`, `sc1`, `standard`");

  /** {@code size_gib} (number): size in GiB. */
  public static final NumberKey SIZE_GIB = AttributeKey.number("size_gib", "size in GiB");

  /** {@code iops} (number): provisioned (io1/io2, gp3) or baseline (gp2) IOPS. */
  public static final NumberKey IOPS = AttributeKey.number("iops", "provisioned (io1/io2, gp3) or baseline (gp2) IOPS");

  /** {@code throughput_mibps} (number): gp3 throughput in MiB/s. */
  public static final NumberKey THROUGHPUT_MIBPS = AttributeKey.number("throughput_mibps", "gp3 throughput in MiB/s");

  /** {@code encrypted} (boolean): whether the volume is encrypted. */
  public static final AttributeKey<Boolean> ENCRYPTED = AttributeKey.bool("encrypted",
      "whether the volume is encrypted");

  /** {@code kms_key_id} (string): ARN of the KMS key of an encrypted volume. */
  public static final AttributeKey<String> KMS_KEY_ID = AttributeKey.string("kms_key_id",
      "ARN of the KMS key of an encrypted volume");

  /** {@code attached} (boolean): at least one attachment is {@code attached} or {@code attaching}. */
  public static final AttributeKey<Boolean> ATTACHED = AttributeKey.bool("attached",
      "at least one attachment is `attached` or `attaching`");

  /** {@code attachments} (list of maps): one per attachment, see below. */
  public static final AttributeKey<List<Map<String, Object>>> ATTACHMENTS = AttributeKey.mapList("attachments",
      "one per attachment, see below",
      Attachment.INSTANCE_ID,
      Attachment.DEVICE,
      Attachment.STATE);

  /** {@code availability_zone} (string): Availability Zone name. */
  public static final AttributeKey<String> AVAILABILITY_ZONE = AttributeKey.string("availability_zone",
      "Availability Zone name");

  /** {@code snapshot_id} (string): snapshot the volume was created from. */
  public static final AttributeKey<String> SNAPSHOT_ID = AttributeKey.string("snapshot_id",
      "snapshot the volume was created from");

  /** {@code multi_attach_enabled} (boolean): whether Multi-Attach is enabled. */
  public static final AttributeKey<Boolean> MULTI_ATTACH_ENABLED = AttributeKey.bool("multi_attach_enabled",
      "whether Multi-Attach is enabled");

  /** The entries of each {@link #ATTACHMENTS} item. */
  public static final class Attachment {
    /** {@code instance_id} (string): instance the volume is attached to. */
    public static final AttributeKey<String> INSTANCE_ID = AttributeKey.string("instance_id",
        "instance the volume is attached to");

    /** {@code device} (string): device name, e.g. {@code /dev/xvdf}. */
    public static final AttributeKey<String> DEVICE = AttributeKey.string("device", "device name, e.g. `/dev/xvdf`");

    /** {@code state} (string): {@code attaching}, {@code attached}, {@code detaching} or {@code detached}. */
    public static final AttributeKey<String> STATE = AttributeKey.string("state",
        "`attaching`, `attached`, `detaching` or `detached`");

    private Attachment() {}
  }

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.EBS_VOLUME)
      .description("An EBS volume")
      .service("ec2")
      .arnFormat("arn:<partition>:ec2:<region>:<account>:volume/<volume id>")
      .attributes(VOLUME_TYPE, SIZE_GIB, IOPS, THROUGHPUT_MIBPS, ENCRYPTED, KMS_KEY_ID, ATTACHED, ATTACHMENTS,
          AVAILABILITY_ZONE, SNAPSHOT_ID, MULTI_ATTACH_ENABLED)
      .iamActions("ec2:DescribeVolumes")
      .costModel("storage GiB-months by volume type, plus provisioned IOPS and throughput above the gp3/io baseline",
          VOLUME_TYPE, SIZE_GIB, IOPS, THROUGHPUT_MIBPS)
      .build();

  private EbsVolume() {}
}
