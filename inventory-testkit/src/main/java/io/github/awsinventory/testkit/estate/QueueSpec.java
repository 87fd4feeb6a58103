package io.github.awsinventory.testkit.estate;

/**
 * An SQS queue, encrypted with SSE-SQS and with a policy for its own account unless asked otherwise. The name is the
 * queue name.
 */
public final class QueueSpec extends ResourceSpec<QueueSpec> {

  boolean encrypted = true;
  boolean openToEveryone;

  QueueSpec() {}

  /**
   * Sets whether it is encrypted at rest (SSE-SQS).
   *
   * @param encrypted the setting
   * @return this spec
   */
  public QueueSpec encrypted(boolean encrypted) {
    this.encrypted = encrypted;
    return this;
  }

  /**
   * Sets whether its policy lets everyone send ({@link Traits#OPEN_TO_EVERYONE}).
   *
   * @param openToEveryone the setting
   * @return this spec
   */
  public QueueSpec openToEveryone(boolean openToEveryone) {
    this.openToEveryone = openToEveryone;
    return this;
  }
}
