package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep.Detail;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.EksCluster;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.eks.model.Cluster;
import software.amazon.awssdk.services.eks.model.EncryptionConfig;
import software.amazon.awssdk.services.eks.model.LogSetup;
import software.amazon.awssdk.services.eks.model.ResourceNotFoundException;
import software.amazon.awssdk.services.eks.model.VpcConfigResponse;

/**
 * {@code eks_cluster}: ListClusters (100 per page) names the clusters; DescribeCluster, one detail step per cluster,
 * gives everything else, tags included. A cluster deleted between the two is dropped; one that cannot be described
 * is kept with every attribute and its tags unknown (it is named by its name, its ARN built from it).
 */
public final class EksClusterCollector implements ItemCollector<String> {

  private static final String SECRETS = "secrets";

  private static final List<DetailStep<String>> DETAILS = List.of(
      DetailStep.of("DescribeCluster", EksClusterCollector::describe, EksCluster.KUBERNETES_VERSION,
          EksCluster.PLATFORM_VERSION, EksCluster.STATUS, EksCluster.SUPPORT_TYPE, EksCluster.ENDPOINT_PUBLIC_ACCESS,
          EksCluster.PUBLIC_ACCESS_CIDRS, EksCluster.ENDPOINT_PRIVATE_ACCESS, EksCluster.ENABLED_LOG_TYPES,
          EksCluster.SECRETS_ENCRYPTED, EksCluster.SECRETS_KEY_ARN, EksCluster.CREATION_DATE)
          .alsoUnknownOnFailure(DetailStep.TAGS));

  @Override
  public TypeDescriptor descriptor() {
    return EksCluster.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<String>> details() {
    return DETAILS;
  }

  @Override
  public void list(CollectionContext context, ListedItems<String> items) {
    for (String name : context.client(EksClient.class).listClustersPaginator(r -> r.maxResults(100)).clusters()) {
      items.add(name, context.arn("eks", "cluster/" + name), name);
    }
  }

  private static Detail describe(CollectionContext context, String name) {
    Cluster cluster;
    try {
      cluster = context.client(EksClient.class).describeCluster(d -> d.name(name)).cluster();
    } catch (ResourceNotFoundException e) {
      return Detail.VANISHED;
    }
    return r -> resource(r, cluster, name);
  }

  private static void resource(Resource.Builder r, Cluster cluster, String name) {
    Map<String, String> tags = cluster.hasTags() ? cluster.tags() : Map.of();
    r.tags(tags).name(Attributes.name(tags, name));
    if (cluster.statusAsString() != null) {
      r.state(cluster.statusAsString());
    }
    if (cluster.createdAt() != null) {
      r.createdAt(cluster.createdAt());
    }
    EksCluster.KUBERNETES_VERSION.put(r, cluster.version());
    EksCluster.PLATFORM_VERSION.put(r, cluster.platformVersion());
    EksCluster.STATUS.put(r, cluster.statusAsString());
    if (cluster.upgradePolicy() != null) {
      EksCluster.SUPPORT_TYPE.put(r, cluster.upgradePolicy().supportTypeAsString());
    }
    VpcConfigResponse vpc = cluster.resourcesVpcConfig();
    if (vpc != null) {
      EksCluster.ENDPOINT_PUBLIC_ACCESS.put(r, vpc.endpointPublicAccess());
      EksCluster.ENDPOINT_PRIVATE_ACCESS.put(r, vpc.endpointPrivateAccess());
      if (vpc.hasPublicAccessCidrs()) {
        EksCluster.PUBLIC_ACCESS_CIDRS.put(r, List.copyOf(vpc.publicAccessCidrs()));
      }
    }
    EksCluster.ENABLED_LOG_TYPES.put(r, enabledLogTypes(cluster));
    Optional<EncryptionConfig> secrets = secretsEncryption(cluster);
    EksCluster.SECRETS_ENCRYPTED.put(r, secrets.isPresent());
    secrets.ifPresent(e -> EksCluster.SECRETS_KEY_ARN.put(r, e.provider() == null ? null : e.provider().keyArn()));
    EksCluster.CREATION_DATE.put(r, cluster.createdAt());
  }

  /** The log types of every enabled log setup, sorted; empty when the cluster reports no logging. */
  static List<String> enabledLogTypes(Cluster cluster) {
    TreeSet<String> types = new TreeSet<>();
    if (cluster.logging() != null && cluster.logging().hasClusterLogging()) {
      for (LogSetup setup : cluster.logging().clusterLogging()) {
        if (Boolean.TRUE.equals(setup.enabled()) && setup.hasTypes()) {
          types.addAll(setup.typesAsStrings());
        }
      }
    }
    return List.copyOf(types);
  }

  /** The encryption configuration that covers Kubernetes secrets, if any. */
  static Optional<EncryptionConfig> secretsEncryption(Cluster cluster) {
    if (!cluster.hasEncryptionConfig()) {
      return Optional.empty();
    }
    return cluster.encryptionConfig().stream().filter(e -> e.hasResources() && e.resources().contains(SECRETS))
        .findFirst();
  }
}
