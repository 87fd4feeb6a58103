package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.RdsCluster;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DBCluster;
import software.amazon.awssdk.services.rds.model.DBClusterMember;
import software.amazon.awssdk.services.rds.model.Tag;

/**
 * {@code rds_cluster}: DescribeDBClusters (Aurora and Multi-AZ DB clusters, and those of RDS-managed
 * engines such as Neptune and DocumentDB), 100 per page; the tags come with each cluster.
 */
public final class RdsClusterCollector implements ItemCollector<DBCluster> {

  @Override
  public TypeDescriptor descriptor() {
    return RdsCluster.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<DBCluster>> details() {
    return List.of();
  }

  @Override
  public void list(CollectionContext context, ListedItems<DBCluster> items) {
    RdsClient rds = context.client(RdsClient.class);
    for (DBCluster cluster : rds.describeDBClustersPaginator(r -> r.maxRecords(100)).dbClusters()) {
      resource(context, items, cluster);
    }
  }

  private static Resource.Builder resource(CollectionContext context, ListedItems<DBCluster> items, DBCluster cluster) {
    Map<String, String> tags = Attributes.tags(cluster.tagList(), Tag::key, Tag::value);
    String arn = cluster.dbClusterArn() != null ? cluster.dbClusterArn()
        : context.arn("rds", "cluster:" + cluster.dbClusterIdentifier());
    Resource.Builder r = items.add(cluster, arn, Attributes.name(tags, cluster.dbClusterIdentifier())).tags(tags);
    if (cluster.status() != null) {
      r.state(cluster.status());
    }
    if (cluster.clusterCreateTime() != null) {
      r.createdAt(cluster.clusterCreateTime());
    }
    List<String> members = cluster.dbClusterMembers().stream().map(DBClusterMember::dbInstanceIdentifier)
        .collect(Collectors.toList());
    RdsCluster.ENGINE.put(r, cluster.engine());
    RdsCluster.ENGINE_VERSION.put(r, cluster.engineVersion());
    RdsCluster.ENGINE_MODE.put(r, cluster.engineMode());
    RdsCluster.STORAGE_ENCRYPTED.put(r, cluster.storageEncrypted());
    RdsCluster.KMS_KEY_ID.put(r, cluster.kmsKeyId());
    RdsCluster.MULTI_AZ.put(r, cluster.multiAZ());
    RdsCluster.MEMBERS.put(r, members.size());
    RdsCluster.MEMBER_IDS.put(r, members);
    RdsCluster.ALLOCATED_STORAGE_GIB.put(r, cluster.allocatedStorage());
    RdsCluster.STORAGE_TYPE.put(r, cluster.storageType());
    RdsCluster.BACKUP_RETENTION_DAYS.put(r, cluster.backupRetentionPeriod());
    RdsCluster.DELETION_PROTECTION.put(r, cluster.deletionProtection());
    return r;
  }
}
