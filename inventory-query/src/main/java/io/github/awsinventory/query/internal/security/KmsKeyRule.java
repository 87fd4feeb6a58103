package io.github.awsinventory.query.internal.security;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.types.KmsKey;
import io.github.awsinventory.query.security.Finding;
import io.github.awsinventory.query.security.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * KMS-001 and KMS-002: a customer managed KMS key whose material does not rotate automatically, and a key
 * scheduled for deletion.
 *
 * <p>KMS-001 judges only keys that can rotate automatically: symmetric encryption keys ({@code key_spec}
 * {@code SYMMETRIC_DEFAULT}) with {@code AWS_KMS} key material. A key of another spec or origin passes, and so
 * does a key pending deletion (KMS-002 reports it). KMS-002 fails a key whose {@code key_state} is
 * {@code PendingDeletion}, or {@code PendingReplicaDeletion} (a multi-Region primary key scheduled for deletion
 * that waits for its replicas).
 */
final class KmsKeyRule extends BuiltInRule {

  private static final String SYMMETRIC = "SYMMETRIC_DEFAULT";
  private static final String AWS_KMS = "AWS_KMS";
  private static final Set<String> PENDING_DELETION = Set.of("PendingDeletion", "PendingReplicaDeletion");

  /** What the rule checks. */
  enum Check {
    /** KMS-001: automatic rotation is off. */
    ROTATION,
    /** KMS-002: the key is scheduled for deletion. */
    DELETION
  }

  private final Check check;

  private KmsKeyRule(String id, Severity severity, String title, String remediation, Check check) {
    super(id, severity, title, remediation, ResourceType.KMS_KEY);
    this.check = check;
  }

  static KmsKeyRule rotation() {
    return new KmsKeyRule("KMS-001", Severity.MEDIUM, "KMS key without automatic rotation",
        "Turn on automatic rotation of the key's material (kms enable-key-rotation); KMS keeps the older material "
            + "to decrypt what it encrypted, so nothing needs re-encrypting.",
        Check.ROTATION);
  }

  static KmsKeyRule deletion() {
    return new KmsKeyRule("KMS-002", Severity.HIGH, "KMS key scheduled for deletion",
        "Check (in CloudTrail, and with the key's owners) that nothing still needs the key to decrypt data; if "
            + "anything does, cancel the deletion (kms cancel-key-deletion) and disable the key instead.",
        Check.DELETION);
  }

  @Override
  public List<Finding> evaluate(Resource key, Instant asOf) {
    return check == Check.ROTATION ? rotation(key) : deletion(key);
  }

  private List<Finding> rotation(Resource key) {
    if (KmsKey.KEY_STATE.read(key).filter(PENDING_DELETION::contains).isPresent()) {
      return List.of();
    }
    Reading read = new Reading(key);
    Optional<String> spec = read.value(KmsKey.KEY_SPEC);
    Optional<String> origin = read.value(KmsKey.ORIGIN);
    if (spec.isPresent() && !spec.get().equals(SYMMETRIC) || origin.isPresent() && !origin.get().equals(AWS_KMS)) {
      return List.of();
    }
    Optional<Boolean> enabled = read.value(KmsKey.ROTATION_ENABLED);
    if (enabled.equals(Optional.of(true))) {
      return List.of();
    }
    if (!read.complete()) {
      return unknown(key, read.undetermined());
    }
    return List.of(fail(key).putEvidence(KmsKey.ROTATION_ENABLED.name(), false)
        .putEvidence(KmsKey.KEY_SPEC.name(), spec.get())
        .putEvidence(KmsKey.ORIGIN.name(), origin.get())
        .message(Labels.describe(key) + " does not rotate its key material automatically ("
            + KmsKey.ROTATION_ENABLED.name() + " false)")
        .build());
  }

  private List<Finding> deletion(Resource key) {
    Reading read = new Reading(key);
    Optional<String> state = read.value(KmsKey.KEY_STATE);
    if (state.isEmpty()) {
      return unknown(key, read.undetermined());
    }
    if (!PENDING_DELETION.contains(state.get())) {
      return List.of();
    }
    Optional<Instant> deletionDate = KmsKey.DELETION_DATE.read(key);
    Finding.Builder finding = fail(key).putEvidence(KmsKey.KEY_STATE.name(), state.get());
    deletionDate.ifPresent(date -> finding.putEvidence(KmsKey.DELETION_DATE.name(), date));
    return List.of(finding.message(Labels.describe(key) + " is scheduled for deletion"
        + deletionDate.map(date -> " on " + LocalDate.ofInstant(date, ZoneOffset.UTC)).orElse("")
        + " (" + KmsKey.KEY_STATE.name() + " " + state.get() + ")").build());
  }
}
