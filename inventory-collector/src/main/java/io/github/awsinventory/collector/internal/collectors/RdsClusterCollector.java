package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.ResourceCollector;
import io.github.awsinventory.collector.spi.ResourceSink;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
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
public final class RdsClusterCollector implements ResourceCollector {

  @Override
  public ResourceType type() {
    return ResourceType.RDS_CLUSTER;
  }

  @Override
  public String service() {
    return "rds";
  }

  @Override
  public List<String> iamActions() {
    return List.of("rds:DescribeDBClusters");
  }

  @Override
  public void collect(CollectionContext context, ResourceSink sink) {
    RdsClient rds = context.client(RdsClient.class);
    for (DBCluster cluster : rds.describeDBClustersPaginator(r -> r.maxRecords(100)).dbClusters()) {
      sink.accept(resource(context, cluster));
    }
  }

  private static Resource.Builder resource(CollectionContext context, DBCluster cluster) {
    Map<String, String> tags = Attributes.tags(cluster.tagList(), Tag::key, Tag::value);
    String arn = cluster.dbClusterArn() != null ? cluster.dbClusterArn()
        : context.arn("rds", "cluster:" + cluster.dbClusterIdentifier());
    Resource.Builder r = context.newResource(arn, Attributes.name(tags, cluster.dbClusterIdentifier())).tags(tags);
    if (cluster.status() != null) {
      r.state(cluster.status());
    }
    if (cluster.clusterCreateTime() != null) {
      r.createdAt(cluster.clusterCreateTime());
    }
    List<String> members = cluster.dbClusterMembers().stream().map(DBClusterMember::dbInstanceIdentifier)
        .collect(Collectors.toList());
    Attributes.put(r, "engine", cluster.engine());
    Attributes.put(r, "engine_version", cluster.engineVersion());
    Attributes.put(r, "engine_mode", cluster.engineMode());
    Attributes.put(r, "storage_encrypted", cluster.storageEncrypted());
    Attributes.put(r, "kms_key_id", cluster.kmsKeyId());
    Attributes.put(r, "multi_az", cluster.multiAZ());
    Attributes.put(r, "members", members.size());
    Attributes.put(r, "member_ids", members);
    Attributes.put(r, "allocated_storage_gib", cluster.allocatedStorage());
    Attributes.put(r, "storage_type", cluster.storageType());
    Attributes.put(r, "backup_retention_days", cluster.backupRetentionPeriod());
    Attributes.put(r, "deletion_protection", cluster.deletionProtection());
    return r;
  }
}
