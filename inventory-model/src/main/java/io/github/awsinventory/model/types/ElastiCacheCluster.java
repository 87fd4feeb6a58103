package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.NumberKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.time.Instant;

/**
 * {@code elasticache_cluster}: An ElastiCache cache cluster (a Memcached cluster, a Redis OSS or Valkey node group
 * member, or a standalone node). Its attribute keys, through which collectors write and rules read, and its
 * {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class ElastiCacheCluster {

  /** {@code engine} (string): {@code redis}, {@code valkey} or {@code memcached}. */
  public static final AttributeKey<String> ENGINE = AttributeKey.string("engine",
      "`redis`, `valkey` or `memcached`");

  /** {@code engine_version} (string): such as {@code 7.1}. */
  public static final AttributeKey<String> ENGINE_VERSION = AttributeKey.string("engine_version",
      "the engine version, such as `7.1`");

  /** {@code cache_node_type} (string): such as {@code cache.r6g.large}. */
  public static final AttributeKey<String> CACHE_NODE_TYPE = AttributeKey.string("cache_node_type",
      "the node type, such as `cache.r6g.large`");

  /** {@code num_cache_nodes} (number): the nodes in the cluster. */
  public static final NumberKey NUM_CACHE_NODES = AttributeKey.number("num_cache_nodes",
      "the number of nodes in the cluster (1 for a Redis OSS or Valkey cluster)");

  /** {@code replication_group_id} (string): the replication group the cluster belongs to; absent otherwise. */
  public static final AttributeKey<String> REPLICATION_GROUP_ID = AttributeKey.string("replication_group_id",
      "the replication group the cluster belongs to; absent for a standalone cluster");

  /** {@code at_rest_encryption_enabled} (boolean): whether data on disk is encrypted. */
  public static final AttributeKey<Boolean> AT_REST_ENCRYPTION_ENABLED = AttributeKey.bool(
      "at_rest_encryption_enabled",
      "whether data on disk (backups, swap) is encrypted: the cluster's own setting, else its replication group's");

  /** {@code transit_encryption_enabled} (boolean): whether connections use TLS. */
  public static final AttributeKey<Boolean> TRANSIT_ENCRYPTION_ENABLED = AttributeKey.bool(
      "transit_encryption_enabled",
      "whether connections are encrypted with TLS: the cluster's own setting, else its replication group's");

  /** {@code cluster_status} (string): {@code available}, {@code creating}, {@code modifying}, ... */
  public static final AttributeKey<String> STATUS = AttributeKey.string("cluster_status",
      "`available`, `creating`, `modifying`, `deleting`, `rebooting cluster nodes`, `snapshotting`, ...");

  /** {@code creation_date} (time): when the cluster was created. */
  public static final AttributeKey<Instant> CREATION_DATE = AttributeKey.time("creation_date",
      "when the cluster was created");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.ELASTICACHE_CLUSTER)
      .description("An ElastiCache cache cluster")
      .service("elasticache")
      .arnFormat("arn:<partition>:elasticache:<region>:<account>:cluster:<cache cluster id>")
      .attributes(ENGINE, ENGINE_VERSION, CACHE_NODE_TYPE, NUM_CACHE_NODES, REPLICATION_GROUP_ID,
          AT_REST_ENCRYPTION_ENABLED, TRANSIT_ENCRYPTION_ENABLED, STATUS, CREATION_DATE)
      .iamActions("elasticache:DescribeCacheClusters", "elasticache:DescribeReplicationGroups",
          "elasticache:ListTagsForResource")
      .costModel("node hours by node type for Redis OSS and Memcached (Valkey, serverless caches, reserved nodes, "
          + "backups and data transfer are not priced)", ENGINE, CACHE_NODE_TYPE, NUM_CACHE_NODES)
      .build();

  private ElastiCacheCluster() {}
}
