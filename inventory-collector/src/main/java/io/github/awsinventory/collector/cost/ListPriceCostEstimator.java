package io.github.awsinventory.collector.cost;

import io.github.awsinventory.collector.spi.CostEstimate;
import io.github.awsinventory.collector.spi.CostEstimator;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.config.ConfigurationException;
import io.github.awsinventory.model.pricing.PriceList;
import io.github.awsinventory.model.pricing.PriceQuote;
import io.github.awsinventory.model.types.AcmCertificate;
import io.github.awsinventory.model.types.CloudWatchLogGroup;
import io.github.awsinventory.model.types.DynamoDbTable;
import io.github.awsinventory.model.types.EbsSnapshot;
import io.github.awsinventory.model.types.EbsVolume;
import io.github.awsinventory.model.types.Ec2Instance;
import io.github.awsinventory.model.types.EcrRepository;
import io.github.awsinventory.model.types.EfsFileSystem;
import io.github.awsinventory.model.types.ElastiCacheCluster;
import io.github.awsinventory.model.types.KinesisStream;
import io.github.awsinventory.model.types.KmsKey;
import io.github.awsinventory.model.types.LoadBalancer;
import io.github.awsinventory.model.types.OpenSearchDomain;
import io.github.awsinventory.model.types.RdsInstance;
import io.github.awsinventory.model.types.RedshiftCluster;
import io.github.awsinventory.model.types.SecretsManagerSecret;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The default cost estimator: the rules that turn a {@link Resource} into a monthly estimate from a
 * {@link PriceList} — published on-demand list prices (us-east-1, Linux, USD) times an approximate region
 * factor, from the bundled, dated {@code list-prices.json} or from a file in the same format. The rules say
 * which attributes each resource type needs, which states are billed and why an estimate is unknown; the
 * prices and their math are the {@link PriceList}'s. Immutable and thread-safe; build it once and share it.
 *
 * <p>Every estimate's basis starts with {@code list-price <version> <region> x<factor>}, e.g.
 * {@code list-price 2026-11 eu-west-1 x1.11: m5.large 0.096/h x 730 h}. What cannot be priced — an
 * attribute that is unknown, a type or region missing from the table, usage-based billing — is
 * {@link CostEstimate#unknown unknown} with a reason naming what is missing; it is never 0. The rules per
 * resource type, the file format and the limits of list prices are in {@code docs/COST_MODEL.md}.
 *
 * <pre>{@code
 * ListPriceCostEstimator estimator = ListPriceCostEstimator.bundled();
 * estimator.estimate(instance);                     // Optional[70.08 USD/month (list-price 2026-11 ...)]
 * estimator.priceList().ec2Monthly("m5.large", "us-east-1");   // Optional[70.08]
 *
 * ListPriceCostEstimator mine = ListPriceCostEstimator.fromFile(Path.of("my-prices.json"));
 * ListPriceCostEstimator shared = ListPriceCostEstimator.of(PriceList.fromFile(Path.of("my-prices.json")));
 * }</pre>
 */
public final class ListPriceCostEstimator implements CostEstimator {

  private static final Set<String> EC2_RUNNING = Set.of("pending", "running");
  private static final Set<String> EC2_STOPPED = Set.of("stopping", "stopped", "shutting-down");
  private static final Set<String> NAT_RUNNING = Set.of("pending", "available");
  private static final Set<String> NAT_GONE = Set.of("deleting", "deleted", "failed");
  private static final Set<String> RDS_STOPPED = Set.of("stopping", "stopped");
  private static final Set<String> RDS_PRICED_ENGINES = Set.of("mysql", "postgres", "mariadb");
  private static final List<String> RDS_UNPRICED_ENGINE_PREFIXES = List.of("aurora", "oracle", "sqlserver", "db2",
      "custom-");
  /** Volume and storage types whose provisioned IOPS are billed, so the rules need the {@code iops} attribute. */
  private static final Set<String> IOPS_BILLED = Set.of("io1", "io2", "gp3");
  /** KMS key states that are billed: a key exists and is not pending deletion. */
  private static final Set<String> KMS_BILLED = Set.of("Enabled", "Disabled", "PendingImport", "Unavailable");
  private static final String KMS_PENDING_DELETION = "PendingDeletion";
  private static final String LOG_CLASS_STANDARD = "STANDARD";
  /** ElastiCache engines with node prices in the table (Redis OSS and Memcached nodes cost the same). */
  private static final Set<String> ELASTICACHE_PRICED_ENGINES = Set.of("redis", "memcached");
  private static final BigDecimal ZERO_CENTS = new BigDecimal("0.00");

  private final PriceList prices;
  /** The rule of each built-in type. */
  private final Map<ResourceType, Function<Resource, CostEstimate>> rules;

  private ListPriceCostEstimator(PriceList prices) {
    this.prices = prices;
    this.rules = Map.ofEntries(
        Map.entry(ResourceType.EC2_INSTANCE, this::ec2Instance),
        Map.entry(ResourceType.EBS_VOLUME, this::ebsVolume),
        Map.entry(ResourceType.EBS_SNAPSHOT, this::ebsSnapshot),
        Map.entry(ResourceType.ELASTIC_IP, resource -> priced(resource, prices.publicIpv4Quote())),
        Map.entry(ResourceType.NAT_GATEWAY, this::natGateway),
        Map.entry(ResourceType.LOAD_BALANCER, this::loadBalancer),
        Map.entry(ResourceType.RDS_INSTANCE, this::rdsInstance),
        Map.entry(ResourceType.RDS_CLUSTER, resource -> CostEstimate.unknown(
            "Aurora storage and I/O are billed by usage; instances carry the compute cost")),
        Map.entry(ResourceType.DYNAMODB_TABLE, this::dynamoDbTable),
        Map.entry(ResourceType.SECURITY_GROUP, resource -> free(resource, "no charge for security groups")),
        Map.entry(ResourceType.IAM_USER, resource -> free(resource, "no charge for IAM users")),
        Map.entry(ResourceType.S3_BUCKET, resource -> CostEstimate.unknown(
            "storage is billed by usage; bucket size is not collected")),
        Map.entry(ResourceType.LAMBDA_FUNCTION, resource -> CostEstimate.unknown("billed by requests and duration")),
        Map.entry(ResourceType.KMS_KEY, this::kmsKey),
        Map.entry(ResourceType.SECRETSMANAGER_SECRET, this::secret),
        Map.entry(ResourceType.CLOUDWATCH_LOG_GROUP, this::logGroup),
        Map.entry(ResourceType.ECR_REPOSITORY, this::ecrRepository),
        Map.entry(ResourceType.ELB_CLASSIC_LOAD_BALANCER, resource -> priced(resource,
            prices.classicLoadBalancerQuote())),
        Map.entry(ResourceType.VPC, resource -> free(resource, "no charge for VPCs")),
        Map.entry(ResourceType.SUBNET, resource -> free(resource, "no charge for subnets")),
        Map.entry(ResourceType.EC2_IMAGE, resource -> free(resource,
            "no charge for the AMI itself; its snapshots are billed as ebs_snapshot")),
        Map.entry(ResourceType.AUTOSCALING_GROUP, resource -> free(resource,
            "no charge for Auto Scaling groups; their instances are billed as ec2_instance")),
        Map.entry(ResourceType.RDS_SNAPSHOT, resource -> CostEstimate.unknown(
            "billed by backup storage used beyond the free allowance, which is not collected")),
        Map.entry(ResourceType.AWS_ACCOUNT, resource -> free(resource, "no charge for an account's settings")),
        Map.entry(ResourceType.IAM_ROLE, resource -> free(resource, "no charge for IAM roles")),
        Map.entry(ResourceType.IAM_POLICY, resource -> free(resource, "no charge for IAM policies")),
        Map.entry(ResourceType.ACM_CERTIFICATE, this::acmCertificate),
        Map.entry(ResourceType.CLOUDTRAIL_TRAIL, resource -> CostEstimate.unknown(
            "the first copy of management events is free; other events are billed by volume, which is not collected")),
        Map.entry(ResourceType.EKS_CLUSTER, resource -> priced(resource, prices.eksClusterQuote())),
        Map.entry(ResourceType.EFS_FILE_SYSTEM, this::efsFileSystem),
        Map.entry(ResourceType.ELASTICACHE_CLUSTER, this::elastiCacheCluster),
        Map.entry(ResourceType.REDSHIFT_CLUSTER, this::redshiftCluster),
        Map.entry(ResourceType.ECS_CLUSTER, resource -> free(resource,
            "no charge for an ECS cluster itself; its EC2 container instances are billed as ec2_instance")),
        Map.entry(ResourceType.ECS_SERVICE, resource -> CostEstimate.unknown(
            "Fargate tasks are billed by vCPU and memory per second, and EC2 tasks run on ec2_instances")),
        Map.entry(ResourceType.OPENSEARCH_DOMAIN, this::openSearchDomain),
        Map.entry(ResourceType.KINESIS_STREAM, this::kinesisStream),
        Map.entry(ResourceType.SQS_QUEUE, resource -> CostEstimate.unknown("billed by requests")),
        Map.entry(ResourceType.SNS_TOPIC, resource -> CostEstimate.unknown("billed by publishes and deliveries")),
        Map.entry(ResourceType.SFN_STATE_MACHINE, resource -> CostEstimate.unknown(
            "billed by state transitions (standard) or by requests and duration (express)")),
        Map.entry(ResourceType.APIGATEWAY_REST_API, resource -> CostEstimate.unknown(
            "billed by requests (and cache hours)")),
        Map.entry(ResourceType.APIGATEWAYV2_API, resource -> CostEstimate.unknown(
            "billed by requests (HTTP) or by messages and connection minutes (WebSocket)")),
        Map.entry(ResourceType.ROUTE53_HOSTED_ZONE, resource -> global(resource, prices.hostedZoneQuote())),
        Map.entry(ResourceType.CLOUDFRONT_DISTRIBUTION, resource -> CostEstimate.unknown(
            "billed by requests and data transfer out")));
  }

  /**
   * The estimator with the bundled list prices ({@link PriceList#bundled()}). Every call returns the same
   * instance.
   *
   * @return the estimator
   */
  public static ListPriceCostEstimator bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * An estimator with prices from a file in the format of the bundled {@code list-prices.json} (see
   * {@code docs/COST_MODEL.md}); the same as {@code of(PriceList.fromFile(file))}.
   *
   * @param file the price file
   * @return the estimator
   * @throws ConfigurationException when the file cannot be read or is invalid, listing every problem with
   *     its JSON path and fix
   */
  public static ListPriceCostEstimator fromFile(Path file) {
    return of(PriceList.fromFile(file));
  }

  /**
   * An estimator with prices from JSON text in the format of the bundled {@code list-prices.json}; the same
   * as {@code of(PriceList.fromJson(json, sourceName))}.
   *
   * @param json the price file's text
   * @param sourceName where the text came from, used in error messages (a file name)
   * @return the estimator
   * @throws ConfigurationException when the text is invalid, listing every problem with its JSON path and fix
   */
  public static ListPriceCostEstimator fromJson(String json, String sourceName) {
    return of(PriceList.fromJson(json, sourceName));
  }

  /**
   * An estimator with the given prices, for sharing one {@link PriceList} with other users such as a cost
   * report.
   *
   * @param prices the price list
   * @return the estimator
   */
  public static ListPriceCostEstimator of(PriceList prices) {
    return new ListPriceCostEstimator(Objects.requireNonNull(prices, "prices"));
  }

  /**
   * The prices this estimator uses: their version, region factors and monthly price helpers.
   *
   * @return the price list
   */
  public PriceList priceList() {
    return prices;
  }

  /**
   * Estimates a resource's monthly cost from the price list; see {@code docs/COST_MODEL.md} for each rule.
   *
   * @param resource the resource
   * @return the estimate (possibly unknown) for the built-in resource types; empty for other types
   */
  @Override
  public Optional<CostEstimate> estimate(Resource resource) {
    Objects.requireNonNull(resource, "resource");
    return Optional.ofNullable(rules.get(resource.resourceType())).map(rule -> rule.apply(resource));
  }

  @Override
  public String toString() {
    return "ListPriceCostEstimator[version=" + prices.version() + "]";
  }

  private CostEstimate ec2Instance(Resource resource) {
    Optional<String> state = resource.state();
    if (state.isEmpty()) {
      return CostEstimate.unknown("the instance state is unknown");
    }
    if (EC2_STOPPED.contains(state.get())) {
      return free(resource, state.get() + ": no compute charge (its EBS volumes are billed separately)");
    }
    if (state.get().equals("terminated")) {
      return free(resource, "terminated: no charge");
    }
    if (!EC2_RUNNING.contains(state.get())) {
      return CostEstimate.unknown("no cost rule for instance state " + state.get());
    }
    Attributes needs = new Attributes(resource);
    String instanceType = needs.text(Ec2Instance.INSTANCE_TYPE);
    String platform = needs.text(Ec2Instance.PLATFORM);
    if (!needs.complete()) {
      return needs.unknown();
    }
    if (platform.equals("windows")) {
      return CostEstimate.unknown("windows instances are not in the price table");
    }
    if (!platform.equals("linux")) {
      return CostEstimate.unknown("platform " + platform + " is not in the price table");
    }
    return priced(resource, prices.ec2Quote(instanceType));
  }

  private CostEstimate ebsVolume(Resource resource) {
    Attributes needs = new Attributes(resource);
    String volumeType = needs.text(EbsVolume.VOLUME_TYPE);
    BigDecimal size = needs.amount(EbsVolume.SIZE_GIB);
    BigDecimal iops = null;
    BigDecimal throughput = null;
    if (volumeType != null && IOPS_BILLED.contains(volumeType)) {
      iops = needs.amount(EbsVolume.IOPS);
    }
    if ("gp3".equals(volumeType)) {
      throughput = needs.amount(EbsVolume.THROUGHPUT_MIBPS);
    }
    if (!needs.complete()) {
      return needs.unknown();
    }
    return priced(resource, prices.ebsQuote(volumeType, size, iops, throughput));
  }

  private CostEstimate ebsSnapshot(Resource resource) {
    Attributes needs = new Attributes(resource);
    BigDecimal size = needs.amount(EbsSnapshot.SIZE_GIB);
    if (!needs.complete()) {
      return needs.unknown();
    }
    return priced(resource, prices.ebsSnapshotQuote(size));
  }

  private CostEstimate natGateway(Resource resource) {
    Optional<String> state = resource.state();
    if (state.isEmpty()) {
      return CostEstimate.unknown("the NAT gateway state is unknown");
    }
    if (NAT_GONE.contains(state.get())) {
      return free(resource, state.get() + ": no hourly charge");
    }
    if (!NAT_RUNNING.contains(state.get())) {
      return CostEstimate.unknown("no cost rule for NAT gateway state " + state.get());
    }
    return priced(resource, prices.natGatewayQuote());
  }

  private CostEstimate loadBalancer(Resource resource) {
    Attributes needs = new Attributes(resource);
    String lbType = needs.text(LoadBalancer.LB_TYPE);
    if (!needs.complete()) {
      return needs.unknown();
    }
    return priced(resource, prices.loadBalancerQuote(lbType));
  }

  private CostEstimate rdsInstance(Resource resource) {
    Attributes engineNeeds = new Attributes(resource);
    String engine = engineNeeds.text(RdsInstance.ENGINE);
    if (!engineNeeds.complete()) {
      return engineNeeds.unknown();
    }
    if (!RDS_PRICED_ENGINES.contains(engine)) {
      return CostEstimate.unknown(unpricedEngine(engine));
    }
    Optional<String> state = resource.state();
    if (state.isEmpty()) {
      return CostEstimate.unknown("the DB instance state is unknown");
    }
    boolean stopped = RDS_STOPPED.contains(state.get());
    Attributes needs = new Attributes(resource);
    String instanceClass = stopped ? null : needs.text(RdsInstance.INSTANCE_CLASS);
    Boolean multiAz = needs.flag(RdsInstance.MULTI_AZ);
    String storageType = needs.text(RdsInstance.STORAGE_TYPE);
    BigDecimal size = needs.amount(RdsInstance.ALLOCATED_STORAGE_GIB);
    BigDecimal iops = storageType != null && IOPS_BILLED.contains(storageType) ? needs.amount(RdsInstance.IOPS)
        : null;
    if (!needs.complete()) {
      return needs.unknown();
    }
    PriceQuote quote = stopped
        ? prices.rdsStorageQuote(storageType, size, iops, multiAz)
            .prefixed(state.get() + ": storage only (instance hours are not billed while stopped)")
        : prices.rdsInstanceQuote(instanceClass, engine, storageType, size, iops, multiAz);
    return priced(resource, quote);
  }

  private CostEstimate dynamoDbTable(Resource resource) {
    Attributes modeNeeds = new Attributes(resource);
    String billingMode = modeNeeds.text(DynamoDbTable.BILLING_MODE);
    if (!modeNeeds.complete()) {
      return modeNeeds.unknown();
    }
    if (billingMode.equals("PAY_PER_REQUEST")) {
      return CostEstimate.unknown("on-demand requests are billed by usage");
    }
    if (!billingMode.equals("PROVISIONED")) {
      return CostEstimate.unknown("no cost rule for billing mode " + billingMode);
    }
    Optional<String> tableClass = DynamoDbTable.TABLE_CLASS.read(resource);
    if (tableClass.isPresent() && !tableClass.get().equals("STANDARD")) {
      return CostEstimate.unknown("table class " + tableClass.get() + " is not in the price table");
    }
    Attributes needs = new Attributes(resource);
    BigDecimal rcu = needs.amount(DynamoDbTable.READ_CAPACITY);
    BigDecimal wcu = needs.amount(DynamoDbTable.WRITE_CAPACITY);
    BigDecimal gsiRcu = needs.amountOrZero(DynamoDbTable.GSI_READ_CAPACITY);
    BigDecimal gsiWcu = needs.amountOrZero(DynamoDbTable.GSI_WRITE_CAPACITY);
    BigDecimal sizeBytes = needs.amount(DynamoDbTable.SIZE_BYTES);
    if (!needs.complete()) {
      return needs.unknown();
    }
    return priced(resource, prices.dynamoDbProvisionedQuote(rcu.add(gsiRcu), wcu.add(gsiWcu), sizeBytes));
  }

  private CostEstimate kmsKey(Resource resource) {
    Attributes needs = new Attributes(resource);
    String keyState = needs.text(KmsKey.KEY_STATE);
    if (!needs.complete()) {
      return needs.unknown();
    }
    if (keyState.equals(KMS_PENDING_DELETION)) {
      return free(resource, "pending deletion: keys scheduled for deletion are not billed");
    }
    if (!KMS_BILLED.contains(keyState)) {
      return CostEstimate.unknown("no cost rule for KMS key state " + keyState);
    }
    return priced(resource, keyState.equals("Enabled") ? prices.kmsKeyQuote()
        : prices.kmsKeyQuote().prefixed(keyState + ": billed like an enabled key"));
  }

  private CostEstimate secret(Resource resource) {
    if (SecretsManagerSecret.DELETED_DATE.isUnknown(resource)) {
      return CostEstimate.unknown("required attribute " + SecretsManagerSecret.DELETED_DATE.name() + " is unknown");
    }
    if (SecretsManagerSecret.DELETED_DATE.read(resource).isPresent()) {
      return free(resource, "scheduled for deletion: secrets marked for deletion are not billed");
    }
    return priced(resource, prices.secretQuote());
  }

  private CostEstimate logGroup(Resource resource) {
    if (CloudWatchLogGroup.LOG_GROUP_CLASS.isUnknown(resource)) {
      return CostEstimate.unknown("required attribute " + CloudWatchLogGroup.LOG_GROUP_CLASS.name() + " is unknown");
    }
    Optional<String> logClass = CloudWatchLogGroup.LOG_GROUP_CLASS.read(resource);
    if (logClass.isPresent() && !logClass.get().equals(LOG_CLASS_STANDARD)) {
      return CostEstimate.unknown("log group class " + logClass.get() + " is not in the price table");
    }
    Attributes needs = new Attributes(resource);
    BigDecimal storedBytes = needs.amount(CloudWatchLogGroup.STORED_BYTES);
    if (!needs.complete()) {
      return needs.unknown();
    }
    return priced(resource, prices.logStorageQuote(storedBytes));
  }

  private CostEstimate ecrRepository(Resource resource) {
    Attributes needs = new Attributes(resource);
    BigDecimal imageBytes = needs.amount(EcrRepository.IMAGE_SIZE_BYTES);
    if (!needs.complete()) {
      return needs.unknown();
    }
    return priced(resource, prices.ecrStorageQuote(imageBytes));
  }

  private CostEstimate efsFileSystem(Resource resource) {
    Optional<String> zone = EfsFileSystem.AVAILABILITY_ZONE_NAME.read(resource);
    if (zone.isPresent()) {
      return CostEstimate.unknown("One Zone storage (" + zone.get() + ") is not in the price table");
    }
    Attributes needs = new Attributes(resource);
    BigDecimal standard = needs.amount(EfsFileSystem.SIZE_STANDARD_BYTES);
    BigDecimal ia = needs.amountOrZero(EfsFileSystem.SIZE_IA_BYTES);
    BigDecimal archive = needs.amountOrZero(EfsFileSystem.SIZE_ARCHIVE_BYTES);
    if (!needs.complete()) {
      return needs.unknown();
    }
    return priced(resource, prices.efsStandardQuote(standard, ia.add(archive)));
  }

  private CostEstimate elastiCacheCluster(Resource resource) {
    Attributes needs = new Attributes(resource);
    String engine = needs.text(ElastiCacheCluster.ENGINE);
    String nodeType = needs.text(ElastiCacheCluster.CACHE_NODE_TYPE);
    BigDecimal nodes = needs.amount(ElastiCacheCluster.NUM_CACHE_NODES);
    if (!needs.complete()) {
      return needs.unknown();
    }
    if (!ELASTICACHE_PRICED_ENGINES.contains(engine)) {
      return CostEstimate.unknown("ElastiCache engine " + engine + " is not in the price table");
    }
    return priced(resource, prices.elastiCacheNodesQuote(nodeType, nodes));
  }

  private CostEstimate redshiftCluster(Resource resource) {
    if (resource.state().map("paused"::equals).orElse(false)) {
      return CostEstimate.unknown("paused: node hours are not billed; RA3 managed storage is billed by usage and not "
          + "priced");
    }
    Attributes needs = new Attributes(resource);
    String nodeType = needs.text(RedshiftCluster.NODE_TYPE);
    BigDecimal nodes = needs.amount(RedshiftCluster.NUMBER_OF_NODES);
    if (!needs.complete()) {
      return needs.unknown();
    }
    return priced(resource, prices.redshiftNodesQuote(nodeType, nodes));
  }

  private CostEstimate openSearchDomain(Resource resource) {
    Attributes needs = new Attributes(resource);
    String instanceType = needs.text(OpenSearchDomain.DATA_NODE_TYPE);
    BigDecimal nodes = needs.amount(OpenSearchDomain.DATA_NODE_COUNT);
    BigDecimal masters = needs.amountOrZero(OpenSearchDomain.DEDICATED_MASTER_COUNT);
    if (!needs.complete()) {
      return needs.unknown();
    }
    if (masters.signum() > 0) {
      return CostEstimate.unknown("the instance type of the " + masters.toPlainString()
          + " dedicated master nodes is not collected");
    }
    return priced(resource, prices.openSearchDataNodesQuote(instanceType, nodes));
  }

  private CostEstimate kinesisStream(Resource resource) {
    Attributes modeNeeds = new Attributes(resource);
    String mode = modeNeeds.text(KinesisStream.STREAM_MODE);
    if (!modeNeeds.complete()) {
      return modeNeeds.unknown();
    }
    if (mode.equals("ON_DEMAND")) {
      return priced(resource, prices.kinesisOnDemandStreamQuote());
    }
    if (!mode.equals("PROVISIONED")) {
      return CostEstimate.unknown("no cost rule for stream mode " + mode);
    }
    Attributes needs = new Attributes(resource);
    BigDecimal shards = needs.amount(KinesisStream.OPEN_SHARD_COUNT);
    if (!needs.complete()) {
      return needs.unknown();
    }
    return priced(resource, prices.kinesisProvisionedStreamQuote(shards));
  }

  private static String unpricedEngine(String engine) {
    for (String prefix : RDS_UNPRICED_ENGINE_PREFIXES) {
      if (engine.startsWith(prefix)) {
        return "engine " + engine + ": license-included or Aurora pricing not in the table";
      }
    }
    return "no list price for engine " + engine;
  }

  private CostEstimate priced(Resource resource, PriceQuote quote) {
    if (!quote.isKnown()) {
      return CostEstimate.unknown(quote.detail());
    }
    return prices.inRegion(quote, resource.region())
        .map(monthly -> CostEstimate.known(monthly, prices.basis(resource.region()) + ": " + quote.detail()))
        .orElseGet(() -> CostEstimate.unknown("no price factor for region " + resource.region()));
  }

  /** A resource of a global service, priced the same everywhere: no region factor applies. */
  private CostEstimate global(Resource resource, PriceQuote quote) {
    if (!quote.isKnown()) {
      return CostEstimate.unknown(quote.detail());
    }
    return CostEstimate.known(quote.monthly().orElseThrow().setScale(2, RoundingMode.HALF_UP),
        prices.basis(resource.region()) + ": " + quote.detail());
  }

  /** A resource that costs nothing wherever it is: its basis names the factor only when the region has one. */
  private CostEstimate acmCertificate(Resource resource) {
    Attributes needs = new Attributes(resource);
    String type = needs.text(AcmCertificate.CERTIFICATE_TYPE);
    if (!needs.complete()) {
      return needs.unknown();
    }
    return switch (type) {
      case "IMPORTED" -> free(resource, "no charge for imported certificates");
      case "PRIVATE" -> CostEstimate.unknown("private certificates are billed by AWS Private CA");
      default -> CostEstimate.unknown("Amazon-issued certificates are free unless exportable, which is not collected");
    };
  }

  private CostEstimate free(Resource resource, String why) {
    return CostEstimate.known(ZERO_CENTS, prices.basis(resource.region()) + ": " + why);
  }

  /** The estimator with the bundled prices, built on first use. */
  private static final class Bundled {
    static final ListPriceCostEstimator INSTANCE = of(PriceList.bundled());
  }

  /**
   * Reads the attributes a rule needs through their keys, remembering each one that is unknown, missing or
   * malformed, so that the unknown estimate names them all.
   */
  private static final class Attributes {
    private final Resource resource;
    private final List<String> problems = new ArrayList<>();

    Attributes(Resource resource) {
      this.resource = resource;
    }

    String text(AttributeKey<String> key) {
      return value(key);
    }

    Boolean flag(AttributeKey<Boolean> key) {
      return value(key);
    }

    BigDecimal amount(AttributeKey<BigDecimal> key) {
      return nonNegative(key, value(key));
    }

    /** An amount whose absence means none (a table without global secondary indexes); unknown still counts. */
    BigDecimal amountOrZero(AttributeKey<BigDecimal> key) {
      if (key.isUnknown(resource)) {
        problems.add("required attribute " + key.name() + " is unknown");
        return null;
      }
      if (resource.attributes().get(key.name()) == null) {
        return BigDecimal.ZERO;
      }
      return nonNegative(key, typed(key));
    }

    boolean complete() {
      return problems.isEmpty();
    }

    CostEstimate unknown() {
      return CostEstimate.unknown(String.join("; ", problems));
    }

    private BigDecimal nonNegative(AttributeKey<BigDecimal> key, BigDecimal amount) {
      if (amount != null && amount.signum() < 0) {
        problems.add("attribute " + key.name() + " is negative (was " + amount.toPlainString() + ")");
        return null;
      }
      return amount;
    }

    /** The value of a required attribute; null, with the problem noted, when it is unknown or missing. */
    private <T> T value(AttributeKey<T> key) {
      if (key.isUnknown(resource)) {
        problems.add("required attribute " + key.name() + " is unknown");
        return null;
      }
      if (resource.attributes().get(key.name()) == null) {
        problems.add("required attribute " + key.name() + " is missing");
        return null;
      }
      return typed(key);
    }

    /** The value of an attribute that is there; null, with the problem noted, when it is of another type. */
    private <T> T typed(AttributeKey<T> key) {
      Optional<T> value = key.read(resource);
      if (value.isEmpty()) {
        problems.add("attribute " + key.name() + " is not a " + key.valueType().label() + " (was "
            + resource.attributes().get(key.name()) + ")");
        return null;
      }
      return value.get();
    }
  }
}
