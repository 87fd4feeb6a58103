package io.github.awsinventory.query.internal.security;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.types.S3Bucket;
import io.github.awsinventory.model.types.S3Bucket.PublicAccessBlock;
import io.github.awsinventory.query.security.Finding;
import io.github.awsinventory.query.security.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * S3-001: a bucket passes when all four flags of its {@code public_access_block} are true; it fails when
 * it has no block configuration of its own or any flag is false.
 */
final class PublicAccessBlockRule extends BuiltInRule {

  private static final List<AttributeKey<Boolean>> FLAGS = List.of(PublicAccessBlock.BLOCK_PUBLIC_ACLS,
      PublicAccessBlock.IGNORE_PUBLIC_ACLS, PublicAccessBlock.BLOCK_PUBLIC_POLICY,
      PublicAccessBlock.RESTRICT_PUBLIC_BUCKETS);

  PublicAccessBlockRule() {
    super("S3-001", Severity.HIGH, "S3 bucket without a full public access block",
        "Turn on all four Block Public Access settings of the bucket (s3api put-public-access-block with "
            + "BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets true); the "
            + "account-level block is not read, so a bucket it protects is still reported.",
        ResourceType.S3_BUCKET);
  }

  @Override
  public List<Finding> evaluate(Resource bucket, Instant asOf) {
    Reading read = new Reading(bucket);
    Optional<Boolean> configured = read.value(S3Bucket.PUBLIC_ACCESS_BLOCK_CONFIGURED);
    Optional<Map<String, Object>> block = read.value(S3Bucket.PUBLIC_ACCESS_BLOCK);
    Map<String, Object> evidence = new LinkedHashMap<>();
    configured.ifPresent(value -> evidence.put(S3Bucket.PUBLIC_ACCESS_BLOCK_CONFIGURED.name(), value));
    List<String> off = new ArrayList<>();
    int on = 0;
    if (block.isPresent()) {
      for (AttributeKey<Boolean> flag : FLAGS) {
        Optional<Boolean> value = flag.read(block.get());
        if (value.isPresent()) {
          evidence.put(flag.name(), value.get());
          if (value.get()) {
            on++;
          } else {
            off.add(flag.name());
          }
        } else {
          read.undetermined(S3Bucket.PUBLIC_ACCESS_BLOCK.name() + "." + flag.name());
        }
      }
    }
    boolean notConfigured = configured.equals(Optional.of(false));
    if (notConfigured || !off.isEmpty()) {
      String problem = notConfigured ? "has no public access block configuration"
          : "does not fully block public access: " + String.join(", ", off) + (off.size() == 1 ? " is" : " are")
              + " false";
      return List.of(fail(bucket).putAllEvidence(evidence).message(Labels.describe(bucket) + " " + problem)
          .build());
    }
    if (on == FLAGS.size()) {
      return List.of();
    }
    return unknown(bucket, read.undetermined());
  }
}
