package io.github.awsinventory.query.internal.security;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.types.AcmCertificate;
import io.github.awsinventory.query.security.Finding;
import io.github.awsinventory.query.security.Severity;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * ACM-001: fails a certificate whose {@code not_after} is at most {@value #DAYS} days after the report time, or
 * before it (expired). A certificate without {@code not_after} (not issued yet) passes; an unknown one is unknown.
 */
final class CertificateExpiryRule extends BuiltInRule {

  /** How close to its expiry a certificate fails. */
  static final int DAYS = 30;

  CertificateExpiryRule() {
    super("ACM-001", Severity.MEDIUM, "ACM certificate expiring within " + DAYS + " days or expired",
        "Renew the certificate: for an ACM-issued one, fix what blocks managed renewal (its DNS validation record, "
            + "or its use by a resource); for an imported one, import the renewed certificate over it. Delete a "
            + "certificate nothing uses.",
        ResourceType.ACM_CERTIFICATE);
  }

  @Override
  public List<Finding> evaluate(Resource certificate, Instant asOf) {
    if (AcmCertificate.NOT_AFTER.isUnknown(certificate)) {
      return unknown(certificate, List.of(AcmCertificate.NOT_AFTER.name()));
    }
    Optional<Instant> notAfter = AcmCertificate.NOT_AFTER.read(certificate);
    if (notAfter.isEmpty()) {
      if (certificate.attributes().containsKey(AcmCertificate.NOT_AFTER.name())) {
        return unknown(certificate, List.of(AcmCertificate.NOT_AFTER.name()));
      }
      return List.of();
    }
    if (notAfter.get().isAfter(asOf.plus(Duration.ofDays(DAYS)))) {
      return List.of();
    }
    String day = LocalDate.ofInstant(notAfter.get(), ZoneOffset.UTC).toString();
    long days = Duration.between(asOf, notAfter.get()).toDays();
    String when = notAfter.get().isAfter(asOf) ? "expires on " + day + ", in " + days + (days == 1 ? " day" : " days")
        : "expired on " + day + ", " + -days + (-days == 1 ? " day" : " days") + " ago";
    return List.of(fail(certificate).putEvidence(AcmCertificate.NOT_AFTER.name(), notAfter.get())
        .message(Labels.describe(certificate) + " " + when).build());
  }
}
