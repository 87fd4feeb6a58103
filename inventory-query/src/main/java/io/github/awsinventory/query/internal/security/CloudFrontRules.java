package io.github.awsinventory.query.internal.security;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.types.CloudFrontDistribution;
import io.github.awsinventory.query.security.Finding;
import io.github.awsinventory.query.security.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The CloudFront distribution rules that read a list or more than one attribute: CLOUDFRONT-001 viewer HTTPS,
 * CLOUDFRONT-004 origin HTTPS and CLOUDFRONT-005 the viewer TLS minimum. (CLOUDFRONT-002, the WAF web ACL, and
 * CLOUDFRONT-003, access logging, are {@link AttributeValueRule}s.)
 */
final class CloudFrontRules {

  /** The viewer protocol policy that lets viewers use plain HTTP. */
  static final String ALLOW_ALL = "allow-all";

  /** Security policies older than TLSv1.2_2021, the oldest that Security Hub recommends. */
  static final Set<String> OUTDATED_POLICIES = Set.of("SSLv3", "TLSv1", "TLSv1_2016", "TLSv1.1_2016",
      "TLSv1.2_2018", "TLSv1.2_2019");

  private static final String HTTP_ONLY = "http-only";
  private static final String MATCH_VIEWER = "match-viewer";

  private CloudFrontRules() {}

  /** CLOUDFRONT-001: fails a distribution with a cache behaviour whose viewer protocol policy is allow-all. */
  static BuiltInRule viewerHttps() {
    return new ViewerHttps();
  }

  /** CLOUDFRONT-004: fails a distribution that reaches a custom origin over plain HTTP. */
  static BuiltInRule originHttps() {
    return new OriginHttps();
  }

  /** CLOUDFRONT-005: fails a distribution with its own certificate whose security policy is outdated. */
  static BuiltInRule viewerTls() {
    return new ViewerTls();
  }

  private static final class ViewerHttps extends BuiltInRule {

    ViewerHttps() {
      super("CLOUDFRONT-001", Severity.MEDIUM, "CloudFront distribution lets viewers use plain HTTP",
          "Set the viewer protocol policy of every cache behaviour, the default one included, to redirect-to-https "
              + "or https-only.",
          ResourceType.CLOUDFRONT_DISTRIBUTION);
    }

    @Override
    public List<Finding> evaluate(Resource distribution, Instant asOf) {
      Reading read = new Reading(distribution);
      Optional<List<String>> policies = read.value(CloudFrontDistribution.VIEWER_PROTOCOL_POLICIES);
      if (!read.complete()) {
        return unknown(distribution, read.undetermined());
      }
      if (!policies.get().contains(ALLOW_ALL)) {
        return List.of();
      }
      return List.of(fail(distribution)
          .putEvidence(CloudFrontDistribution.VIEWER_PROTOCOL_POLICIES.name(), policies.get())
          .message(Labels.describe(distribution) + " has a cache behaviour that allows plain HTTP ("
              + CloudFrontDistribution.VIEWER_PROTOCOL_POLICIES.name() + " " + policies.get() + ")")
          .build());
    }
  }

  private static final class OriginHttps extends BuiltInRule {

    OriginHttps() {
      super("CLOUDFRONT-004", Severity.MEDIUM, "CloudFront distribution reaches a custom origin over plain HTTP",
          "Set the origin protocol policy of every custom origin to https-only (or match-viewer once every cache "
              + "behaviour requires HTTPS), with a certificate on the origin.",
          ResourceType.CLOUDFRONT_DISTRIBUTION);
    }

    @Override
    public List<Finding> evaluate(Resource distribution, Instant asOf) {
      Reading read = new Reading(distribution);
      Optional<List<String>> origins = read.value(CloudFrontDistribution.ORIGIN_PROTOCOL_POLICIES);
      if (origins.isPresent() && !origins.get().contains(HTTP_ONLY) && !origins.get().contains(MATCH_VIEWER)) {
        return List.of();
      }
      if (origins.isPresent() && !origins.get().contains(HTTP_ONLY)) {
        // match-viewer sends plain HTTP to the origin only when a viewer may use it
        Optional<List<String>> viewers = read.value(CloudFrontDistribution.VIEWER_PROTOCOL_POLICIES);
        if (viewers.isPresent() && !viewers.get().contains(ALLOW_ALL)) {
          return List.of();
        }
        if (!read.complete()) {
          return unknown(distribution, read.undetermined());
        }
        return List.of(fail(distribution)
            .putEvidence(CloudFrontDistribution.ORIGIN_PROTOCOL_POLICIES.name(), origins.get())
            .putEvidence(CloudFrontDistribution.VIEWER_PROTOCOL_POLICIES.name(), viewers.get())
            .message(Labels.describe(distribution) + " forwards plain HTTP viewers to a match-viewer custom origin ("
                + CloudFrontDistribution.ORIGIN_PROTOCOL_POLICIES.name() + " " + origins.get() + ")")
            .build());
      }
      if (!read.complete()) {
        return unknown(distribution, read.undetermined());
      }
      return List.of(fail(distribution)
          .putEvidence(CloudFrontDistribution.ORIGIN_PROTOCOL_POLICIES.name(), origins.get())
          .message(Labels.describe(distribution) + " reaches a custom origin over plain HTTP ("
              + CloudFrontDistribution.ORIGIN_PROTOCOL_POLICIES.name() + " " + origins.get() + ")")
          .build());
    }
  }

  private static final class ViewerTls extends BuiltInRule {

    ViewerTls() {
      super("CLOUDFRONT-005", Severity.MEDIUM, "CloudFront distribution accepts outdated TLS versions from viewers",
          "Set the security policy of the distribution's viewer certificate to TLSv1.2_2021 or newer "
              + "(TLSv1.2_2025, TLSv1.3_2025).",
          ResourceType.CLOUDFRONT_DISTRIBUTION);
    }

    @Override
    public List<Finding> evaluate(Resource distribution, Instant asOf) {
      Reading read = new Reading(distribution);
      Optional<Boolean> defaultCertificate = read.value(CloudFrontDistribution.DEFAULT_CERTIFICATE);
      if (defaultCertificate.equals(Optional.of(true))) {
        return List.of();
      }
      Optional<String> policy = read.value(CloudFrontDistribution.MINIMUM_PROTOCOL_VERSION);
      if (!read.complete()) {
        return unknown(distribution, read.undetermined());
      }
      if (!OUTDATED_POLICIES.contains(policy.get())) {
        return List.of();
      }
      return List.of(fail(distribution).putEvidence(CloudFrontDistribution.DEFAULT_CERTIFICATE.name(), false)
          .putEvidence(CloudFrontDistribution.MINIMUM_PROTOCOL_VERSION.name(), policy.get())
          .message(Labels.describe(distribution) + " accepts viewers on an outdated security policy ("
              + CloudFrontDistribution.MINIMUM_PROTOCOL_VERSION.name() + " " + policy.get() + ")")
          .build());
    }
  }
}
