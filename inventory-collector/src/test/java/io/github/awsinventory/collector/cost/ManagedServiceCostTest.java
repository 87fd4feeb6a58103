package io.github.awsinventory.collector.cost;

import static io.github.awsinventory.collector.cost.TestResources.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.collector.spi.CostEstimate;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The cost rules of the managed container and data services. */
class ManagedServiceCostTest {

  private final ListPriceCostEstimator prices = ListPriceCostEstimator.bundled();

  private CostEstimate estimate(Resource resource) {
    return prices.estimate(resource).orElseThrow();
  }

  private static void assertUnknown(CostEstimate estimate, String reason) {
    assertThat(estimate.isKnown()).as(estimate.toString()).isFalse();
    assertThat(estimate.basis()).isEqualTo("unknown: " + reason);
  }

  @Test
  void estimate_eksCluster_isClusterHoursAtTheStandardSupportPrice() {
    Resource cluster = resource(ResourceType.EKS_CLUSTER, "eu-west-1").state("ACTIVE").build();

    CostEstimate estimate = estimate(cluster);

    assertThat(estimate.monthlyCost()).contains(new BigDecimal("81.03")); // 0.10 x 730 x 1.11
    assertThat(estimate.basis()).startsWith("list-price 2026-11 eu-west-1 x1.11: EKS cluster 0.1/h x 730 h")
        .contains("standard support");
  }

  @Test
  void estimate_efsFileSystem_pricesTheStandardBytes() {
    Resource fs = resource(ResourceType.EFS_FILE_SYSTEM, "us-east-1").putAttributes("size_standard_bytes", 100L << 30)
        .putAttributes("size_ia_bytes", 50L << 30).build();

    CostEstimate estimate = estimate(fs);

    assertThat(estimate.monthlyCost()).contains(new BigDecimal("30.00")); // 100 GB x 0.30
    assertThat(estimate.basis()).isEqualTo("list-price 2026-11 us-east-1 x1.00: EFS 100 GB Standard x 0.3 "
        + "(50 GB in Infrequent Access or Archive not priced; throughput and data access excluded)");
  }

  @Test
  void estimate_efsFileSystem_oneZoneOrSizeUnknown_isUnknown() {
    Resource oneZone = resource(ResourceType.EFS_FILE_SYSTEM, "us-east-1").putAttributes("size_standard_bytes", 0)
        .putAttributes("availability_zone_name", "us-east-1a").build();
    Resource unknown = resource(ResourceType.EFS_FILE_SYSTEM, "us-east-1").addUnknownAttributes("size_standard_bytes")
        .build();

    assertUnknown(estimate(oneZone), "One Zone storage (us-east-1a) is not in the price table");
    assertUnknown(estimate(unknown), "required attribute size_standard_bytes is unknown");
  }

  @Test
  void estimate_elastiCacheCluster_isNodeHoursByNodeType() {
    Resource cluster = resource(ResourceType.ELASTICACHE_CLUSTER, "us-east-1").putAttributes("engine", "memcached")
        .putAttributes("cache_node_type", "cache.t3.medium").putAttributes("num_cache_nodes", 2).build();

    CostEstimate estimate = estimate(cluster);

    assertThat(estimate.monthlyCost()).contains(new BigDecimal("99.28")); // 2 x 0.068 x 730
    assertThat(estimate.basis()).isEqualTo("list-price 2026-11 us-east-1 x1.00: 2 x cache.t3.medium 0.068/h x 730 h "
        + "(backups and data transfer excluded)");
  }

