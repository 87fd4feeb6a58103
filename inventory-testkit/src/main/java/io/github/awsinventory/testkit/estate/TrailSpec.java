package io.github.awsinventory.testkit.estate;

/**
 * A CloudTrail trail into an existing bucket (required): one region, not logging and without log file validation
 * ({@link Traits#SINGLE_REGION_NOT_LOGGING}) unless it is the account's complete trail. The name is the trail name.
 */
public final class TrailSpec extends ResourceSpec<TrailSpec> {

  String bucket;
  boolean complete;

  TrailSpec() {}

  /**
   * Sets the name of an existing S3 bucket.
   *
   * @param bucket the value
   * @return this spec
   */
  public TrailSpec bucket(String bucket) {
    this.bucket = java.util.Objects.requireNonNull(bucket, "bucket");
    return this;
  }

  /**
   * Sets whether the trail records every region, is logging and validates its log files ({@link
   * Traits#MULTI_REGION_LOGGING}).
   *
   * @param complete the setting
   * @return this spec
   */
  public TrailSpec multiRegionLogging(boolean complete) {
    this.complete = complete;
    return this;
  }
}
