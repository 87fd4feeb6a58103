package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.NumberKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.time.Instant;

/**
 * {@code opensearch_domain}: An OpenSearch Service domain (OpenSearch or Elasticsearch). Its attribute keys, through
 * which collectors write and rules read, and its {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md}
 * is checked against them.
 */
public final class OpenSearchDomain {

  /** {@code engine_version} (string): such as {@code OpenSearch_2.13} or {@code Elasticsearch_7.10}. */
  public static final AttributeKey<String> ENGINE_VERSION = AttributeKey.string("engine_version",
      "the engine and its version, such as `OpenSearch_2.13` or `Elasticsearch_7.10`");

  /** {@code processing_status} (string): {@code Active}, {@code Creating}, {@code Modifying}, ... */
  public static final AttributeKey<String> PROCESSING_STATUS = AttributeKey.string("processing_status",
      "`Creating`, `Active`, `Modifying`, `UpgradingEngineVersion`, `UpdatingServiceSoftware`, `Isolated` or "
      + "`Deleting`; absent when the domain does not report one");

  /** {@code data_node_type} (string): the data nodes' instance type, such as {@code r6g.large.search}. */
  public static final AttributeKey<String> DATA_NODE_TYPE = AttributeKey.string("data_node_type",
      "the data nodes' instance type, such as `r6g.large.search`");

  /** {@code data_node_count} (number): the data nodes. */
  public static final NumberKey DATA_NODE_COUNT = AttributeKey.number("data_node_count",
      "the number of data nodes");

  /** {@code dedicated_master_count} (number): dedicated master nodes; absent without them. */
  public static final NumberKey DEDICATED_MASTER_COUNT = AttributeKey.number("dedicated_master_count",
      "the number of dedicated master nodes; absent when the domain has none");

  /** {@code encryption_at_rest} (boolean): whether the data at rest is encrypted. */
  public static final AttributeKey<Boolean> ENCRYPTION_AT_REST = AttributeKey.bool("encryption_at_rest",
      "whether the domain's data at rest (indices, logs, swap, snapshots) is encrypted");

  /** {@code node_to_node_encryption} (boolean): whether traffic between nodes uses TLS. */
  public static final AttributeKey<Boolean> NODE_TO_NODE_ENCRYPTION = AttributeKey.bool("node_to_node_encryption",
      "whether traffic between the domain's nodes is encrypted with TLS");

  /** {@code in_vpc} (boolean): whether the domain has a VPC endpoint rather than a public one. */
  public static final AttributeKey<Boolean> IN_VPC = AttributeKey.bool("in_vpc",
      "whether the domain is in a VPC (a VPC endpoint); false for a domain with a public endpoint");

  /** {@code vpc_id} (string): the domain's VPC; absent for a public domain. */
  public static final AttributeKey<String> VPC_ID = AttributeKey.string("vpc_id",
      "the domain's VPC; absent for a public domain");

  /** {@code enforce_https} (boolean): whether the endpoint accepts HTTPS only. */
  public static final AttributeKey<Boolean> ENFORCE_HTTPS = AttributeKey.bool("enforce_https",
      "whether the domain's endpoint accepts only HTTPS");

  /** {@code creation_date} (time): when the domain was created. */
  public static final AttributeKey<Instant> CREATION_DATE = AttributeKey.time("creation_date",
      "when the domain was created (the creation date of its cluster configuration)");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.OPENSEARCH_DOMAIN)
      .description("An OpenSearch Service domain")
      .service("es")
      .arnFormat("arn:<partition>:es:<region>:<account>:domain/<domain name>")
      .attributes(ENGINE_VERSION, PROCESSING_STATUS, DATA_NODE_TYPE, DATA_NODE_COUNT, DEDICATED_MASTER_COUNT,
          ENCRYPTION_AT_REST, NODE_TO_NODE_ENCRYPTION, IN_VPC, VPC_ID, ENFORCE_HTTPS, CREATION_DATE)
      .iamActions("es:ListDomainNames", "es:DescribeDomains", "es:DescribeDomainConfig", "es:ListTags")
      .costModel("data node hours by instance type, a lower bound (EBS storage and UltraWarm are not priced); "
          + "unknown with dedicated master nodes", DATA_NODE_TYPE, DATA_NODE_COUNT, DEDICATED_MASTER_COUNT)
      .build();

  private OpenSearchDomain() {}
}
