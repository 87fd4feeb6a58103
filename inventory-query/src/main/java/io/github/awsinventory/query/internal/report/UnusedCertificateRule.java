package io.github.awsinventory.query.internal.report;

import static io.github.awsinventory.query.internal.report.ReportValues.day;
import static io.github.awsinventory.query.internal.report.ReportValues.daysBetween;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.model.types.AcmCertificate;
import io.github.awsinventory.query.report.CleanupCandidate;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code unused_certificate}: an ACM certificate with {@code certificate_status == ISSUED} and
 * {@code in_use == false}; aged from its creation. A certificate whose status or use is unknown is not judged.
 */
final class UnusedCertificateRule implements WasteRule {

  private static final String ISSUED = "ISSUED";

  @Override
  public CleanupCandidate.Reason reason() {
    return CleanupCandidate.Reason.UNUSED_CERTIFICATE;
  }

  @Override
  public ResourceType type() {
    return ResourceType.ACM_CERTIFICATE;
  }

  @Override
  public Optional<Waste> evaluate(Resource certificate, CostThresholds thresholds, Instant now) {
    if (!AcmCertificate.STATUS.read(certificate).equals(Optional.of(ISSUED))
        || !AcmCertificate.IN_USE.read(certificate).equals(Optional.of(false))) {
      return Optional.empty();
    }
    Optional<Instant> created = AcmCertificate.CREATION_DATE.read(certificate);
    String expiry = AcmCertificate.NOT_AFTER.read(certificate).map(t -> ", expires " + day(t)).orElse("");
    return Optional.of(new Waste("issued, used by nothing" + AcmCertificate.CERTIFICATE_TYPE.read(certificate)
        .map(t -> " (" + t + ")").orElse("") + expiry, created.map(t -> daysBetween(t, now)).orElse(null)));
  }
}
