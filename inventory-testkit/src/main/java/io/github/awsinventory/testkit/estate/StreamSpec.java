package io.github.awsinventory.testkit.estate;

/**
 * A Kinesis data stream of one shard, encrypted with the AWS managed key unless asked otherwise. The name is the stream
 * name.
 */
public final class StreamSpec extends ResourceSpec<StreamSpec> {

  boolean encrypted = true;

  StreamSpec() {}

  /**
   * Sets whether it is encrypted at rest.
   *
   * @param encrypted the setting
   * @return this spec
   */
  public StreamSpec encrypted(boolean encrypted) {
    this.encrypted = encrypted;
    return this;
  }
}
