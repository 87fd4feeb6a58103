package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.time.Instant;

/**
 * {@code cloudtrail_trail}: A CloudTrail trail, in its home region. Its attribute keys, through which collectors write
 * and rules read, and its {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class CloudTrailTrail {

  /** {@code home_region} (string): the region the trail was created in, where it is collected. */
  public static final AttributeKey<String> HOME_REGION = AttributeKey.string("home_region",
      "the region the trail was created in, where it is collected");

  /** {@code is_multi_region_trail} (boolean): whether the trail records the events of every region. */
  public static final AttributeKey<Boolean> IS_MULTI_REGION_TRAIL = AttributeKey.bool("is_multi_region_trail",
      "whether the trail records the events of every region");

  /**
   * {@code is_organization_trail} (boolean): whether the trail records the events of every account of the
   * organisation.
   */
  public static final AttributeKey<Boolean> IS_ORGANIZATION_TRAIL = AttributeKey.bool("is_organization_trail",
      "whether the trail records the events of every account of the organisation");

  /** {@code is_logging} (boolean): whether the trail is recording events now ({@code GetTrailStatus}). */
  public static final AttributeKey<Boolean> IS_LOGGING = AttributeKey.bool("is_logging",
      "whether the trail is recording events now (`GetTrailStatus`)");

  /** {@code log_file_validation_enabled} (boolean): whether CloudTrail writes signed digest files. */
  public static final AttributeKey<Boolean> LOG_FILE_VALIDATION_ENABLED =
      AttributeKey.bool("log_file_validation_enabled",
          "whether CloudTrail writes signed digest files, so that changed or deleted log files can be detected");

  /** {@code kms_key_id} (string): the KMS key the log files are encrypted with (SSE-KMS); absent when none. */
  public static final AttributeKey<String> KMS_KEY_ID = AttributeKey.string("kms_key_id",
      "the KMS key the log files are encrypted with (SSE-KMS); absent when the trail has none (SSE-S3 only)");

  /** {@code s3_bucket_name} (string): the bucket the log files are delivered to. */
  public static final AttributeKey<String> S3_BUCKET_NAME = AttributeKey.string("s3_bucket_name",
      "the bucket the log files are delivered to");

  /** {@code latest_delivery_time} (time): when log files were last delivered; absent when never. */
  public static final AttributeKey<Instant> LATEST_DELIVERY_TIME = AttributeKey.time("latest_delivery_time",
      "when log files were last delivered to the bucket; absent when never");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.CLOUDTRAIL_TRAIL)
      .description("A CloudTrail trail, in its home region")
      .service("cloudtrail")
      .arnFormat("arn:<partition>:cloudtrail:<region>:<account>:trail/<name>")
      .attributes(HOME_REGION, IS_MULTI_REGION_TRAIL, IS_ORGANIZATION_TRAIL, IS_LOGGING, LOG_FILE_VALIDATION_ENABLED,
          KMS_KEY_ID, S3_BUCKET_NAME, LATEST_DELIVERY_TIME)
      .iamActions("cloudtrail:DescribeTrails", "cloudtrail:GetTrailStatus", "cloudtrail:ListTags")
      .costModel("unknown: not priced; the first copy of management events is free, other events are billed by "
          + "volume")
      .build();

  private CloudTrailTrail() {}
}