  @Test
  void estimate_elastiCacheCluster_valkeyUnlistedTypeOrUnknownNodes_isUnknown() {
    Resource valkey = resource(ResourceType.ELASTICACHE_CLUSTER, "us-east-1").putAttributes("engine", "valkey")
        .putAttributes("cache_node_type", "cache.t3.micro").putAttributes("num_cache_nodes", 1).build();
    Resource unlisted = resource(ResourceType.ELASTICACHE_CLUSTER, "us-east-1").putAttributes("engine", "redis")
        .putAttributes("cache_node_type", "cache.r7g.xlarge").putAttributes("num_cache_nodes", 1).build();
    Resource unknown = resource(ResourceType.ELASTICACHE_CLUSTER, "us-east-1").putAttributes("engine", "redis")
        .putAttributes("cache_node_type", "cache.t3.micro").addUnknownAttributes("num_cache_nodes").build();

    assertUnknown(estimate(valkey), "ElastiCache engine valkey is not in the price table");
    assertUnknown(estimate(unlisted), "no list price for ElastiCache node type cache.r7g.xlarge in price file 2026-11");
    assertUnknown(estimate(unknown), "required attribute num_cache_nodes is unknown");
  }

  @Test
  void estimate_redshiftCluster_isNodeHoursByNodeType() {
    Resource cluster = resource(ResourceType.REDSHIFT_CLUSTER, "us-east-1").state("available")
        .putAttributes("node_type", "dc2.large").putAttributes("number_of_nodes", 2).build();

    CostEstimate estimate = estimate(cluster);

    assertThat(estimate.monthlyCost()).contains(new BigDecimal("365.00")); // 2 x 0.25 x 730
    assertThat(estimate.basis()).startsWith("list-price 2026-11 us-east-1 x1.00: 2 x dc2.large 0.25/h x 730 h");
  }

  @Test
  void estimate_redshiftCluster_pausedOrUnlistedType_isUnknown() {
    Resource paused = resource(ResourceType.REDSHIFT_CLUSTER, "us-east-1").state("paused")
        .putAttributes("node_type", "ra3.xlplus").putAttributes("number_of_nodes", 2).build();
    Resource unlisted = resource(ResourceType.REDSHIFT_CLUSTER, "us-east-1").state("available")
        .putAttributes("node_type", "ra3.16xlarge").putAttributes("number_of_nodes", 2).build();

    assertUnknown(estimate(paused), "paused: node hours are not billed; RA3 managed storage is billed by usage and "
        + "not priced");
    assertUnknown(estimate(unlisted), "no list price for Redshift node type ra3.16xlarge in price file 2026-11");
  }

  @Test
  void estimate_openSearchDomain_isDataNodeHoursByInstanceType_withoutStorage() {
    Resource domain = resource(ResourceType.OPENSEARCH_DOMAIN, "eu-west-1").putAttributes("data_node_type",
        "r6g.large.search").putAttributes("data_node_count", 3).putAttributes("dedicated_master_count", 0).build();

    CostEstimate estimate = estimate(domain);

    assertThat(estimate.monthlyCost()).contains(new BigDecimal("405.96")); // 3 x 0.167 x 730 = 365.73, x1.11
    assertThat(estimate.basis()).isEqualTo("list-price 2026-11 eu-west-1 x1.11: 3 x r6g.large.search 0.167/h x 730 h "
        + "(data nodes only; EBS storage, UltraWarm and cold storage excluded)");
  }

  @Test
  void estimate_openSearchDomain_withDedicatedMastersOrAnUnlistedType_isUnknown() {
    Resource masters = resource(ResourceType.OPENSEARCH_DOMAIN, "us-east-1").putAttributes("data_node_type",
        "m6g.large.search").putAttributes("data_node_count", 2).putAttributes("dedicated_master_count", 3).build();
    Resource unlisted = resource(ResourceType.OPENSEARCH_DOMAIN, "us-east-1").putAttributes("data_node_type",
        "i3.2xlarge.search").putAttributes("data_node_count", 2).build();
    Resource unknown = resource(ResourceType.OPENSEARCH_DOMAIN, "us-east-1").putAttributes("data_node_type",
        "m6g.large.search").build();

    assertUnknown(estimate(masters), "the instance type of the 3 dedicated master nodes is not collected");
    assertUnknown(estimate(unlisted), "no list price for OpenSearch node type i3.2xlarge.search in price file 2026-11");
    assertUnknown(estimate(unknown), "required attribute data_node_count is missing");
  }
}
