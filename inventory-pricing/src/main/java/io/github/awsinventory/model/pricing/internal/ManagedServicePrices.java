package io.github.awsinventory.model.pricing.internal;

import static io.github.awsinventory.model.pricing.internal.Quote.isMissingOrNegative;
import static io.github.awsinventory.model.pricing.internal.Quote.plain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Managed container and data services billed by the hour or the GB-month: EKS control planes, EFS Standard
 * storage, ElastiCache, Redshift and OpenSearch nodes.
 */
public final class ManagedServicePrices {

  private static final String EKS_CLUSTER_HOURLY = "eks/cluster_hourly";
  private static final String EFS_STANDARD_GB_MONTH = "efs/standard_gb_month";
  private static final String ELASTICACHE_NODE_HOURLY = "elasticache/node_hourly" + PriceFileParser.SEPARATOR;
  private static final String REDSHIFT_NODE_HOURLY = "redshift/node_hourly" + PriceFileParser.SEPARATOR;
  private static final String OPENSEARCH_INSTANCE_HOURLY = "opensearch/instance_hourly" + PriceFileParser.SEPARATOR;
  private static final BigDecimal BYTES_PER_GB = BigDecimal.valueOf(1L << 30);

  private final PriceTable table;

  /**
   * Prices from a table.
   *
   * @param table the price file's prices
   */
  public ManagedServicePrices(PriceTable table) {
    this.table = table;
  }

  /**
   * An EKS cluster's control plane in standard support.
   *
   * @return the quote
   */
  public Quote eksClusterQuote() {
    Optional<BigDecimal> hourly = table.price(EKS_CLUSTER_HOURLY);
    if (hourly.isEmpty()) {
      return Quote.unknown("no list price for EKS clusters in price file " + table.version());
    }
    BigDecimal hoursPerMonth = table.hoursPerMonth();
    return Quote.of(hourly.get().multiply(hoursPerMonth), "EKS cluster " + plain(hourly.get()) + "/h x "
        + plain(hoursPerMonth) + " h (standard support; a version in extended support is billed at a higher rate, "
        + "not priced; nodes excluded)");
  }

  /**
   * EFS storage in the Standard class by the GB (2^30 bytes); bytes in other classes are named, not priced.
   *
   * @param standardBytes bytes in Standard
   * @param otherBytes bytes in Infrequent Access and Archive
   * @return the quote
   */
  public Quote efsStandardQuote(BigDecimal standardBytes, BigDecimal otherBytes) {
    Optional<BigDecimal> gbMonth = table.price(EFS_STANDARD_GB_MONTH);
    if (gbMonth.isEmpty()) {
      return Quote.unknown("no list price for EFS Standard storage in price file " + table.version());
    }
    if (isMissingOrNegative(standardBytes) || isMissingOrNegative(otherBytes)) {
      return Quote.unknown("sizes must be given and at least 0");
    }
    BigDecimal gb = standardBytes.divide(BYTES_PER_GB, MathContext.DECIMAL128);
    String excluded = otherBytes.signum() == 0 ? "no data in other storage classes"
        : gb(otherBytes) + " GB in Infrequent Access or Archive not priced";
    return Quote.of(gb.multiply(gbMonth.get()), "EFS " + gb(standardBytes) + " GB Standard x " + plain(gbMonth.get())
        + " (" + excluded + "; throughput and data access excluded)");
  }

  /**
   * ElastiCache nodes of one type by the hour.
   *
   * @param nodeType such as {@code cache.r6g.large}
   * @param nodes the number of nodes
   * @return the quote
   */
  public Quote elastiCacheNodesQuote(String nodeType, BigDecimal nodes) {
    return nodeHours(ELASTICACHE_NODE_HOURLY, "ElastiCache", nodeType, nodes, "backups and data transfer excluded");
  }

  /**
   * Redshift nodes of one type by the hour.
   *
   * @param nodeType such as {@code ra3.xlplus}
   * @param nodes the number of nodes
   * @return the quote
   */
  public Quote redshiftNodesQuote(String nodeType, BigDecimal nodes) {
    return nodeHours(REDSHIFT_NODE_HOURLY, "Redshift", nodeType, nodes,
        "RA3 managed storage, concurrency scaling and Spectrum excluded");
  }

  /**
   * OpenSearch Service data nodes of one instance type by the hour.
   *
   * @param instanceType such as {@code r6g.large.search}
   * @param nodes the number of data nodes
   * @return the quote
   */
  public Quote openSearchDataNodesQuote(String instanceType, BigDecimal nodes) {
    return nodeHours(OPENSEARCH_INSTANCE_HOURLY, "OpenSearch", instanceType, nodes,
        "data nodes only; EBS storage, UltraWarm and cold storage excluded");
  }

  private Quote nodeHours(String prefix, String service, String nodeType, BigDecimal nodes, String remark) {
    Optional<BigDecimal> hourly = nodeType == null ? Optional.empty() : table.price(prefix + nodeType);
    if (hourly.isEmpty()) {
      return Quote.unknown("no list price for " + service + " node type " + nodeType + " in price file "
          + table.version());
    }
    if (isMissingOrNegative(nodes)) {
      return Quote.unknown("the node count must be given and at least 0");
    }
    BigDecimal hoursPerMonth = table.hoursPerMonth();
    return Quote.of(hourly.get().multiply(nodes).multiply(hoursPerMonth), plain(nodes) + " x " + nodeType + " "
        + plain(hourly.get()) + "/h x " + plain(hoursPerMonth) + " h (" + remark + ")");
  }

  private static String gb(BigDecimal bytes) {
    return plain(bytes.divide(BYTES_PER_GB, MathContext.DECIMAL128).setScale(3, RoundingMode.HALF_UP));
  }
}
