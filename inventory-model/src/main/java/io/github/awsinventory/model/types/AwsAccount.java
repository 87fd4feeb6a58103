package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.NumberKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.S3Bucket.PublicAccessBlock;
import java.util.List;
import java.util.Map;

/**
 * {@code aws_account}: An AWS account's own security settings, one item per account (region global). Its attribute
 * keys, through which collectors write and rules read, and its {@link #DESCRIPTOR catalogue entry};
 * {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class AwsAccount {

  /** {@code password_policy_configured} (boolean): whether the account has an IAM password policy. */
  public static final AttributeKey<Boolean> PASSWORD_POLICY_CONFIGURED =
      AttributeKey.bool("password_policy_configured",
          "whether the account has an IAM password policy (`false`: IAM's defaults apply)");

  /** {@code password_policy} (map): the password policy's settings, see below; absent without a policy. */
  public static final AttributeKey<Map<String, Object>> PASSWORD_POLICY = AttributeKey.map("password_policy",
      "the password policy's settings, see below; absent when the account has none",
      PasswordPolicy.MINIMUM_PASSWORD_LENGTH,
      PasswordPolicy.REQUIRE_SYMBOLS,
      PasswordPolicy.REQUIRE_NUMBERS,
      PasswordPolicy.REQUIRE_UPPERCASE_CHARACTERS,
      PasswordPolicy.REQUIRE_LOWERCASE_CHARACTERS,
      PasswordPolicy.PASSWORD_REUSE_PREVENTION,
      PasswordPolicy.MAX_PASSWORD_AGE);

  /** {@code root_mfa_active} (boolean): whether the root user has an MFA device ({@code AccountMFAEnabled}). */
  public static final AttributeKey<Boolean> ROOT_MFA_ACTIVE = AttributeKey.bool("root_mfa_active",
      "whether the root user has an MFA device (`AccountMFAEnabled` of `GetAccountSummary`)");

  /** {@code root_access_keys_present} (boolean): whether the root user has access keys. */
  public static final AttributeKey<Boolean> ROOT_ACCESS_KEYS_PRESENT = AttributeKey.bool("root_access_keys_present",
      "whether the root user has access keys, active or not (`AccountAccessKeysPresent` of `GetAccountSummary`)");

  /**
   * {@code s3_public_access_block_configured} (boolean): whether the account has an account-level S3 public access
   * block configuration.
   */
  public static final AttributeKey<Boolean> S3_PUBLIC_ACCESS_BLOCK_CONFIGURED =
      AttributeKey.bool("s3_public_access_block_configured",
          "whether the account has an account-level S3 public access block configuration");

  /** {@code s3_public_access_block} (map): the account-level block's four settings; all false without one. */
  public static final AttributeKey<Map<String, Object>> S3_PUBLIC_ACCESS_BLOCK = AttributeKey.map(
      "s3_public_access_block",
      "the account-level S3 block's four settings, as in `s3_bucket`'s `public_access_block`; all `false` when the "
          + "account has no configuration",
      PublicAccessBlock.BLOCK_PUBLIC_ACLS,
      PublicAccessBlock.IGNORE_PUBLIC_ACLS,
      PublicAccessBlock.BLOCK_PUBLIC_POLICY,
      PublicAccessBlock.RESTRICT_PUBLIC_BUCKETS);

  /** {@code ebs_encryption_by_default} (list of maps): one per enabled region, see below. */
  public static final AttributeKey<List<Map<String, Object>>> EBS_ENCRYPTION_BY_DEFAULT = AttributeKey.mapList(
      "ebs_encryption_by_default",
      "one per region enabled in the account, sorted by region, see below",
      EbsEncryption.REGION,
      EbsEncryption.ENABLED);

  /**
   * {@code cloudtrail_trails} (number): the trails that record the home region's events, its own and the
   * multi-region trails of other regions.
   */
  public static final NumberKey CLOUDTRAIL_TRAILS = AttributeKey.number("cloudtrail_trails",
      "the trails that record the events of the collector's home region: its own and the multi-region (and "
          + "organisation) trails of other regions");

  /** {@code multi_region_trail_logging} (boolean): whether a multi-region trail is logging. */
  public static final AttributeKey<Boolean> MULTI_REGION_TRAIL_LOGGING =
      AttributeKey.bool("multi_region_trail_logging",
          "whether at least one of those trails is multi-region and logging");

  /** The entries of the {@link #PASSWORD_POLICY} map. */
  public static final class PasswordPolicy {
    /** {@code minimum_password_length} (number): the shortest password allowed. */
    public static final NumberKey MINIMUM_PASSWORD_LENGTH = AttributeKey.number("minimum_password_length",
        "the shortest password allowed");

    /** {@code require_symbols} (boolean): a password needs a symbol. */
    public static final AttributeKey<Boolean> REQUIRE_SYMBOLS = AttributeKey.bool("require_symbols",
        "a password needs a symbol");

    /** {@code require_numbers} (boolean): a password needs a digit. */
    public static final AttributeKey<Boolean> REQUIRE_NUMBERS = AttributeKey.bool("require_numbers",
        "a password needs a digit");

    /** {@code require_uppercase_characters} (boolean): a password needs an upper-case letter. */
    public static final AttributeKey<Boolean> REQUIRE_UPPERCASE_CHARACTERS =
        AttributeKey.bool("require_uppercase_characters", "a password needs an upper-case letter");

    /** {@code require_lowercase_characters} (boolean): a password needs a lower-case letter. */
    public static final AttributeKey<Boolean> REQUIRE_LOWERCASE_CHARACTERS =
        AttributeKey.bool("require_lowercase_characters", "a password needs a lower-case letter");

    /** {@code password_reuse_prevention} (number): how many previous passwords cannot be reused; 0 when none. */
    public static final NumberKey PASSWORD_REUSE_PREVENTION = AttributeKey.number("password_reuse_prevention",
        "how many previous passwords cannot be reused; `0` when reuse is not prevented");

    /** {@code max_password_age} (number): days a password is valid; absent when passwords never expire. */
    public static final NumberKey MAX_PASSWORD_AGE = AttributeKey.number("max_password_age",
        "days a password is valid; absent when passwords never expire");

    private PasswordPolicy() {}
  }

  /** The entries of each {@link #EBS_ENCRYPTION_BY_DEFAULT} item. */
  public static final class EbsEncryption {
    /** {@code region_name} (string): the region. */
    public static final AttributeKey<String> REGION = AttributeKey.string("region_name", "the region");

    /** {@code enabled} (boolean): new volumes are encrypted by default; absent when the region did not answer. */
    public static final AttributeKey<Boolean> ENABLED = AttributeKey.bool("enabled",
        "whether new EBS volumes and snapshot copies are encrypted by default; absent when the region's "
            + "`GetEbsEncryptionByDefault` failed");

    private EbsEncryption() {}
  }

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.AWS_ACCOUNT)
      .description("An AWS account's own security settings, one item per account (region global)")
      .service("iam")
      .global(true)
      .arnFormat("arn:<partition>:iam::<account>:root")
      .attributes(PASSWORD_POLICY_CONFIGURED, PASSWORD_POLICY, ROOT_MFA_ACTIVE, ROOT_ACCESS_KEYS_PRESENT,
          S3_PUBLIC_ACCESS_BLOCK_CONFIGURED, S3_PUBLIC_ACCESS_BLOCK, EBS_ENCRYPTION_BY_DEFAULT, CLOUDTRAIL_TRAILS,
          MULTI_REGION_TRAIL_LOGGING)
      .iamActions("iam:GetAccountPasswordPolicy", "iam:GetAccountSummary", "s3:GetAccountPublicAccessBlock",
          "ec2:DescribeRegions", "ec2:GetEbsEncryptionByDefault", "cloudtrail:DescribeTrails",
          "cloudtrail:GetTrailStatus")
      .costModel("free: an account's settings cost nothing (its resources are priced one by one)")
      .build();

  private AwsAccount() {}
}
