package io.github.awsinventory.examples.policy;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.types.S3Bucket;
import io.github.awsinventory.query.security.Finding;
import io.github.awsinventory.query.security.SecurityRule;
import io.github.awsinventory.query.security.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ACME-001, a custom security rule: an S3 bucket must keep object versions, so that an overwrite or a
 * deletion — by mistake or by ransomware — can be undone. Reads the {@code versioning} attribute the
 * collector stores for every bucket ({@code Enabled}, {@code Suspended} or {@code Disabled}) through its
 * catalogue key, {@link S3Bucket#VERSIONING}.
 *
 * <p>Registered in {@code META-INF/services/io.github.awsinventory.query.security.SecurityRule}, so
 * {@code SecurityRules.discover()} — and with it {@code InventoryReports}, the CLI and the Lambda — runs it
 * next to the built-in rules. Stateless and thread-safe, as every rule must be.
 */
public final class BucketVersioningRule implements SecurityRule {

  /** The rule's id; custom rules carry their organisation's prefix. */
  public static final String ID = "ACME-001";

  /** Creates the rule; {@link java.util.ServiceLoader} needs this public constructor. */
  public BucketVersioningRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "S3 bucket without versioning";
  }

  @Override
  public Severity severity() {
    return Severity.MEDIUM;
  }

  @Override
  public Set<ResourceType> resourceTypes() {
    return Set.of(ResourceType.S3_BUCKET);
  }

  @Override
  public String remediation() {
    return "Turn on versioning (s3api put-bucket-versioning --versioning-configuration Status=Enabled) and add a "
        + "lifecycle rule that expires noncurrent versions after the retention you need.";
  }

  @Override
  public List<Finding> evaluate(Resource bucket, Instant asOf) {
    Optional<String> versioning = S3Bucket.VERSIONING.read(bucket);
    if (S3Bucket.VERSIONING.isUnknown(bucket) || versioning.isEmpty()) {   // GetBucketVersioning failed, or missing
      return List.of(Finding.unknown(this, bucket, S3Bucket.VERSIONING.name()));
    }
    if (versioning.get().equals("Enabled")) {
      return List.of();
    }
    return List.of(Finding.fail(this, bucket)
        .putEvidence(S3Bucket.VERSIONING.name(), versioning.get())
        .message("S3 bucket " + bucket.name() + " keeps no object versions (versioning " + versioning.get() + ")")
        .build());
  }
}
