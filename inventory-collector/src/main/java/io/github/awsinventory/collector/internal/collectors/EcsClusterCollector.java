package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.EcsCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Cluster;
import software.amazon.awssdk.services.ecs.model.ClusterField;
import software.amazon.awssdk.services.ecs.model.ClusterSetting;
import software.amazon.awssdk.services.ecs.model.ClusterSettingName;
import software.amazon.awssdk.services.ecs.model.Tag;

/**
 * {@code ecs_cluster}: ListClusters (100 per page), then DescribeClusters with their settings and tags, 100 clusters
 * a call, as part of the listing; a cluster that DescribeClusters no longer finds is left out. There are no detail
 * steps. ECS reports no creation time for a cluster.
 */
public final class EcsClusterCollector implements ItemCollector<Cluster> {

  /** The most clusters one DescribeClusters call takes. */
  static final int DESCRIBE_BATCH = 100;

  @Override
  public TypeDescriptor descriptor() {
    return EcsCluster.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<Cluster>> details() {
    return List.of();
  }

  @Override
  public void list(CollectionContext context, ListedItems<Cluster> items) {
    EcsClient ecs = context.client(EcsClient.class);
    List<String> arns = new ArrayList<>();
    ecs.listClustersPaginator(r -> r.maxResults(100)).clusterArns().forEach(arns::add);
    for (List<String> batch : batches(arns, DESCRIBE_BATCH)) {
      for (Cluster cluster : ecs.describeClusters(d -> d.clusters(batch)
          .include(ClusterField.SETTINGS, ClusterField.TAGS)).clusters()) {
        Map<String, String> tags = Attributes.tags(cluster.tags(), Tag::key, Tag::value);
        resource(items.add(cluster, cluster.clusterArn(), Attributes.name(tags, cluster.clusterName())).tags(tags),
            cluster);
      }
    }
  }

  /** A list cut into consecutive parts of at most {@code size} elements. */
  static <T> List<List<T>> batches(List<T> all, int size) {
    List<List<T>> batches = new ArrayList<>();
    for (int from = 0; from < all.size(); from += size) {
      batches.add(List.copyOf(all.subList(from, Math.min(all.size(), from + size))));
    }
    return batches;
  }

  /** The value of the {@code containerInsights} setting, if the cluster reports one. */
  static Optional<String> containerInsights(Cluster cluster) {
    if (!cluster.hasSettings()) {
      return Optional.empty();
    }
    return cluster.settings().stream().filter(s -> s.name() == ClusterSettingName.CONTAINER_INSIGHTS)
        .map(ClusterSetting::value).filter(v -> v != null && !v.isEmpty()).findFirst();
  }

  private static void resource(Resource.Builder r, Cluster cluster) {
    if (cluster.status() != null) {
      r.state(cluster.status());
    }
    EcsCluster.STATUS.put(r, cluster.status());
    EcsCluster.ACTIVE_SERVICES_COUNT.put(r, cluster.activeServicesCount());
    EcsCluster.RUNNING_TASKS_COUNT.put(r, cluster.runningTasksCount());
    EcsCluster.PENDING_TASKS_COUNT.put(r, cluster.pendingTasksCount());
    EcsCluster.REGISTERED_CONTAINER_INSTANCES_COUNT.put(r, cluster.registeredContainerInstancesCount());
    containerInsights(cluster).ifPresent(value -> EcsCluster.CONTAINER_INSIGHTS.put(r, value));
    EcsCluster.CAPACITY_PROVIDERS.put(r, cluster.hasCapacityProviders() ? List.copyOf(cluster.capacityProviders())
        : List.of());
  }
}
