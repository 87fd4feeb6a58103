package io.github.awsinventory.testkit.estate;

import java.util.Objects;

/**
 * An RDS DB cluster without instances: by default an encrypted {@code aurora-mysql} cluster. The name
 * (required) is the DB cluster identifier.
 */
public final class DbClusterSpec extends ResourceSpec<DbClusterSpec> {

  String engine = "aurora-mysql";
  boolean encrypted = true;

  DbClusterSpec() {}

  /**
   * The engine.
   *
   * @param engine e.g. {@code aurora-mysql} (the default) or {@code aurora-postgresql}
   * @return this spec
   */
  public DbClusterSpec engine(String engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
    return this;
  }

  /**
   * Whether storage is encrypted (the default).
   *
   * @param encrypted false for {@link Traits#UNENCRYPTED} storage
   * @return this spec
   */
  public DbClusterSpec encrypted(boolean encrypted) {
    this.encrypted = encrypted;
    return this;
  }
}
