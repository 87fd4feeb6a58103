package io.github.awsinventory.query.internal.security;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.types.ElbClassicLoadBalancer;
import io.github.awsinventory.query.security.Finding;
import io.github.awsinventory.query.security.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * ELB-001: fails an {@code internet-facing} Classic Load Balancer that listens on plain {@code HTTP} and on neither
 * {@code HTTPS} nor {@code SSL}, so that clients can only reach it unencrypted. An {@code internal} load balancer, or
 * one with an HTTPS or SSL listener or without an HTTP one, passes even when the other attribute is unknown.
 */
final class ClassicPlainHttpRule extends BuiltInRule {

  private static final AttributeKey<String> SCHEME = ElbClassicLoadBalancer.SCHEME;
  private static final AttributeKey<List<String>> PROTOCOLS = ElbClassicLoadBalancer.LISTENER_PROTOCOLS;
  private static final String INTERNET_FACING = "internet-facing";
  private static final String HTTP = "HTTP";
  private static final List<String> ENCRYPTED = List.of("HTTPS", "SSL");

  ClassicPlainHttpRule() {
    super("ELB-001", Severity.HIGH, "Internet-facing classic load balancer without HTTPS",
        "Add an HTTPS (or SSL) listener with an ACM certificate and redirect or drop the plain HTTP listener; "
            + "better, migrate the Classic Load Balancer to an Application Load Balancer.",
        ResourceType.ELB_CLASSIC_LOAD_BALANCER);
  }

  @Override
  public List<Finding> evaluate(Resource balancer, Instant asOf) {
    Reading read = new Reading(balancer);
    Optional<String> scheme = read.value(SCHEME);
    Optional<List<String>> protocols = read.value(PROTOCOLS);
    if (scheme.isPresent() && !scheme.get().equals(INTERNET_FACING)) {
      return List.of();
    }
    if (protocols.isPresent() && (!protocols.get().contains(HTTP)
        || protocols.get().stream().anyMatch(ENCRYPTED::contains))) {
      return List.of();
    }
    if (!read.complete()) {
      return unknown(balancer, read.undetermined());
    }
    return List.of(fail(balancer).putEvidence(SCHEME.name(), scheme.get())
        .putEvidence(PROTOCOLS.name(), protocols.get())
        .message(Labels.describe(balancer) + " is internet-facing and listens on plain HTTP only ("
            + PROTOCOLS.name() + " " + String.join(", ", protocols.get()) + ")")
        .build());
  }
}
