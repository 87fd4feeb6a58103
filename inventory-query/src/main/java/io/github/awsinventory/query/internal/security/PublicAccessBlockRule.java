package io.github.awsinventory.query.internal.security;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
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

  static final String CONFIGURED = "public_access_block_configured";
  static final String BLOCK = "public_access_block";
  static final List<String> FLAGS = List.of(
      "block_public_acls", "ignore_public_acls", "block_public_policy", "restrict_public_buckets");

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
    Optional<Boolean> configured = read.bool(CONFIGURED);
    Optional<Map<?, ?>> block = read.map(BLOCK);
    Map<String, Object> evidence = new LinkedHashMap<>();
    configured.ifPresent(value -> evidence.put(CONFIGURED, value));
    List<String> off = new ArrayList<>();
    int on = 0;
    if (block.isPresent()) {
      for (String flag : FLAGS) {
        Object value = block.get().get(flag);
        if (value instanceof Boolean) {
          evidence.put(flag, value);
          if ((Boolean) value) {
            on++;
          } else {
            off.add(flag);
          }
        } else {
          read.undetermined(BLOCK + "." + flag);
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
