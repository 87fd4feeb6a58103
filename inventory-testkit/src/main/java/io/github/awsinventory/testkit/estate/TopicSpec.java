package io.github.awsinventory.testkit.estate;

/**
 * An SNS topic, encrypted with the AWS managed key for SNS unless asked otherwise, with its default policy unless open
 * to everyone. The name is the topic name.
 */
public final class TopicSpec extends ResourceSpec<TopicSpec> {

  boolean encrypted = true;
  boolean openToEveryone;

  TopicSpec() {}

  /**
   * Sets whether it is encrypted at rest.
   *
   * @param encrypted the setting
   * @return this spec
   */
  public TopicSpec encrypted(boolean encrypted) {
    this.encrypted = encrypted;
    return this;
  }

  /**
   * Sets whether its policy lets everyone publish ({@link Traits#OPEN_TO_EVERYONE}).
   *
   * @param openToEveryone the setting
   * @return this spec
   */
  public TopicSpec openToEveryone(boolean openToEveryone) {
    this.openToEveryone = openToEveryone;
    return this;
  }
}
