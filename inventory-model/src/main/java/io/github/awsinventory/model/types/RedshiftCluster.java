package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.NumberKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.time.Instant;

/**
 * {@code redshift_cluster}: A provisioned Redshift cluster. Its attribute keys, through which collectors write and
 * rules read, and its {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class RedshiftCluster {

  /** {@code cluster_status} (string): {@code available}, {@code paused}, {@code creating}, ... */
  public static final AttributeKey<String> CLUSTER_STATUS = AttributeKey.string("cluster_status",
      "`available`, `paused`, `creating`, `modifying`, `resizing`, `deleting`, ...");

  /** {@code node_type} (string): such as {@code ra3.xlplus}. */
  public static final AttributeKey<String> NODE_TYPE = AttributeKey.string("node_type",
      "the node type, such as `ra3.xlplus` or `dc2.large`");

  /** {@code number_of_nodes} (number): the compute nodes. */
  public static final NumberKey NUMBER_OF_NODES = AttributeKey.number("number_of_nodes",
      "the number of compute nodes");

  /** {@code encrypted} (boolean): whether the data at rest is encrypted. */
  public static final AttributeKey<Boolean> ENCRYPTED = AttributeKey.bool("encrypted",
      "whether the cluster's data at rest is encrypted");

  /** {@code publicly_accessible} (boolean): whether the cluster can be reached from outside its VPC. */
  public static final AttributeKey<Boolean> PUBLICLY_ACCESSIBLE = AttributeKey.bool("publicly_accessible",
      "whether the cluster has a public address and can be reached from outside its VPC");

  /** {@code cluster_version} (string): such as {@code 1.0}. */
  public static final AttributeKey<String> CLUSTER_VERSION = AttributeKey.string("cluster_version",
      "the Redshift engine version, such as `1.0`");

  /** {@code creation_date} (time): when the cluster was created. */
  public static final AttributeKey<Instant> CREATION_DATE = AttributeKey.time("creation_date",
      "when the cluster was created");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.REDSHIFT_CLUSTER)
      .description("A provisioned Redshift cluster")
      .service("redshift")
      .arnFormat("arn:<partition>:redshift:<region>:<account>:cluster:<cluster identifier>")
      .attributes(CLUSTER_STATUS, NODE_TYPE, NUMBER_OF_NODES, ENCRYPTED, PUBLICLY_ACCESSIBLE, CLUSTER_VERSION,
          CREATION_DATE)
      .iamActions("redshift:DescribeClusters")
      .costModel("node hours by node type for dc2.large, ra3.xlplus and ra3.4xlarge (RA3 managed storage, "
          + "concurrency scaling, Spectrum and backups are not priced)", NODE_TYPE, NUMBER_OF_NODES)
      .build();

  private RedshiftCluster() {}
}
