package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.time.Instant;
import java.util.Map;

/**
 * {@code s3_bucket}: An S3 bucket (its region is the bucket's own region). Its attribute keys, through which
 * collectors write and rules read, and its {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is
 * checked against them.
 */
public final class S3Bucket {

  /** {@code creation_date} (time): when the bucket was created. */
  public static final AttributeKey<Instant> CREATION_DATE = AttributeKey.time("creation_date",
      "when the bucket was created");

  /**
   * {@code default_encryption} (string): {@code AES256} (SSE-S3), {@code aws:kms} (SSE-KMS), {@code aws:kms:dsse}
   * (DSSE-KMS), or {@code none} when the bucket has no default encryption configuration.
   */
  public static final AttributeKey<String> DEFAULT_ENCRYPTION =
      AttributeKey.string("default_encryption",
          "`AES256` (SSE-S3), `aws:kms` (SSE-KMS), `aws:kms:dsse` (DSSE-KMS), or `none` when the bucket has no "
          + "default encryption configuration");

  /** {@code kms_key_id} (string): KMS key of SSE-KMS / DSSE-KMS default encryption, when one is named. */
  public static final AttributeKey<String> KMS_KEY_ID = AttributeKey.string("kms_key_id",
      "KMS key of SSE-KMS / DSSE-KMS default encryption, when one is named");

  /**
   * {@code bucket_key_enabled} (boolean): whether S3 Bucket Keys are enabled; absent when {@code default_encryption}
   * is {@code none}.
   */
  public static final AttributeKey<Boolean> BUCKET_KEY_ENABLED = AttributeKey.bool("bucket_key_enabled",
      "whether S3 Bucket Keys are enabled; absent when `default_encryption` is `none`");

  /**
   * {@code public_access_block_configured} (boolean): whether the bucket has its own public access block
   * configuration.
   */
  public static final AttributeKey<Boolean> PUBLIC_ACCESS_BLOCK_CONFIGURED =
      AttributeKey.bool("public_access_block_configured",
          "whether the bucket has its own public access block configuration");

  /**
   * {@code public_access_block} (map): the bucket's four block settings, see below; all {@code false} when it has no
   * block configuration.
   */
  public static final AttributeKey<Map<String, Object>> PUBLIC_ACCESS_BLOCK = AttributeKey.map("public_access_block",
      "the bucket's four block settings, see below; all `false` when it has no block configuration",
      PublicAccessBlock.BLOCK_PUBLIC_ACLS,
      PublicAccessBlock.IGNORE_PUBLIC_ACLS,
      PublicAccessBlock.BLOCK_PUBLIC_POLICY,
      PublicAccessBlock.RESTRICT_PUBLIC_BUCKETS);

  /**
   * {@code account_public_access_block} (map): the account-level block's four settings, read once per account
   * (S3 Control); all {@code false} when the account has no configuration.
   */
  public static final AttributeKey<Map<String, Object>> ACCOUNT_PUBLIC_ACCESS_BLOCK =
      AttributeKey.map("account_public_access_block",
          "the account's own block settings (S3 Control `GetPublicAccessBlock`, read once per account), keyed as "
              + "`public_access_block`; all `false` when the account has no configuration. S3 applies, setting by "
              + "setting, the stricter of the two",
          PublicAccessBlock.BLOCK_PUBLIC_ACLS,
          PublicAccessBlock.IGNORE_PUBLIC_ACLS,
          PublicAccessBlock.BLOCK_PUBLIC_POLICY,
          PublicAccessBlock.RESTRICT_PUBLIC_BUCKETS);

  /** {@code versioning} (string): {@code Enabled}, {@code Suspended}, or {@code Disabled} (never enabled). */
  public static final AttributeKey<String> VERSIONING = AttributeKey.string("versioning",
      "`Enabled`, `Suspended`, or `Disabled` (never enabled)");

  /** The entries of each {@link #PUBLIC_ACCESS_BLOCK} map. */
  public static final class PublicAccessBlock {
    /** {@code block_public_acls} (boolean): rejects new public ACLs. */
    public static final AttributeKey<Boolean> BLOCK_PUBLIC_ACLS = AttributeKey.bool("block_public_acls",
        "rejects new public ACLs");

    /** {@code ignore_public_acls} (boolean): ignores existing public ACLs. */
    public static final AttributeKey<Boolean> IGNORE_PUBLIC_ACLS = AttributeKey.bool("ignore_public_acls",
        "ignores existing public ACLs");

    /** {@code block_public_policy} (boolean): rejects public bucket policies. */
    public static final AttributeKey<Boolean> BLOCK_PUBLIC_POLICY = AttributeKey.bool("block_public_policy",
        "rejects public bucket policies");

    /** {@code restrict_public_buckets} (boolean): limits access under a public policy to AWS services and the owner. */
    public static final AttributeKey<Boolean> RESTRICT_PUBLIC_BUCKETS = AttributeKey.bool("restrict_public_buckets",
        "limits access under a public policy to AWS services and the owner");

    private PublicAccessBlock() {}
  }

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.S3_BUCKET)
      .description("An S3 bucket (its region is the bucket's own region)")
      .service("s3")
      .global(true)
      .arnFormat("arn:<partition>:s3:::<bucket>")
      .attributes(CREATION_DATE, DEFAULT_ENCRYPTION, KMS_KEY_ID, BUCKET_KEY_ENABLED, PUBLIC_ACCESS_BLOCK_CONFIGURED,
          PUBLIC_ACCESS_BLOCK, VERSIONING, ACCOUNT_PUBLIC_ACCESS_BLOCK)
      .iamActions(
          "s3:ListAllMyBuckets", "s3:GetBucketLocation", "s3:GetEncryptionConfiguration",
          "s3:GetBucketPublicAccessBlock", "s3:GetBucketVersioning", "s3:GetBucketTagging",
          "s3:GetAccountPublicAccessBlock")
      .costModel("unknown: storage is billed by usage; bucket size is not collected")
      .build();

  private S3Bucket() {}
}
