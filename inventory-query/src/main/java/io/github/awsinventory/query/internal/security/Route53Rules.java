package io.github.awsinventory.query.internal.security;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.types.Route53HostedZone;
import io.github.awsinventory.query.security.Finding;
import io.github.awsinventory.query.security.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The Route 53 hosted zone rules, which check public zones only: a private zone passes, and one whose privacy is
 * unknown is unknown. ROUTE53-001 query logging, ROUTE53-002 DNSSEC signing.
 */
final class Route53Rules {

  private static final String SIGNING = "SIGNING";

  private Route53Rules() {}

  /** ROUTE53-001: fails a public zone whose {@code query_logging} is false. */
  static BuiltInRule queryLogging() {
    return new PublicZoneRule<>("ROUTE53-001", Severity.MEDIUM, "Route 53 public hosted zone without query logging",
        "Create a query logging configuration for the zone (route53 create-query-logging-config with a CloudWatch "
            + "Logs log group in us-east-1 whose resource policy lets route53.amazonaws.com write to it).",
        Route53HostedZone.QUERY_LOGGING, logged -> !logged, "does not log DNS queries");
  }

  /** ROUTE53-002: fails a public zone whose {@code dnssec_status} is not {@code SIGNING}. */
  static BuiltInRule dnssecSigning() {
    return new PublicZoneRule<>("ROUTE53-002", Severity.LOW, "Route 53 public hosted zone without DNSSEC signing",
        "Enable DNSSEC signing for the zone (a key-signing key backed by an asymmetric KMS key in us-east-1, then "
            + "route53 enable-hosted-zone-dnssec) and add the DS record to the parent zone.",
        Route53HostedZone.DNSSEC_STATUS, status -> !SIGNING.equals(status), "is not signed with DNSSEC");
  }

  /** Fails a public zone whose attribute's value fails a test. */
  private static final class PublicZoneRule<T> extends BuiltInRule {

    private final AttributeKey<T> attribute;
    private final Predicate<T> fails;
    private final String problem;

    PublicZoneRule(String id, Severity severity, String title, String remediation, AttributeKey<T> attribute,
        Predicate<T> fails, String problem) {
      super(id, severity, title, remediation, ResourceType.ROUTE53_HOSTED_ZONE);
      this.attribute = attribute;
      this.fails = fails;
      this.problem = problem;
    }

    @Override
    public List<Finding> evaluate(Resource zone, Instant asOf) {
      Reading read = new Reading(zone);
      Optional<Boolean> isPrivate = read.value(Route53HostedZone.PRIVATE_ZONE);
      if (isPrivate.equals(Optional.of(true))) {
        return List.of();
      }
      Optional<T> value = read.value(attribute);
      if (!read.complete()) {
        return unknown(zone, read.undetermined());
      }
      if (!fails.test(value.get())) {
        return List.of();
      }
      return List.of(fail(zone).putEvidence(Route53HostedZone.PRIVATE_ZONE.name(), false)
          .putEvidence(attribute.name(), value.get())
          .message(Labels.describe(zone) + " " + problem + " (" + attribute.name() + " " + value.get() + ")")
          .build());
    }
  }
}
