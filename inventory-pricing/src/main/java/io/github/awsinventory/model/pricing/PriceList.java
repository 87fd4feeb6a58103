package io.github.awsinventory.model.pricing;

import io.github.awsinventory.model.config.ConfigurationException;
import io.github.awsinventory.model.pricing.internal.DynamoDbPrices;
import io.github.awsinventory.model.pricing.internal.EbsPrices;
import io.github.awsinventory.model.pricing.internal.Ec2Prices;
import io.github.awsinventory.model.pricing.internal.KinesisPrices;
import io.github.awsinventory.model.pricing.internal.ManagedServicePrices;
import io.github.awsinventory.model.pricing.internal.MonthlyItemPrices;
import io.github.awsinventory.model.pricing.internal.NetworkPrices;
import io.github.awsinventory.model.pricing.internal.PriceFileParser;
import io.github.awsinventory.model.pricing.internal.PriceFileText;
import io.github.awsinventory.model.pricing.internal.PriceTable;
import io.github.awsinventory.model.pricing.internal.Quote;
import io.github.awsinventory.model.pricing.internal.RdsPrices;
import io.github.awsinventory.model.pricing.internal.StoredBytesPrices;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Published on-demand list prices (us-east-1, Linux, USD) with approximate region factors, and the math
 * that turns them into monthly amounts: the bundled, dated {@code list-prices.json} or a file in the same
 * format (see {@code docs/COST_MODEL.md}). Immutable and thread-safe; read it once and share it.
 *
 * <p>Two kinds of answers. The {@code ...Monthly} methods give USD per month in a region, rounded half-up
 * to cents, or empty when something needed is not in the file — for pricing recommendations. The
 * {@code ...Quote} methods give a {@link PriceQuote}: the amount at base prices with a description of what
 * was priced, or the reason it cannot be; {@link #inRegion(PriceQuote, String)} applies the region factor
 * and rounds, and {@link #basis(String)} names the prices used. Every sum is computed exactly in
 * {@link BigDecimal} and rounded once, at the end.
 *
 * <pre>{@code
 * PriceList prices = PriceList.bundled();
 * prices.ec2Monthly("m4.large", "eu-west-1");                  // Optional[81.03]
 * prices.currentGenerationEquivalent("m4.large");              // Optional[m6i.large]
 * prices.ec2Monthly("m6i.large", "eu-west-1");                 // Optional[77.79]
 * prices.ebsMonthly("gp3", new BigDecimal("500"), null, null, "us-east-1");  // Optional[40.00]
 * prices.basis("eu-west-1");                                   // "list-price 2026-11 eu-west-1 x1.11"
 *
 * PriceList mine = PriceList.fromFile(Path.of("my-prices.json"));
 * }</pre>
 *
 * <p>This class is long only for its documentation, which names the prices and the formula of every method;
 * the lookups and the arithmetic are in {@code io.github.awsinventory.model.pricing.internal}, one class per
 * service.
 */
public final class PriceList {

  /** Where the bundled price file lives on the class path. */
  public static final String BUNDLED_RESOURCE = "/io/github/awsinventory/model/pricing/list-prices.json";

  private final PriceTable table;
  private final Ec2Prices ec2;
  private final EbsPrices ebs;
  private final RdsPrices rds;
  private final NetworkPrices network;
  private final DynamoDbPrices dynamoDb;
  private final MonthlyItemPrices items;
  private final StoredBytesPrices storage;
  private final ManagedServicePrices managed;
  private final KinesisPrices kinesis;

  private PriceList(PriceFileParser.Result parsed) {
    this.table = new PriceTable(parsed);
    this.ec2 = new Ec2Prices(table);
    this.ebs = new EbsPrices(table);
    this.rds = new RdsPrices(table);
    this.network = new NetworkPrices(table);
    this.dynamoDb = new DynamoDbPrices(table);
    this.items = new MonthlyItemPrices(table);
    this.storage = new StoredBytesPrices(table);
    this.managed = new ManagedServicePrices(table);
    this.kinesis = new KinesisPrices(table);
  }

  /**
   * The bundled list prices ({@value #BUNDLED_RESOURCE}). The file is read once; every call returns the
   * same instance.
   *
   * @return the bundled price list
   */
  public static PriceList bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * Prices from a file in the format of the bundled {@code list-prices.json} (see
   * {@code docs/COST_MODEL.md}).
   *
   * @param file the price file
   * @return the price list
   * @throws ConfigurationException when the file cannot be read or is invalid, listing every problem with
   *     its JSON path and fix
   */
  public static PriceList fromFile(Path file) {
    Objects.requireNonNull(file, "file");
    return fromJson(PriceFileText.read(file), file.toString());
  }

  /**
   * Prices from JSON text in the format of the bundled {@code list-prices.json}.
   *
   * <pre>{@code
   * String json = Files.readString(Path.of("list-prices.json"))
   *     .replace("\"m5.large\": 0.096", "\"m5.large\": 0.080");
   * PriceList negotiated = PriceList.fromJson(json, "negotiated prices");
   * }</pre>
   *
   * @param json the price file's text
   * @param sourceName where the text came from, used in error messages (a file name)
   * @return the price list
   * @throws ConfigurationException when the text is invalid, listing every problem with its JSON path and fix
   */
  public static PriceList fromJson(String json, String sourceName) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(sourceName, "sourceName");
    return new PriceList(PriceFileParser.parse(json, sourceName));
  }

  /**
   * The price file's version, e.g. {@code 2026-11}; it appears in every {@link #basis(String) basis}.
   *
   * @return the version
   */
  public String version() {
    return table.version();
  }

  /**
   * Where the prices come from, as the file's {@code source} says.
   *
   * @return the source, if the file names one
   */
  public Optional<String> source() {
    return table.text("source");
  }

  /**
   * The file's {@code note} on what the prices include and exclude.
   *
   * @return the note, if the file has one
   */
  public Optional<String> note() {
    return table.text("note");
  }

  /**
   * The hours in a month used to turn hourly prices into monthly ones (730 in the bundled file).
   *
   * @return hours per month
   */
  public BigDecimal hoursPerMonth() {
    return table.hoursPerMonth();
  }

  /**
   * The multiplier applied to us-east-1 prices in a region, exactly as in the file.
   *
   * @param region a region code such as {@code eu-west-1}
   * @return the factor; empty when the file has none for the region (its costs are then unknown)
   */
  public Optional<BigDecimal> regionFactor(String region) {
    return table.regionFactor(region);
  }

  /**
   * How amounts in a region are priced, the prefix of every estimate's basis: {@code list-price}, the
   * version, the region and its factor with two decimals. A region without a factor is named without one
   * (its free resources are still free).
   *
   * <pre>{@code
   * prices.basis("eu-west-1");   // "list-price 2026-11 eu-west-1 x1.11"
   * prices.basis("global");      // "list-price 2026-11 global"
   * }</pre>
   *
   * @param region a region code
   * @return the basis prefix
   */
  public String basis(String region) {
    return "list-price " + table.version() + " " + region
        + regionFactor(region).map(f -> " x" + f.setScale(2, RoundingMode.HALF_UP).toPlainString()).orElse("");
  }

  /**
   * Whether an instance type (or RDS instance class) belongs to a family the price file lists in
   * {@code ec2_previous_generation_families}, for "move to a current generation" recommendations.
   *
   * <pre>{@code
   * prices.isPreviousGeneration("m4.large");     // true
   * prices.isPreviousGeneration("db.r4.large");  // true: the db. prefix is ignored
   * prices.isPreviousGeneration("m7g.large");    // false
   * }</pre>
   *
   * @param instanceType an instance type such as {@code m4.large}, or a family such as {@code m4}
   * @return true when its family is listed as previous-generation
   */
  public boolean isPreviousGeneration(String instanceType) {
    return ec2.isPreviousGeneration(instanceType);
  }

  /**
   * The current-generation instance type to recommend instead of an older one: the same size in the family
   * the price file's {@code ec2_generation_upgrades} names for the type's family. Present only when that
   * type has an EC2 list price, so the saving can be priced with {@link #ec2Monthly}.
   *
   * <pre>{@code
   * prices.currentGenerationEquivalent("m4.large");     // Optional[m6i.large]
   * prices.currentGenerationEquivalent("t2.micro");     // Optional[t3.micro]
   * prices.currentGenerationEquivalent("m3.medium");    // empty: m6i.medium has no list price
   * prices.currentGenerationEquivalent("m7g.large");    // empty: m7g has no upgrade
   * }</pre>
   *
   * @param instanceType an EC2 instance type such as {@code m4.large}; a bare family (no size) or an RDS
   *     class ({@code db.m4.large}) has no equivalent
   * @return the equivalent instance type; empty when the family has no upgrade in the file or the
   *     equivalent type has no list price
   */
  public Optional<String> currentGenerationEquivalent(String instanceType) {
    return ec2.currentGenerationEquivalent(instanceType);
  }

  /**
   * What a running Linux on-demand EC2 instance of a type costs per month in a region, for pricing
   * recommendations such as a move to a current-generation type.
   *
   * @param instanceType an instance type such as {@code m5.large}
   * @param region a region code
   * @return USD per month (hourly price x {@link #hoursPerMonth()} x region factor), rounded half-up to
   *     cents; empty when the type or the region is not in the price file
   */
  public Optional<BigDecimal> ec2Monthly(String instanceType, String region) {
    return inRegion(ec2Quote(instanceType), region);
  }

  /**
   * What an EBS volume costs per month in a region: size, plus provisioned IOPS for io1 and io2, plus IOPS
   * above {@code gp3_included_iops} and throughput above {@code gp3_included_throughput_mibps} for gp3. io2
   * IOPS are priced at the first tier, an upper bound above 32,000 IOPS.
   *
   * <pre>{@code
   * // what a 500 GiB gp2 volume would cost as gp3 with the included performance
   * prices.ebsMonthly("gp3", new BigDecimal("500"), null, null, "us-east-1");   // Optional[40.00]
   * }</pre>
   *
   * @param volumeType {@code gp2}, {@code gp3}, {@code io1}, {@code io2}, {@code st1}, {@code sc1},
   *     {@code standard}, or any other type the file prices
   * @param sizeGib the size in GiB, at least 0
   * @param iops provisioned IOPS; required for io1 and io2; for gp3, null means the included IOPS; ignored
   *     by other types
   * @param throughputMibps provisioned throughput in MiB/s; for gp3, null means the included throughput;
   *     ignored by other types
   * @param region a region code
   * @return USD per month times the region factor, rounded half-up to cents; empty when a price, the region
   *     or a required value is missing, or a value is negative
   */
  public Optional<BigDecimal> ebsMonthly(String volumeType, BigDecimal sizeGib, BigDecimal iops,
      BigDecimal throughputMibps, String region) {
    return inRegion(ebsQuote(volumeType, sizeGib, iops, throughputMibps), region);
  }

  /**
   * What a running RDS DB instance costs per month for its compute alone (storage excluded), for
   * recommendations such as a smaller or current-generation class.
   *
   * @param instanceClass a class such as {@code db.m5.large}
   * @param engine {@code mysql}, {@code postgres} or {@code mariadb}
   * @param multiAz whether it is a Multi-AZ deployment (twice the Single-AZ price)
   * @param region a region code
   * @return USD per month (hourly price x {@link #hoursPerMonth()}, x2 for Multi-AZ, x region factor),
   *     rounded half-up to cents; empty when the engine, class or region is not in the price file
   */
  public Optional<BigDecimal> rdsInstanceMonthly(String instanceClass, String engine, boolean multiAz,
      String region) {
    Quote compute = rds.computeQuote(instanceClass, engine);
    return inRegion(publish(multiAz ? compute.doubled("Multi-AZ") : compute), region);
  }

  /**
   * A quote in a region: its base amount times the region factor, rounded half-up to cents.
   *
   * <pre>{@code
   * prices.inRegion(prices.natGatewayQuote(), "eu-west-1");   // Optional[36.46]: 0.045 x 730 x 1.11
   * }</pre>
   *
   * @param quote a quote from this price list
   * @param region a region code
   * @return USD per month; empty when the quote is unknown or the region has no factor
   */
  public Optional<BigDecimal> inRegion(PriceQuote quote, String region) {
    Objects.requireNonNull(quote, "quote");
    if (!quote.isKnown()) {
      return Optional.empty();
    }
    BigDecimal monthly = quote.monthly().orElseThrow();
    return regionFactor(region).map(factor -> monthly.multiply(factor).setScale(2, RoundingMode.HALF_UP));
  }

  /**
   * A running Linux on-demand EC2 instance: hourly price x {@link #hoursPerMonth()}.
   *
   * @param instanceType an instance type such as {@code m5.large}
   * @return the quote, e.g. {@code m5.large 0.096/h x 730 h}; unknown when the type has no price
   */
  public PriceQuote ec2Quote(String instanceType) {
    return publish(ec2.quote(instanceType));
  }

  /**
   * An EBS volume, as {@link #ebsMonthly} describes it.
   *
   * @param volumeType the volume type, e.g. {@code gp3}
   * @param sizeGib the size in GiB, at least 0
   * @param iops provisioned IOPS; required for io1 and io2; for gp3, null means the included IOPS
   * @param throughputMibps provisioned MiB/s; for gp3, null means the included throughput
   * @return the quote, e.g. {@code 500 GiB gp3 x 0.08 + 3000 IOPS above 3000 x 0.005}; unknown when a
   *     price or a required value is missing, or a value is negative
   */
  public PriceQuote ebsQuote(String volumeType, BigDecimal sizeGib, BigDecimal iops, BigDecimal throughputMibps) {
    return publish(ebs.volumeQuote(volumeType, sizeGib, iops, throughputMibps));
  }

  /**
   * An EBS snapshot stored in the standard tier: size x {@code snapshot_gb_month}. It is an upper bound, as
   * the detail says: snapshots are incremental and usually store far less than their volume's size.
   *
   * @param sizeGib the snapshot's (source volume's) size in GiB, at least 0
   * @return the quote, e.g. {@code 100 GiB snapshot x 0.05/GB-month (an upper bound: ...)}; unknown when
   *     the file has no snapshot price or the size is missing or negative
   */
  public PriceQuote ebsSnapshotQuote(BigDecimal sizeGib) {
    return publish(ebs.snapshotQuote(sizeGib));
  }

  /**
   * A public IPv4 address (an Elastic IP, attached or not): {@code public_ipv4_hourly} x
   * {@link #hoursPerMonth()}.
   *
   * @return the quote, e.g. {@code public IPv4 0.005/h x 730 h (charged whether associated or not)};
   *     unknown when the file has no price for it
   */
  public PriceQuote publicIpv4Quote() {
    return publish(network.publicIpv4Quote());
  }

  /**
   * A NAT gateway that exists: {@code nat_gateway_hourly} x {@link #hoursPerMonth()}, data processing
   * excluded.
   *
   * @return the quote, e.g. {@code NAT gateway 0.045/h x 730 h (data processing excluded)}; unknown when
   *     the file has no price for it
   */
  public PriceQuote natGatewayQuote() {
    return publish(network.natGatewayQuote());
  }

  /**
   * A load balancer: {@code elb.hourly[lbType]} x {@link #hoursPerMonth()}, load balancer capacity units
   * excluded.
   *
   * @param lbType {@code application}, {@code network}, {@code gateway}, or any other type the file prices
   * @return the quote, e.g. {@code application load balancer 0.0225/h x 730 h (LCUs excluded)}; unknown
   *     when the type has no price
   */
  public PriceQuote loadBalancerQuote(String lbType) {
    return publish(network.loadBalancerQuote(lbType));
  }

  /**
   * A Classic Load Balancer: {@code elb.classic_hourly} x {@link #hoursPerMonth()}, data processed excluded.
   *
   * @return the quote, e.g. {@code classic load balancer 0.025/h x 730 h (data processed excluded)}; unknown when
   *     the file has no price for it
   */
  public PriceQuote classicLoadBalancerQuote() {
    return publish(network.classicLoadBalancerQuote());
  }

  /**
   * A running RDS DB instance: compute (hourly price x {@link #hoursPerMonth()}) plus storage as
   * {@link #rdsStorageQuote} prices it, all doubled for Multi-AZ.
   *
   * @param instanceClass a class such as {@code db.m5.large}
   * @param engine {@code mysql}, {@code postgres} or {@code mariadb}
   * @param storageType {@code gp2}, {@code gp3}, {@code io1}, {@code io2}, {@code standard}, or any other
   *     type the file prices
   * @param sizeGib the allocated storage in GiB, at least 0
   * @param iops provisioned IOPS; required for io1 and io2; for gp3, null means the included IOPS
   * @param multiAz whether it is a Multi-AZ deployment
   * @return the quote, e.g. {@code db.m5.large mysql 0.171/h x 730 h + 100 GiB gp2 x 0.115, x2 Multi-AZ};
   *     unknown when a price or a required value is missing, or a value is negative
   */
  public PriceQuote rdsInstanceQuote(String instanceClass, String engine, String storageType, BigDecimal sizeGib,
      BigDecimal iops, boolean multiAz) {
    Quote quote = rds.instanceQuote(instanceClass, engine, storageType, sizeGib, iops);
    return publish(multiAz ? quote.doubled("Multi-AZ") : quote);
  }

  /**
   * The storage of an RDS DB instance: size x {@code storage_gb_month}, plus every provisioned IOPS for io1
   * and io2, plus the IOPS above the included amount for gp3 (3,000 below {@code gp3_large_volume_gib},
   * 12,000 from it in the bundled file); doubled for Multi-AZ. gp3 throughput is not priced.
   *
   * @param storageType the storage type, e.g. {@code gp3}
   * @param sizeGib the allocated storage in GiB, at least 0
   * @param iops provisioned IOPS; required for io1 and io2; for gp3, null means the included IOPS
   * @param multiAz whether it is a Multi-AZ deployment
   * @return the quote, e.g. {@code 500 GiB gp3 x 0.115 + 3000 IOPS above 12000 x 0.02}; unknown when a
   *     price or a required value is missing, or a value is negative
   */
  public PriceQuote rdsStorageQuote(String storageType, BigDecimal sizeGib, BigDecimal iops, boolean multiAz) {
    Quote quote = rds.storageQuote(storageType, sizeGib, iops);
    return publish(multiAz ? quote.doubled("Multi-AZ") : quote);
  }

  /**
   * A DynamoDB table in provisioned mode, standard table class: (read units x
   * {@code read_capacity_unit_hour} + write units x {@code write_capacity_unit_hour}) x
   * {@link #hoursPerMonth()} + size in GB (2^30 bytes) x {@code storage_gb_month}.
   *
   * @param readCapacityUnits the provisioned read capacity of the table and all its global secondary indexes
   * @param writeCapacityUnits the provisioned write capacity of the table and all its global secondary indexes
   * @param sizeBytes the table's size in bytes
   * @return the quote, e.g. {@code (20 RCU x 0.00013 + 10 WCU x 0.00065)/h x 730 h + 2.000 GB x 0.25 (...)};
   *     unknown when a price is missing or a value is missing or negative
   */
  public PriceQuote dynamoDbProvisionedQuote(BigDecimal readCapacityUnits, BigDecimal writeCapacityUnits,
      BigDecimal sizeBytes) {
    return publish(dynamoDb.provisionedQuote(readCapacityUnits, writeCapacityUnits, sizeBytes));
  }

  /**
   * A KMS customer managed key that is not pending deletion (enabled or disabled, both are billed):
   * {@code kms.customer_managed_key_month}. Requests, and the price again for each of the first two rotations
   * of the key's material, are excluded, so a key with rotated material costs more.
   *
   * @return the quote, e.g. {@code customer managed KMS key 1/month (requests and ... excluded)}; unknown when
   *     the file has no price for it
   */
  public PriceQuote kmsKeyQuote() {
    return publish(items.kmsKeyQuote());
  }

  /**
   * A Secrets Manager secret that is not marked for deletion (a replica is a secret of its own):
   * {@code secretsmanager.secret_month}. API calls are excluded.
   *
   * @return the quote, e.g. {@code Secrets Manager secret 0.4/month (API calls excluded)}; unknown when the file
   *     has no price for it
   */
  public PriceQuote secretQuote() {
    return publish(items.secretQuote());
  }

  /**
   * A Route 53 hosted zone, public or private: {@code route53.hosted_zone_month}, the price of an account's first 25
   * zones (each zone beyond them is billed less, so a larger account is priced high). Queries are excluded. Route 53
   * is global: apply no region factor to this quote.
   *
   * @return the quote, e.g. {@code Route 53 hosted zone 0.5/month (the first 25 zones' price; queries excluded)};
   *     unknown when the file has no price for it
   */
  public PriceQuote hostedZoneQuote() {
    return publish(items.hostedZoneQuote());
  }

  /**
   * The stored events of a CloudWatch Logs log group of the Standard class: stored bytes / 2^30 x
   * {@code logs.storage_gb_month}. AWS bills the compressed size, which can be less than the stored bytes
   * DescribeLogGroups reports; ingestion and queries are excluded.
   *
   * @param storedBytes the bytes the group stores, at least 0
   * @return the quote, e.g. {@code 2 GB x 0.03 CloudWatch Logs storage (...)}; unknown when the file has no price
   *     or the bytes are missing or negative
   */
  public PriceQuote logStorageQuote(BigDecimal storedBytes) {
    return publish(storage.logStorageQuote(storedBytes));
  }

  /**
   * The images of an ECR private repository: the sum of their sizes / 2^30 x {@code ecr.storage_gb_month}. An upper
   * bound, as the detail says: ECR stores a layer that several images share once, but the sum counts it for each
   * image. Data transfer is excluded.
   *
   * @param imageBytes the sum of the sizes of the repository's images, at least 0
   * @return the quote, e.g. {@code 5 GB x 0.1 ECR storage (...)}; unknown when the file has no price or the bytes
   *     are missing or negative
   */
  public PriceQuote ecrStorageQuote(BigDecimal imageBytes) {
    return publish(storage.ecrStorageQuote(imageBytes));
  }

  /**
   * An EKS cluster's control plane: {@code eks.cluster_hourly} x {@link #hoursPerMonth()}, at the standard-support
   * price (a Kubernetes version in extended support is billed at a higher rate, which is not priced). Worker
   * nodes are EC2 instances or Fargate and billed as their own resources.
   *
   * @return the quote, e.g. {@code EKS cluster 0.1/h x 730 h (standard support; ...)}; unknown when the file has
   *     no price
   */
  public PriceQuote eksClusterQuote() {
    return publish(managed.eksClusterQuote());
  }

  /**
   * An EFS file system's Standard storage: bytes in Standard / 2^30 x {@code efs.standard_gb_month}. Infrequent
   * Access and Archive storage, throughput and data access are not priced; the detail names the bytes left out.
   *
   * <pre>{@code
   * prices.efsStandardQuote(BigDecimal.valueOf(10L << 30), BigDecimal.ZERO);   // 10 GB x 0.30 = 3.00
   * }</pre>
   *
   * @param standardBytes bytes in the Standard storage class, at least 0
   * @param otherBytes bytes in Infrequent Access and Archive, at least 0
   * @return the quote; unknown when the file has no price or a size is missing or negative
   */
  public PriceQuote efsStandardQuote(BigDecimal standardBytes, BigDecimal otherBytes) {
    return publish(managed.efsStandardQuote(standardBytes, otherBytes));
  }

  /**
   * ElastiCache nodes (Redis OSS or Memcached, on-demand): {@code elasticache.node_hourly[nodeType]} x nodes x
   * {@link #hoursPerMonth()}. Backups and data transfer are not priced.
   *
   * @param nodeType a node type such as {@code cache.r6g.large}
   * @param nodes the number of nodes, at least 0
   * @return the quote, e.g. {@code 2 x cache.r6g.large 0.206/h x 730 h (...)}; unknown when the node type has no
   *     price or the count is missing or negative
   */
  public PriceQuote elastiCacheNodesQuote(String nodeType, BigDecimal nodes) {
    return publish(managed.elastiCacheNodesQuote(nodeType, nodes));
  }

  /**
   * OpenSearch Service data nodes, on-demand: {@code opensearch.instance_hourly[instanceType]} x nodes x
   * {@link #hoursPerMonth()}. EBS storage, UltraWarm and cold storage are not priced, so a domain's estimate is a
   * lower bound, as its detail says.
   *
   * @param instanceType an instance type such as {@code r6g.large.search}
   * @param nodes the number of data nodes, at least 0
   * @return the quote, e.g. {@code 3 x r6g.large.search 0.167/h x 730 h (...)}; unknown when the type has no price
   *     or the count is missing or negative
   */
  public PriceQuote openSearchDataNodesQuote(String instanceType, BigDecimal nodes) {
    return publish(managed.openSearchDataNodesQuote(instanceType, nodes));
  }

  /**
   * Redshift compute nodes, on-demand: {@code redshift.node_hourly[nodeType]} x nodes x {@link #hoursPerMonth()}.
   * RA3 managed storage, concurrency scaling, Spectrum and backups are not priced.
   *
   * @param nodeType a node type such as {@code ra3.xlplus}
   * @param nodes the number of nodes, at least 0
   * @return the quote, e.g. {@code 2 x ra3.xlplus 1.086/h x 730 h (...)}; unknown when the node type has no price
   *     or the count is missing or negative
   */
  public PriceQuote redshiftNodesQuote(String nodeType, BigDecimal nodes) {
    return publish(managed.redshiftNodesQuote(nodeType, nodes));
  }

  /**
   * A Kinesis data stream in provisioned mode: open shards x {@code kinesis.shard_hourly} x {@link #hoursPerMonth()};
   * PUT payload units, extended retention and enhanced fan-out are excluded.
   *
   * @param shards the stream's open shards
   * @return the quote, e.g. {@code 2 shards x 0.015/h x 730 h (...)}; unknown when the price is missing or the
   *     count is missing or negative
   */
  public PriceQuote kinesisProvisionedStreamQuote(BigDecimal shards) {
    return publish(kinesis.provisionedQuote(shards));
  }

  /**
   * A Kinesis data stream in on-demand mode: {@code kinesis.on_demand_stream_hourly} x {@link #hoursPerMonth()};
   * the data it ingests and serves, billed per GB, is excluded.
   *
   * @return the quote, e.g. {@code on-demand stream 0.04/h x 730 h (...)}; unknown when the price is missing
   */
  public PriceQuote kinesisOnDemandStreamQuote() {
    return publish(kinesis.onDemandQuote());
  }

  @Override
  public String toString() {
    return "PriceList[version=" + table.version() + "]";
  }

  private static PriceQuote publish(Quote quote) {
    return quote.isKnown() ? PriceQuote.of(quote.monthly(), quote.detail()) : PriceQuote.unknown(quote.detail());
  }

  /** The bundled price list, read on first use. */
  private static final class Bundled {
    static final PriceList INSTANCE = fromJson(PriceFileText.bundled(BUNDLED_RESOURCE), "bundled list-prices.json");
  }
}
