package io.github.awsinventory.testkit.estate;

/**
 * A manual RDS DB snapshot of a DB instance of the site (required), private unless public. The name is the snapshot
 * identifier.
 */
public final class DbSnapshotSpec extends ResourceSpec<DbSnapshotSpec> {

  String dbInstance;
  boolean isPublic;

  DbSnapshotSpec() {}

  /**
   * Sets the DB instance identifier.
   *
   * @param dbInstance the value
   * @return this spec
   */
  public DbSnapshotSpec dbInstance(String dbInstance) {
    this.dbInstance = java.util.Objects.requireNonNull(dbInstance, "dbInstance");
    return this;
  }

  /**
   * Sets whether every account may restore it ({@link Traits#PUBLIC}).
   *
   * @param isPublic the setting
   * @return this spec
   */
  public DbSnapshotSpec restorableByEveryone(boolean isPublic) {
    this.isPublic = isPublic;
    return this;
  }
}
