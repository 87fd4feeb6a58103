package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.NumberKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.util.List;

/**
 * {@code rds_cluster}: An RDS (Aurora or Multi-AZ) DB cluster. Its attribute keys, through which collectors write
 * and rules read, and its {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is checked against
 * them.
 */
public final class RdsCluster {

  /** {@code engine} (string): {@code aurora-mysql}, {@code aurora-postgresql}, {@code mysql}, {@code postgres}, ... */
  public static final AttributeKey<String> ENGINE = AttributeKey.string("engine",
      "`aurora-mysql`, `aurora-postgresql`, `mysql`, `postgres`, ...");

  /** {@code engine_version} (string): engine version. */
  public static final AttributeKey<String> ENGINE_VERSION = AttributeKey.string("engine_version", "engine version");

  /** {@code engine_mode} (string): {@code provisioned}, {@code serverless}, ... */
  public static final AttributeKey<String> ENGINE_MODE = AttributeKey.string("engine_mode",
      "`provisioned`, `serverless`, ...");

  /** {@code storage_encrypted} (boolean): whether storage is encrypted. */
  public static final AttributeKey<Boolean> STORAGE_ENCRYPTED = AttributeKey.bool("storage_encrypted",
      "whether storage is encrypted");

  /** {@code kms_key_id} (string): KMS key of encrypted storage. */
  public static final AttributeKey<String> KMS_KEY_ID = AttributeKey.string("kms_key_id",
      "KMS key of encrypted storage");

  /** {@code multi_az} (boolean): whether the deployment spans several Availability Zones. */
  public static final AttributeKey<Boolean> MULTI_AZ = AttributeKey.bool("multi_az",
      "whether the deployment spans several Availability Zones");

  /** {@code members} (number): number of DB instances in the cluster. */
  public static final NumberKey MEMBERS = AttributeKey.number("members", "number of DB instances in the cluster");

  /** {@code member_ids} (list of strings): their identifiers. */
  public static final AttributeKey<List<String>> MEMBER_IDS = AttributeKey.stringList("member_ids",
      "their identifiers");

  /** {@code allocated_storage_gib} (number): as reported (always 1 for Aurora, whose storage grows on demand). */
  public static final NumberKey ALLOCATED_STORAGE_GIB = AttributeKey.number("allocated_storage_gib",
      "as reported (always 1 for Aurora, whose storage grows on demand)");

  /** {@code storage_type} (string): {@code aurora}, {@code aurora-iopt1}, {@code io1}, {@code gp3}, ... */
  public static final AttributeKey<String> STORAGE_TYPE = AttributeKey.string("storage_type",
      "`aurora`, `aurora-iopt1`, `io1`, `gp3`, ...");

  /** {@code backup_retention_days} (number): days automated backups are kept; 0 means off. */
  public static final NumberKey BACKUP_RETENTION_DAYS = AttributeKey.number("backup_retention_days",
      "days automated backups are kept; 0 means off");

  /** {@code deletion_protection} (boolean): whether deletion protection is on. */
  public static final AttributeKey<Boolean> DELETION_PROTECTION = AttributeKey.bool("deletion_protection",
      "whether deletion protection is on");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.RDS_CLUSTER)
      .description("An RDS (Aurora or Multi-AZ) DB cluster")
      .service("rds")
      .arnFormat("arn:<partition>:rds:<region>:<account>:cluster:<identifier>")
      .attributes(ENGINE, ENGINE_VERSION, ENGINE_MODE, STORAGE_ENCRYPTED, KMS_KEY_ID, MULTI_AZ, MEMBERS, MEMBER_IDS,
          ALLOCATED_STORAGE_GIB, STORAGE_TYPE, BACKUP_RETENTION_DAYS, DELETION_PROTECTION)
      .iamActions("rds:DescribeDBClusters")
      .costModel("unknown: cluster storage and I/O are billed by usage; its instances are priced as rds_instance")
      .build();

  private RdsCluster() {}
}
