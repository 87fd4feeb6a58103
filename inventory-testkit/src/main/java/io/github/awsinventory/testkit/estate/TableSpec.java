package io.github.awsinventory.testkit.estate;

/**
 * A DynamoDB table with a string partition key {@code pk}: by default billed per request
 * ({@link Traits#ON_DEMAND}). The name (required) is the table name.
 */
public final class TableSpec extends ResourceSpec<TableSpec> {

  long readCapacity;
  long writeCapacity;

  TableSpec() {}

  /**
   * Provisioned capacity ({@link Traits#PROVISIONED}) instead of on-demand billing.
   *
   * @param readCapacityUnits at least 1
   * @param writeCapacityUnits at least 1
   * @return this spec
   */
  public TableSpec provisioned(long readCapacityUnits, long writeCapacityUnits) {
    if (readCapacityUnits < 1 || writeCapacityUnits < 1) {
      throw new IllegalArgumentException("capacity units must be >= 1 (were " + readCapacityUnits + " read, "
          + writeCapacityUnits + " write)");
    }
    this.readCapacity = readCapacityUnits;
    this.writeCapacity = writeCapacityUnits;
    return this;
  }

  /**
   * On-demand billing ({@code PAY_PER_REQUEST}), the default.
   *
   * @return this spec
   */
  public TableSpec onDemand() {
    this.readCapacity = 0;
    this.writeCapacity = 0;
    return this;
  }

  boolean isProvisioned() {
    return readCapacity > 0;
  }
}
