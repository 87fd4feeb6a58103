package io.github.awsinventory.testkit.estate;

/** A customer managed symmetric KMS key, without rotation unless asked. The name is its {@code Name} tag. */
public final class KmsKeySpec extends ResourceSpec<KmsKeySpec> {

  boolean rotation;
  boolean pendingDeletion;
  boolean disabled;

  KmsKeySpec() {}

  /**
   * Sets whether automatic rotation is on ({@link Traits#ROTATION}).
   *
   * @param rotation the setting
   * @return this spec
   */
  public KmsKeySpec rotation(boolean rotation) {
    this.rotation = rotation;
    return this;
  }

  /**
   * Sets whether the key is scheduled for deletion ({@link Traits#PENDING_DELETION}).
   *
   * @param pendingDeletion the setting
   * @return this spec
   */
  public KmsKeySpec scheduledForDeletion(boolean pendingDeletion) {
    this.pendingDeletion = pendingDeletion;
    return this;
  }

  /**
   * Sets whether the key is disabled ({@link Traits#DISABLED}): still billed, but it encrypts and decrypts nothing.
   *
   * @param disabled the setting
   * @return this spec
   */
  public KmsKeySpec disabled(boolean disabled) {
    this.disabled = disabled;
    return this;
  }
}
