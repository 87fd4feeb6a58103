package io.github.awsinventory.query.internal.security;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.types.AwsAccount;
import io.github.awsinventory.model.types.S3Bucket.PublicAccessBlock;
import io.github.awsinventory.model.types.S3Bucket;
import io.github.awsinventory.query.security.Finding;
import io.github.awsinventory.query.security.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * S3-001 and ACCOUNT-006: the four S3 Block Public Access settings.
 *
 * <p>S3-001 judges a bucket as S3 does, setting by setting: a setting is on when the bucket's own block or the
 * account-level block ({@code account_public_access_block}) turns it on. The bucket passes when all four are on, and
 * fails when one is off at both levels; a bucket without a configuration of its own has all four off at its level.
 * ACCOUNT-006 judges the account-level block alone ({@code s3_public_access_block} of {@code aws_account}).
 */
final class PublicAccessBlockRule extends BuiltInRule {

  private static final List<AttributeKey<Boolean>> FLAGS = List.of(PublicAccessBlock.BLOCK_PUBLIC_ACLS,
      PublicAccessBlock.IGNORE_PUBLIC_ACLS, PublicAccessBlock.BLOCK_PUBLIC_POLICY,
      PublicAccessBlock.RESTRICT_PUBLIC_BUCKETS);

  private final AttributeKey<Boolean> configuredKey;
  private final AttributeKey<Map<String, Object>> blockKey;
  /** The account-level block a bucket also counts; null for the account rule. */
  private final AttributeKey<Map<String, Object>> accountKey;

  private PublicAccessBlockRule(String id, Severity severity, String title, String remediation, ResourceType type,
      AttributeKey<Boolean> configuredKey, AttributeKey<Map<String, Object>> blockKey,
      AttributeKey<Map<String, Object>> accountKey) {
    super(id, severity, title, remediation, type);
    this.configuredKey = configuredKey;
    this.blockKey = blockKey;
    this.accountKey = accountKey;
  }

  /** S3-001. */
  static PublicAccessBlockRule bucket() {
    return new PublicAccessBlockRule("S3-001", Severity.HIGH, "S3 bucket without a full public access block",
        "Turn on all four Block Public Access settings for the account (s3control put-public-access-block) or for "
            + "the bucket (s3api put-public-access-block with BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy "
            + "and RestrictPublicBuckets true).",
        ResourceType.S3_BUCKET, S3Bucket.PUBLIC_ACCESS_BLOCK_CONFIGURED, S3Bucket.PUBLIC_ACCESS_BLOCK,
        S3Bucket.ACCOUNT_PUBLIC_ACCESS_BLOCK);
  }

  /** ACCOUNT-006. */
  static PublicAccessBlockRule account() {
    return new PublicAccessBlockRule("ACCOUNT-006", Severity.MEDIUM,
        "Account-level S3 public access block not fully on",
        "Turn on all four account-level Block Public Access settings (s3control put-public-access-block "
            + "--account-id ... with BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets "
            + "true) once no bucket needs public access.",
        ResourceType.AWS_ACCOUNT, AwsAccount.S3_PUBLIC_ACCESS_BLOCK_CONFIGURED, AwsAccount.S3_PUBLIC_ACCESS_BLOCK,
        null);
  }

  @Override
  public List<Finding> evaluate(Resource resource, Instant asOf) {
    Reading read = new Reading(resource);
    Optional<Boolean> configured = read.value(configuredKey);
    boolean notConfigured = configured.equals(Optional.of(false));
    Optional<Map<String, Object>> block = notConfigured ? Optional.empty() : read.value(blockKey);
    Optional<Map<String, Object>> account = accountKey == null ? Optional.empty() : read.value(accountKey);
    Map<String, Object> evidence = new LinkedHashMap<>();
    configured.ifPresent(value -> evidence.put(configuredKey.name(), value));
    List<String> off = new ArrayList<>();
    int on = 0;
    for (AttributeKey<Boolean> flag : FLAGS) {
      Optional<Boolean> own = notConfigured ? Optional.of(false) : flag(read, block, blockKey, flag);
      Optional<Boolean> fromAccount = accountKey == null ? Optional.of(false) : flag(read, account, accountKey, flag);
      if (!notConfigured) {
        own.ifPresent(value -> evidence.put(flag.name(), value));
      }
      if (accountKey != null) {
        fromAccount.ifPresent(value -> evidence.put(accountKey.name() + "." + flag.name(), value));
      }
      if (own.equals(Optional.of(true)) || fromAccount.equals(Optional.of(true))) {
        on++;
      } else if (own.isPresent() && fromAccount.isPresent()) {
        off.add(flag.name());
      }
    }
    if (!off.isEmpty()) {
      return List.of(fail(resource).putAllEvidence(evidence).message(Labels.describe(resource) + " "
          + problem(notConfigured, off)).build());
    }
    if (on == FLAGS.size()) {
      return List.of();
    }
    return unknown(resource, read.undetermined());
  }

  private String problem(boolean notConfigured, List<String> off) {
    String flags = String.join(", ", off);
    if (accountKey == null) {
      return notConfigured ? "has no account-level S3 public access block"
          : "does not fully block public access at the account level: " + flags + (off.size() == 1 ? " is" : " are")
              + " false";
    }
    return notConfigured ? "has no public access block configuration and the account-level block leaves " + flags
        + " off"
        : "does not fully block public access: " + flags + (off.size() == 1 ? " is" : " are")
            + " false for the bucket and its account";
  }

  /** One flag of a block map; empty, and noted, when the map or the flag cannot be read. */
  private static Optional<Boolean> flag(Reading read, Optional<Map<String, Object>> block,
      AttributeKey<Map<String, Object>> blockKey, AttributeKey<Boolean> flag) {
    if (block.isEmpty()) {
      return Optional.empty();
    }
    Optional<Boolean> value = flag.read(block.get());
    if (value.isEmpty()) {
      read.undetermined(blockKey.name() + "." + flag.name());
    }
    return value;
  }
}
