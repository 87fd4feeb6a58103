package io.github.awsinventory.query.internal.security;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.types.EksCluster;
import io.github.awsinventory.query.security.Finding;
import io.github.awsinventory.query.security.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The EKS cluster rules that read more than one attribute, or a list: EKS-001 and EKS-002. */
final class EksClusterRules {

  private static final String EVERYONE = "0.0.0.0/0";
  private static final String AUDIT = "audit";

  private EksClusterRules() {}

  /**
   * EKS-001: fails a cluster whose API server endpoint is public ({@code endpoint_public_access}) and open to
   * {@code 0.0.0.0/0} ({@code public_access_cidrs}). A cluster without public access passes even when its CIDRs are
   * unknown.
   */
  static BuiltInRule publicEndpoint() {
    return new PublicEndpoint();
  }

  /** EKS-002: fails a cluster whose {@code enabled_log_types} do not include {@code audit}. */
  static BuiltInRule auditLogging() {
    return new AuditLogging();
  }

  private static final class PublicEndpoint extends BuiltInRule {

    PublicEndpoint() {
      super("EKS-001", Severity.HIGH, "EKS cluster endpoint open to the internet",
          "Turn off public access to the cluster endpoint (eks update-cluster-config --resources-vpc-config "
              + "endpointPublicAccess=false,endpointPrivateAccess=true) and reach it from the VPC, or limit "
              + "publicAccessCidrs to known addresses.",
          ResourceType.EKS_CLUSTER);
    }

    @Override
    public List<Finding> evaluate(Resource cluster, Instant asOf) {
      Reading read = new Reading(cluster);
      Optional<Boolean> isPublic = read.value(EksCluster.ENDPOINT_PUBLIC_ACCESS);
      if (isPublic.equals(Optional.of(false))) {
        return List.of();
      }
      Optional<List<String>> cidrs = read.value(EksCluster.PUBLIC_ACCESS_CIDRS);
      if (cidrs.isPresent() && !cidrs.get().contains(EVERYONE)) {
        return List.of();
      }
      if (!read.complete()) {
        return unknown(cluster, read.undetermined());
      }
      return List.of(fail(cluster).putEvidence(EksCluster.ENDPOINT_PUBLIC_ACCESS.name(), true)
          .putEvidence(EksCluster.PUBLIC_ACCESS_CIDRS.name(), cidrs.get())
          .message(Labels.describe(cluster) + " has a public endpoint open to " + EVERYONE + " ("
              + EksCluster.PUBLIC_ACCESS_CIDRS.name() + " " + cidrs.get() + ")")
          .build());
    }
  }

  private static final class AuditLogging extends BuiltInRule {

    AuditLogging() {
      super("EKS-002", Severity.MEDIUM, "EKS cluster without audit logging",
          "Enable the audit control-plane log (eks update-cluster-config --logging "
              + "'{\"clusterLogging\":[{\"types\":[\"audit\"],\"enabled\":true}]}') so that API calls to the cluster "
              + "are recorded in CloudWatch Logs.",
          ResourceType.EKS_CLUSTER);
    }

    @Override
    public List<Finding> evaluate(Resource cluster, Instant asOf) {
      Reading read = new Reading(cluster);
      Optional<List<String>> types = read.value(EksCluster.ENABLED_LOG_TYPES);
      if (types.isEmpty()) {
        return unknown(cluster, read.undetermined());
      }
      if (types.get().contains(AUDIT)) {
        return List.of();
      }
      return List.of(fail(cluster).putEvidence(EksCluster.ENABLED_LOG_TYPES.name(), types.get())
          .message(Labels.describe(cluster) + " does not send audit logs (" + EksCluster.ENABLED_LOG_TYPES.name()
              + " " + types.get() + ")")
          .build());
    }
  }
}
