package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep.Detail;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.ElastiCacheCluster;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.elasticache.ElastiCacheClient;
import software.amazon.awssdk.services.elasticache.model.CacheCluster;
import software.amazon.awssdk.services.elasticache.model.CacheClusterNotFoundException;
import software.amazon.awssdk.services.elasticache.model.ReplicationGroup;
import software.amazon.awssdk.services.elasticache.model.Tag;

/**
 * {@code elasticache_cluster}: DescribeCacheClusters (100 per page) and, when a cluster belongs to a replication group
 * and does not report its own encryption settings, DescribeReplicationGroups (100 per page) once per scope; then
 * ListTagsForResource per cluster as a detail step. When DescribeReplicationGroups fails, the encryption settings the
 * clusters do not report themselves are unknown. A cluster deleted before its tags are read is dropped.
 */
public final class ElastiCacheClusterCollector implements ItemCollector<CacheCluster> {

  private static final List<DetailStep<CacheCluster>> DETAILS = List.of(
      DetailStep.tags("ListTagsForResource", ElastiCacheClusterCollector::tags));

  @Override
  public TypeDescriptor descriptor() {
    return ElastiCacheCluster.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<CacheCluster>> details() {
    return DETAILS;
  }

  @Override
  public void list(CollectionContext context, ListedItems<CacheCluster> items) {
    ElastiCacheClient elastiCache = context.client(ElastiCacheClient.class);
    List<CacheCluster> clusters = new ArrayList<>();
    elastiCache.describeCacheClustersPaginator(r -> r.maxRecords(100)).cacheClusters().forEach(clusters::add);
    Map<String, ReplicationGroup> groups = new HashMap<>();
    AwsServiceException groupFailure = null;
    if (clusters.stream().anyMatch(ElastiCacheClusterCollector::needsGroup)) {
      try {
        elastiCache.describeReplicationGroupsPaginator(r -> r.maxRecords(100)).replicationGroups()
            .forEach(g -> groups.put(g.replicationGroupId(), g));
      } catch (AwsServiceException e) {
        groupFailure = e;
      }
    }
    for (CacheCluster cluster : clusters) {
      Resource.Builder r = items.add(cluster, cluster.arn(), cluster.cacheClusterId());
      resource(r, cluster);
      ReplicationGroup group = groups.get(cluster.replicationGroupId());
      encryption(context, r, cluster, ElastiCacheCluster.AT_REST_ENCRYPTION_ENABLED, cluster.atRestEncryptionEnabled(),
          group == null ? null : group.atRestEncryptionEnabled(), groupFailure);
      encryption(context, r, cluster, ElastiCacheCluster.TRANSIT_ENCRYPTION_ENABLED,
          cluster.transitEncryptionEnabled(), group == null ? null : group.transitEncryptionEnabled(), groupFailure);
    }
  }

  /** Whether the cluster belongs to a replication group and leaves an encryption setting to it. */
  static boolean needsGroup(CacheCluster cluster) {
    return cluster.replicationGroupId() != null
        && (cluster.atRestEncryptionEnabled() == null || cluster.transitEncryptionEnabled() == null);
  }

  /**
   * An encryption setting: the cluster's own, else its replication group's; unknown when only the group could tell
   * and it could not be read; absent when neither reports one.
   */
  private static void encryption(CollectionContext context, Resource.Builder r, CacheCluster cluster,
      AttributeKey<Boolean> key, Boolean own, Boolean fromGroup, AwsServiceException groupFailure) {
    if (own != null) {
      key.put(r, own);
    } else if (fromGroup != null) {
      key.put(r, fromGroup);
    } else if (cluster.replicationGroupId() != null && groupFailure != null) {
      Attributes.unknown(context, r, cluster.arn(), groupFailure, key.name());
    }
  }

  private static void resource(Resource.Builder r, CacheCluster cluster) {
    if (cluster.cacheClusterStatus() != null) {
      r.state(cluster.cacheClusterStatus());
    }
    if (cluster.cacheClusterCreateTime() != null) {
      r.createdAt(cluster.cacheClusterCreateTime());
    }
    ElastiCacheCluster.ENGINE.put(r, cluster.engine());
    ElastiCacheCluster.ENGINE_VERSION.put(r, cluster.engineVersion());
    ElastiCacheCluster.CACHE_NODE_TYPE.put(r, cluster.cacheNodeType());
    ElastiCacheCluster.NUM_CACHE_NODES.put(r, cluster.numCacheNodes());
    ElastiCacheCluster.REPLICATION_GROUP_ID.put(r, cluster.replicationGroupId());
    ElastiCacheCluster.STATUS.put(r, cluster.cacheClusterStatus());
    ElastiCacheCluster.CREATION_DATE.put(r, cluster.cacheClusterCreateTime());
  }

  private static Detail tags(CollectionContext context, CacheCluster cluster) {
    Map<String, String> tags;
    try {
      tags = Attributes.tags(context.client(ElastiCacheClient.class)
          .listTagsForResource(t -> t.resourceName(cluster.arn())).tagList(), Tag::key, Tag::value);
    } catch (CacheClusterNotFoundException e) {
      return Detail.VANISHED;
    }
    return r -> r.tags(tags).name(Attributes.name(tags, cluster.cacheClusterId()));
  }
}
