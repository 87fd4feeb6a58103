package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.NumberKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;

/**
 * {@code rds_instance}: An RDS DB instance. Its attribute keys, through which collectors write and rules read, and
 * its {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class RdsInstance {

  /** {@code engine} (string): {@code postgres}, {@code mysql}, {@code aurora-mysql}, ... */
  public static final AttributeKey<String> ENGINE = AttributeKey.string("engine",
      "`postgres`, `mysql`, `aurora-mysql`, ...");

  /** {@code engine_version} (string): engine version. */
  public static final AttributeKey<String> ENGINE_VERSION = AttributeKey.string("engine_version", "engine version");

  /** {@code instance_class} (string): e.g. {@code db.t3.micro}. */
  public static final AttributeKey<String> INSTANCE_CLASS = AttributeKey.string("instance_class", "e.g. `db.t3.micro`");

  /**
   * {@code storage_type} (string): {@code gp2}, {@code gp3}, {@code io1}, {@code io2}, {@code standard}, {@code
   * aurora}.
   */
  public static final AttributeKey<String> STORAGE_TYPE = AttributeKey.string("storage_type",
      "`gp2`, `gp3`, `io1`, `io2`, `standard`, `aurora`");

  /** {@code allocated_storage_gib} (number): allocated storage in GiB. */
  public static final NumberKey ALLOCATED_STORAGE_GIB = AttributeKey.number("allocated_storage_gib",
      "allocated storage in GiB");

  /** {@code iops} (number): provisioned IOPS. */
  public static final NumberKey IOPS = AttributeKey.number("iops", "provisioned IOPS");

  /** {@code storage_throughput} (number): gp3 throughput in MiB/s. */
  public static final NumberKey STORAGE_THROUGHPUT = AttributeKey.number("storage_throughput",
      "gp3 throughput in MiB/s");

  /** {@code multi_az} (boolean): whether the deployment spans several Availability Zones. */
  public static final AttributeKey<Boolean> MULTI_AZ = AttributeKey.bool("multi_az",
      "whether the deployment spans several Availability Zones");

  /** {@code storage_encrypted} (boolean): whether storage is encrypted. */
  public static final AttributeKey<Boolean> STORAGE_ENCRYPTED = AttributeKey.bool("storage_encrypted",
      "whether storage is encrypted");

  /** {@code kms_key_id} (string): KMS key of encrypted storage. */
  public static final AttributeKey<String> KMS_KEY_ID = AttributeKey.string("kms_key_id",
      "KMS key of encrypted storage");

  /** {@code publicly_accessible} (boolean): whether the endpoint resolves to a public address. */
  public static final AttributeKey<Boolean> PUBLICLY_ACCESSIBLE = AttributeKey.bool("publicly_accessible",
      "whether the endpoint resolves to a public address");

  /** {@code db_cluster_identifier} (string): cluster of an Aurora or Multi-AZ cluster member. */
  public static final AttributeKey<String> DB_CLUSTER_IDENTIFIER = AttributeKey.string("db_cluster_identifier",
      "cluster of an Aurora or Multi-AZ cluster member");

  /** {@code backup_retention_days} (number): 0 means automated backups are off. */
  public static final NumberKey BACKUP_RETENTION_DAYS = AttributeKey.number("backup_retention_days",
      "0 means automated backups are off");

  /** {@code deletion_protection} (boolean): whether deletion protection is on. */
  public static final AttributeKey<Boolean> DELETION_PROTECTION = AttributeKey.bool("deletion_protection",
      "whether deletion protection is on");

  /** {@code availability_zone} (string): Availability Zone name. */
  public static final AttributeKey<String> AVAILABILITY_ZONE = AttributeKey.string("availability_zone",
      "Availability Zone name");

  /** {@code endpoint_address} (string): DNS name of the endpoint. */
  public static final AttributeKey<String> ENDPOINT_ADDRESS = AttributeKey.string("endpoint_address",
      "DNS name of the endpoint");

  /** {@code license_model} (string): e.g. {@code license-included}, {@code general-public-license}. */
  public static final AttributeKey<String> LICENSE_MODEL = AttributeKey.string("license_model",
      "e.g. `license-included`, `general-public-license`");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.RDS_INSTANCE)
      .description("An RDS DB instance")
      .service("rds")
      .arnFormat("arn:<partition>:rds:<region>:<account>:db:<identifier>")
      .attributes(ENGINE, ENGINE_VERSION, INSTANCE_CLASS, STORAGE_TYPE, ALLOCATED_STORAGE_GIB, IOPS,
          STORAGE_THROUGHPUT, MULTI_AZ, STORAGE_ENCRYPTED, KMS_KEY_ID, PUBLICLY_ACCESSIBLE, DB_CLUSTER_IDENTIFIER,
          BACKUP_RETENTION_DAYS, DELETION_PROTECTION, AVAILABILITY_ZONE, ENDPOINT_ADDRESS, LICENSE_MODEL)
      .iamActions("rds:DescribeDBInstances")
      .costModel("instance hours by class and engine (MySQL, PostgreSQL, MariaDB), doubled for Multi-AZ, plus storage "
          + "and IOPS",
          ENGINE, INSTANCE_CLASS, MULTI_AZ, STORAGE_TYPE, ALLOCATED_STORAGE_GIB, IOPS)
      .build();

  private RdsInstance() {}
}
