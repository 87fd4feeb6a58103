package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.NumberKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.time.Instant;

/**
 * {@code efs_file_system}: An EFS file system. Its attribute keys, through which collectors write and rules read, and
 * its {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class EfsFileSystem {

  /** {@code life_cycle_state} (string): {@code available}, {@code creating}, {@code deleting}, ... */
  public static final AttributeKey<String> LIFE_CYCLE_STATE = AttributeKey.string("life_cycle_state",
      "`creating`, `available`, `updating`, `deleting`, `deleted` or `error`");

  /** {@code encrypted} (boolean): whether the file system is encrypted at rest. */
  public static final AttributeKey<Boolean> ENCRYPTED = AttributeKey.bool("encrypted",
      "whether the data at rest is encrypted (with a KMS key)");

  /** {@code size_bytes} (number): the metered size of the data, all storage classes. */
  public static final NumberKey SIZE_BYTES = AttributeKey.number("size_bytes",
      "the last metered size of the data in bytes, all storage classes (EFS meters it about once an hour)");

  /** {@code size_standard_bytes} (number): the part of it in the Standard storage class. */
  public static final NumberKey SIZE_STANDARD_BYTES = AttributeKey.number("size_standard_bytes",
      "the part of `size_bytes` in the Standard storage class (all of it when EFS reports no split)");

  /** {@code size_ia_bytes} (number): the part in Infrequent Access; absent when EFS reports none. */
  public static final NumberKey SIZE_IA_BYTES = AttributeKey.number("size_ia_bytes",
      "the part in the Infrequent Access storage class; absent when EFS reports none");

  /** {@code size_archive_bytes} (number): the part in Archive; absent when EFS reports none. */
  public static final NumberKey SIZE_ARCHIVE_BYTES = AttributeKey.number("size_archive_bytes",
      "the part in the Archive storage class; absent when EFS reports none");

  /** {@code performance_mode} (string): {@code generalPurpose} or {@code maxIO}. */
  public static final AttributeKey<String> PERFORMANCE_MODE = AttributeKey.string("performance_mode",
      "`generalPurpose` or `maxIO`");

  /** {@code throughput_mode} (string): {@code bursting}, {@code provisioned} or {@code elastic}. */
  public static final AttributeKey<String> THROUGHPUT_MODE = AttributeKey.string("throughput_mode",
      "`bursting`, `provisioned` or `elastic`");

  /** {@code mount_target_count} (number): the file system's mount targets. */
  public static final NumberKey MOUNT_TARGET_COUNT = AttributeKey.number("mount_target_count",
      "the number of mount targets (0: nothing in a VPC can mount it)");

  /** {@code availability_zone_name} (string): the zone of a One Zone file system; absent for Regional ones. */
  public static final AttributeKey<String> AVAILABILITY_ZONE_NAME = AttributeKey.string("availability_zone_name",
      "the Availability Zone of a One Zone file system; absent for a Regional one");

  /** {@code creation_date} (time): when the file system was created. */
  public static final AttributeKey<Instant> CREATION_DATE = AttributeKey.time("creation_date",
      "when the file system was created");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.EFS_FILE_SYSTEM)
      .description("An EFS file system")
      .service("elasticfilesystem")
      .arnFormat("arn:<partition>:elasticfilesystem:<region>:<account>:file-system/<file system id>")
      .attributes(LIFE_CYCLE_STATE, ENCRYPTED, SIZE_BYTES, SIZE_STANDARD_BYTES, SIZE_IA_BYTES, SIZE_ARCHIVE_BYTES,
          PERFORMANCE_MODE, THROUGHPUT_MODE, MOUNT_TARGET_COUNT, AVAILABILITY_ZONE_NAME, CREATION_DATE)
      .iamActions("elasticfilesystem:DescribeFileSystems")
      .costModel("Standard storage by the GB-month (Infrequent Access, Archive, One Zone storage, provisioned "
          + "throughput and data access are not priced)", SIZE_STANDARD_BYTES, SIZE_IA_BYTES, SIZE_ARCHIVE_BYTES,
          AVAILABILITY_ZONE_NAME)
      .build();

  private EfsFileSystem() {}
}
