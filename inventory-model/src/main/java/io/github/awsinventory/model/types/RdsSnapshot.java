package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.NumberKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.time.Instant;
import java.util.List;

/**
 * {@code rds_snapshot}: A DB snapshot of an RDS DB instance that the account owns, manual or automated. Its attribute
 * keys, through which collectors write and rules read, and its {@link #DESCRIPTOR catalogue entry};
 * {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class RdsSnapshot {

  /** {@code snapshot_type} (string): {@code manual}, {@code automated}, ... */
  public static final AttributeKey<String> SNAPSHOT_TYPE = AttributeKey.string("snapshot_type",
      "`manual`, `automated` or `awsbackup`");

  /** {@code db_instance_identifier} (string): the DB instance the snapshot was taken of. */
  public static final AttributeKey<String> DB_INSTANCE_IDENTIFIER = AttributeKey.string("db_instance_identifier",
      "the DB instance the snapshot was taken of (which may no longer exist)");

  /** {@code engine} (string): such as {@code mysql} or {@code postgres}. */
  public static final AttributeKey<String> ENGINE = AttributeKey.string("engine",
      "the DB engine, such as `mysql` or `postgres`");

  /** {@code engine_version} (string): the engine version. */
  public static final AttributeKey<String> ENGINE_VERSION = AttributeKey.string("engine_version", "engine version");

  /** {@code allocated_storage_gib} (number): the instance's allocated storage when the snapshot was taken. */
  public static final NumberKey ALLOCATED_STORAGE_GIB = AttributeKey.number("allocated_storage_gib",
      "the allocated storage of the DB instance when the snapshot was taken, in GiB");

  /** {@code encrypted} (boolean): whether the snapshot is encrypted. */
  public static final AttributeKey<Boolean> ENCRYPTED = AttributeKey.bool("encrypted",
      "whether the snapshot is encrypted");

  /** {@code kms_key_id} (string): KMS key of an encrypted snapshot. */
  public static final AttributeKey<String> KMS_KEY_ID = AttributeKey.string("kms_key_id",
      "KMS key of an encrypted snapshot");

  /** {@code is_public} (boolean): whether any AWS account may restore the snapshot. */
  public static final AttributeKey<Boolean> IS_PUBLIC = AttributeKey.bool("is_public",
      "whether any AWS account may restore the snapshot (its `restore` attribute includes `all`); always false for "
      + "an automated snapshot, which cannot be shared");

  /** {@code shared_with_accounts} (list of strings): the other accounts that may restore the snapshot. */
  public static final AttributeKey<List<String>> SHARED_WITH_ACCOUNTS = AttributeKey.stringList(
      "shared_with_accounts", "the account ids the snapshot is shared with (its `restore` attribute but `all`), "
      + "sorted; empty for an automated snapshot");

  /** {@code snapshot_create_time} (time): when the snapshot was taken. */
  public static final AttributeKey<Instant> SNAPSHOT_CREATE_TIME = AttributeKey.time("snapshot_create_time",
      "when the snapshot was taken");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.RDS_SNAPSHOT)
      .description("A DB snapshot of an RDS DB instance, manual or automated, that the account owns")
      .service("rds")
      .arnFormat("arn:<partition>:rds:<region>:<account>:snapshot:<identifier>")
      .attributes(SNAPSHOT_TYPE, DB_INSTANCE_IDENTIFIER, ENGINE, ENGINE_VERSION, ALLOCATED_STORAGE_GIB, ENCRYPTED,
          KMS_KEY_ID, IS_PUBLIC, SHARED_WITH_ACCOUNTS, SNAPSHOT_CREATE_TIME)
      .iamActions("rds:DescribeDBSnapshots", "rds:DescribeDBSnapshotAttributes")
      .costModel("unknown: not priced; snapshot storage beyond the free allowance is billed per GB-month of "
          + "the snapshots' incremental size, which is not reported")
      .build();

  private RdsSnapshot() {}
}
