package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.NumberKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.time.Instant;

/**
 * {@code ebs_snapshot}: An EBS snapshot owned by the account. Its attribute keys, through which collectors write and
 * rules read, and its {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class EbsSnapshot {

  /** {@code size_gib} (number): size of the source volume in GiB. */
  public static final NumberKey SIZE_GIB = AttributeKey.number("size_gib", "size of the source volume in GiB");

  /** {@code start_time} (time): when the snapshot was started. */
  public static final AttributeKey<Instant> START_TIME = AttributeKey.time("start_time",
      "when the snapshot was started");

  /** {@code encrypted} (boolean): whether the snapshot is encrypted. */
  public static final AttributeKey<Boolean> ENCRYPTED = AttributeKey.bool("encrypted",
      "whether the snapshot is encrypted");

  /** {@code kms_key_id} (string): KMS key of an encrypted snapshot. */
  public static final AttributeKey<String> KMS_KEY_ID = AttributeKey.string("kms_key_id",
      "KMS key of an encrypted snapshot");

  /** {@code volume_id} (string): source volume (an arbitrary id for copied snapshots). */
  public static final AttributeKey<String> VOLUME_ID = AttributeKey.string("volume_id",
      "source volume (an arbitrary id for copied snapshots)");

  /** {@code description} (string): the description given at creation. */
  public static final AttributeKey<String> DESCRIPTION = AttributeKey.string("description",
      "the description given at creation");

  /** {@code storage_tier} (string): {@code standard} or {@code archive}. */
  public static final AttributeKey<String> STORAGE_TIER = AttributeKey.string("storage_tier",
      "`standard` or `archive`");

  /** {@code progress} (string): e.g. {@code 100%}. */
  public static final AttributeKey<String> PROGRESS = AttributeKey.string("progress", "e.g. `100%`");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.EBS_SNAPSHOT)
      .description("An EBS snapshot owned by the account")
      .service("ec2")
      .arnFormat("arn:<partition>:ec2:<region>::snapshot/<snapshot id>")
      .attributes(SIZE_GIB, START_TIME, ENCRYPTED, KMS_KEY_ID, VOLUME_ID, DESCRIPTION, STORAGE_TIER, PROGRESS)
      .iamActions("ec2:DescribeSnapshots")
      .costModel("snapshot storage GiB-months of the full source volume size (an upper bound) by storage tier",
          SIZE_GIB, STORAGE_TIER)
      .build();

  private EbsSnapshot() {}
}
