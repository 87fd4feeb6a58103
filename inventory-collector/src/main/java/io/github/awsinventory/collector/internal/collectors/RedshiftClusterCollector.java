package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.RedshiftCluster;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.redshift.RedshiftClient;
import software.amazon.awssdk.services.redshift.model.Cluster;
import software.amazon.awssdk.services.redshift.model.Tag;

/**
 * {@code redshift_cluster}: DescribeClusters, 100 per page; the listing tells everything, tags included, so there are
 * no detail steps. The ARN is built from the cluster identifier. Redshift Serverless workgroups are not collected.
 */
public final class RedshiftClusterCollector implements ItemCollector<Cluster> {

  @Override
  public TypeDescriptor descriptor() {
    return RedshiftCluster.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<Cluster>> details() {
    return List.of();
  }

  @Override
  public void list(CollectionContext context, ListedItems<Cluster> items) {
    for (Cluster cluster : context.client(RedshiftClient.class).describeClustersPaginator(r -> r.maxRecords(100))
        .clusters()) {
      Map<String, String> tags = Attributes.tags(cluster.tags(), Tag::key, Tag::value);
      String arn = context.arn("redshift", "cluster:" + cluster.clusterIdentifier());
      resource(items.add(cluster, arn, Attributes.name(tags, cluster.clusterIdentifier())).tags(tags), cluster);
    }
  }

  private static void resource(Resource.Builder r, Cluster cluster) {
    if (cluster.clusterStatus() != null) {
      r.state(cluster.clusterStatus());
    }
    if (cluster.clusterCreateTime() != null) {
      r.createdAt(cluster.clusterCreateTime());
    }
    RedshiftCluster.CLUSTER_STATUS.put(r, cluster.clusterStatus());
    RedshiftCluster.NODE_TYPE.put(r, cluster.nodeType());
    RedshiftCluster.NUMBER_OF_NODES.put(r, cluster.numberOfNodes());
    RedshiftCluster.ENCRYPTED.put(r, cluster.encrypted());
    RedshiftCluster.PUBLICLY_ACCESSIBLE.put(r, cluster.publiclyAccessible());
    RedshiftCluster.CLUSTER_VERSION.put(r, cluster.clusterVersion());
    RedshiftCluster.CREATION_DATE.put(r, cluster.clusterCreateTime());
  }
}
