package io.github.awsinventory.testkit.estate;

import java.util.Objects;

/**
 * An RDS DB instance: by default a private, encrypted, single-AZ {@code postgres} on {@code db.t3.micro}
 * with 20 GiB of gp3 storage. The name (required) is the DB instance identifier. gp3 storage is created with its
 * baseline 3000 IOPS and 125 MiB/s stated, because AWS reports them for every gp3 DB instance.
 */
public final class DbInstanceSpec extends ResourceSpec<DbInstanceSpec> {

  String engine = "postgres";
  String instanceClass = "db.t3.micro";
  int allocatedStorageGib = 20;
  String storageType = "gp3";
  boolean publiclyAccessible;
  boolean encrypted = true;
  boolean multiAz;
  Integer iops;

  DbInstanceSpec() {}

  /**
   * The engine.
   *
   * @param engine e.g. {@code postgres} (the default) or {@code mysql}
   * @return this spec
   */
  public DbInstanceSpec engine(String engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
    return this;
  }

  /**
   * The instance class.
   *
   * @param instanceClass e.g. {@code db.m5.large}
   * @return this spec
   */
  public DbInstanceSpec instanceClass(String instanceClass) {
    this.instanceClass = Objects.requireNonNull(instanceClass, "instanceClass");
    return this;
  }

  /**
   * The storage.
   *
   * @param storageType e.g. {@code gp3} (the default), {@code gp2}, {@code io1}
   * @param allocatedStorageGib at least 20
   * @return this spec
   */
  public DbInstanceSpec storage(String storageType, int allocatedStorageGib) {
    if (allocatedStorageGib < 20) {
      throw new IllegalArgumentException("allocatedStorageGib must be >= 20 (was " + allocatedStorageGib + ")");
    }
    this.storageType = Objects.requireNonNull(storageType, "storageType");
    this.allocatedStorageGib = allocatedStorageGib;
    return this;
  }

  /**
   * Provisioned IOPS, required for {@code io1} and {@code io2} storage (AWS requires it too).
   *
   * @param iops at least 1000
   * @return this spec
   */
  public DbInstanceSpec iops(int iops) {
    if (iops < 1000) {
      throw new IllegalArgumentException("iops must be >= 1000 (was " + iops + ")");
    }
    this.iops = iops;
    return this;
  }

  /**
   * Whether the instance is publicly accessible ({@link Traits#PUBLIC}) or not ({@link Traits#PRIVATE},
   * the default).
   *
   * @param publiclyAccessible true for public
   * @return this spec
   */
  public DbInstanceSpec publiclyAccessible(boolean publiclyAccessible) {
    this.publiclyAccessible = publiclyAccessible;
    return this;
  }

  /**
   * Whether storage is encrypted (the default).
   *
   * @param encrypted false for {@link Traits#UNENCRYPTED} storage
   * @return this spec
   */
  public DbInstanceSpec encrypted(boolean encrypted) {
    this.encrypted = encrypted;
    return this;
  }

  /**
   * Whether the instance is Multi-AZ.
   *
   * @param multiAz true for Multi-AZ
   * @return this spec
   */
  public DbInstanceSpec multiAz(boolean multiAz) {
    this.multiAz = multiAz;
    return this;
  }
}
