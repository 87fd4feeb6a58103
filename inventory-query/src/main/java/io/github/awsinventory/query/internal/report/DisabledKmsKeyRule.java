package io.github.awsinventory.query.internal.report;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.model.types.KmsKey;
import io.github.awsinventory.query.report.CleanupCandidate;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code disabled_kms_key}: a customer managed KMS key whose {@code key_state} is {@code Disabled}. A disabled key
 * is billed like an enabled one but decrypts nothing; schedule its deletion once nothing needs it (a key pending
 * deletion is not billed). How long it has been disabled is not known.
 */
final class DisabledKmsKeyRule implements WasteRule {

  private static final String DISABLED = "Disabled";

  @Override
  public CleanupCandidate.Reason reason() {
    return CleanupCandidate.Reason.DISABLED_KMS_KEY;
  }

  @Override
  public ResourceType type() {
    return ResourceType.KMS_KEY;
  }

  @Override
  public Optional<Waste> evaluate(Resource key, CostThresholds thresholds, Instant now) {
    return KmsKey.KEY_STATE.read(key).filter(DISABLED::equals)
        .map(state -> new Waste("disabled, still billed" + KmsKey.CREATION_DATE.read(key)
            .map(created -> "; created " + ReportValues.day(created)).orElse(""), null));
  }
}
