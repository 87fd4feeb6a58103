package io.github.awsinventory.collector.cost;

import io.github.awsinventory.collector.spi.CostEstimate;
import io.github.awsinventory.collector.spi.CostEstimator;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.config.ConfigProblem;
import io.github.awsinventory.model.config.ConfigProblem.Severity;
import io.github.awsinventory.model.config.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The default cost estimator: published on-demand list prices (us-east-1, Linux, USD) times an
 * approximate region factor, from the bundled, dated {@code list-prices.json} or from a file in the same
 * format. Immutable and thread-safe; build it once and share it.
 *
 * <p>Every estimate's basis starts with {@code list-price <version> <region> x<factor>}, e.g.
 * {@code list-price 2026-11 eu-west-1 x1.11: m5.large 0.096/h x 730 h}. What cannot be priced — an
 * attribute that is unknown, a type or region missing from the table, usage-based billing — is
 * {@link CostEstimate#unknown unknown} with a reason naming what is missing; it is never 0. The rules per
 * resource type, the file format and the limits of list prices are in {@code docs/COST_MODEL.md}.
 *
 * <pre>{@code
 * ListPriceCostEstimator prices = ListPriceCostEstimator.bundled();
 * prices.estimate(instance);                        // Optional[70.08 USD/month (list-price 2026-11 ...)]
 * prices.ec2Monthly("m5.large", "us-east-1");       // Optional[70.08]
 * prices.isPreviousGeneration("m4.large");          // true
 *
 * ListPriceCostEstimator mine = ListPriceCostEstimator.fromFile(Path.of("my-prices.json"));
 * }</pre>
 */
public final class ListPriceCostEstimator implements CostEstimator {

  /** Where the bundled price file lives on the class path. */
  public static final String BUNDLED_RESOURCE = "/io/github/awsinventory/collector/cost/list-prices.json";

  private static final String SEP = PriceFileParser.SEPARATOR;
  private static final String REGION_FACTORS = "region_factors" + SEP;
  private static final String EC2_HOURLY = "ec2/linux_on_demand_hourly" + SEP;
  private static final String EBS_GB_MONTH = "ebs/gb_month" + SEP;
  private static final String EBS_IOPS_MONTH = "ebs/iops_month" + SEP;
  private static final String EBS_GP3_INCLUDED_IOPS = "ebs/gp3_included_iops";
  private static final String EBS_GP3_THROUGHPUT_MONTH = "ebs/gp3_throughput_mibps_month";
  private static final String EBS_GP3_INCLUDED_THROUGHPUT = "ebs/gp3_included_throughput_mibps";
  private static final String EBS_SNAPSHOT_GB_MONTH = "ebs/snapshot_gb_month";
  private static final String PUBLIC_IPV4_HOURLY = "vpc/public_ipv4_hourly";
  private static final String NAT_GATEWAY_HOURLY = "vpc/nat_gateway_hourly";
  private static final String ELB_HOURLY = "elb/hourly" + SEP;
  private static final String RDS_HOURLY = "rds/instance_hourly" + SEP;
  private static final String RDS_GB_MONTH = "rds/storage_gb_month" + SEP;
  private static final String RDS_IOPS_MONTH = "rds/iops_month" + SEP;
  private static final String RDS_GP3_INCLUDED_IOPS = "rds/gp3_included_iops";
  private static final String RDS_GP3_LARGE_VOLUME_GIB = "rds/gp3_large_volume_gib";
  private static final String RDS_GP3_INCLUDED_IOPS_LARGE = "rds/gp3_included_iops_large_volume";
  private static final String DYNAMODB_RCU_HOUR = "dynamodb/read_capacity_unit_hour";
  private static final String DYNAMODB_WCU_HOUR = "dynamodb/write_capacity_unit_hour";
  private static final String DYNAMODB_GB_MONTH = "dynamodb/storage_gb_month";

  private static final Set<String> EC2_RUNNING = Set.of("pending", "running");
  private static final Set<String> EC2_STOPPED = Set.of("stopping", "stopped", "shutting-down");
  private static final Set<String> NAT_RUNNING = Set.of("pending", "available");
  private static final Set<String> NAT_GONE = Set.of("deleting", "deleted", "failed");
  private static final Set<String> RDS_STOPPED = Set.of("stopping", "stopped");
  private static final Set<String> RDS_PRICED_ENGINES = Set.of("mysql", "postgres", "mariadb");
  private static final List<String> RDS_UNPRICED_ENGINE_PREFIXES = List.of("aurora", "oracle", "sqlserver", "db2",
      "custom-");
  private static final Set<String> IOPS_BILLED = Set.of("io1", "io2", "gp3");
  private static final BigDecimal IO2_FIRST_TIER_IOPS = BigDecimal.valueOf(32_000);
  private static final BigDecimal BYTES_PER_GB = BigDecimal.valueOf(1L << 30);
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private final String version;
  private final Optional<String> source;
  private final Optional<String> note;
  private final BigDecimal hoursPerMonth;
  private final Map<String, BigDecimal> prices;
  private final Set<String> previousGenerationFamilies;

  private ListPriceCostEstimator(PriceFileParser.Result parsed) {
    this.version = parsed.texts().get("version");
    this.source = Optional.ofNullable(parsed.texts().get("source"));
    this.note = Optional.ofNullable(parsed.texts().get("note"));
    this.hoursPerMonth = parsed.numbers().get("hours_per_month");
    this.prices = parsed.numbers();
    this.previousGenerationFamilies = parsed.families();
  }

  /**
   * The estimator with the bundled list prices ({@value #BUNDLED_RESOURCE}). The file is read once; every
   * call returns the same instance.
   *
   * @return the estimator
   */
  public static ListPriceCostEstimator bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * An estimator with prices from a file in the format of the bundled {@code list-prices.json} (see
   * {@code docs/COST_MODEL.md}).
   *
   * @param file the price file
   * @return the estimator
   * @throws ConfigurationException when the file cannot be read or is invalid, listing every problem with
   *     its JSON path and fix
   */
  public static ListPriceCostEstimator fromFile(Path file) {
    Objects.requireNonNull(file, "file");
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      ConfigurationException failure = new ConfigurationException(file.toString(), List.of(ConfigProblem.of(
          Severity.ERROR, "$", null, "cannot read the price file: " + e,
          "check the path and permissions given to priceFile(...) or --price-file")));
      failure.initCause(e);
      throw failure;
    }
    return fromJson(json, file.toString());
  }

  /**
   * An estimator with prices from JSON text in the format of the bundled {@code list-prices.json}.
   *
   * <pre>{@code
   * String json = Files.readString(Path.of("list-prices.json"))
   *     .replace("\"m5.large\": 0.096", "\"m5.large\": 0.080");
   * ListPriceCostEstimator negotiated = ListPriceCostEstimator.fromJson(json, "negotiated prices");
   * }</pre>
   *
   * @param json the price file's text
   * @param sourceName where the text came from, used in error messages (a file name)
   * @return the estimator
   * @throws ConfigurationException when the text is invalid, listing every problem with its JSON path and fix
   */
  public static ListPriceCostEstimator fromJson(String json, String sourceName) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(sourceName, "sourceName");
    return new ListPriceCostEstimator(PriceFileParser.parse(json, sourceName));
  }

  /**
   * The price file's version, e.g. {@code 2026-11}; it appears in every basis.
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * Where the prices come from, as the file's {@code source} says.
   *
   * @return the source, if the file names one
   */
  public Optional<String> source() {
    return source;
  }

  /**
   * The file's {@code note} on what the prices include and exclude.
   *
   * @return the note, if the file has one
   */
  public Optional<String> note() {
    return note;
  }

  /**
   * The hours in a month used to turn hourly prices into monthly ones (730 in the bundled file).
   *
   * @return hours per month
   */
  public BigDecimal hoursPerMonth() {
    return hoursPerMonth;
  }

  /**
   * The multiplier applied to us-east-1 prices in a region.
   *
   * @param region a region code such as {@code eu-west-1}
   * @return the factor; empty when the file has none for the region (its costs are then unknown)
   */
  public Optional<BigDecimal> regionFactor(String region) {
    return price(REGION_FACTORS + region);
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
    String type = instanceType.startsWith("db.") ? instanceType.substring(3) : instanceType;
    int dot = type.indexOf('.');
    return previousGenerationFamilies.contains(dot < 0 ? type : type.substring(0, dot));
  }

  /**
   * What a running Linux on-demand EC2 instance of a type costs per month in a region, for pricing
   * recommendations such as a move to a current-generation type.
   *
   * @param instanceType an instance type such as {@code m5.large}
   * @param region a region code
   * @return USD per month rounded to cents; empty when the type or the region is not in the price file
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
   * @return USD per month rounded to cents; empty when a price, the region or a required value is missing,
   *     or a value is negative
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
   * @return USD per month rounded to cents; empty when the engine, class or region is not in the price file
   */
  public Optional<BigDecimal> rdsInstanceMonthly(String instanceClass, String engine, boolean multiAz,
      String region) {
    Quote quote = rdsComputeQuote(instanceClass, engine);
    return inRegion(multiAz ? quote.doubled("Multi-AZ") : quote, region);
  }

  /**
   * Estimates a resource's monthly cost from the price file; see {@code docs/COST_MODEL.md} for each rule.
   *
   * @param resource the resource
   * @return the estimate (possibly unknown) for the built-in resource types; empty for other types
   */
  @Override
  public Optional<CostEstimate> estimate(Resource resource) {
    Objects.requireNonNull(resource, "resource");
    CostEstimate estimate = switch (resource.resourceType().name()) {
      case "ec2_instance" -> ec2Instance(resource);
      case "ebs_volume" -> ebsVolume(resource);
      case "ebs_snapshot" -> ebsSnapshot(resource);
      case "elastic_ip" -> priced(resource, hourlyQuote(PUBLIC_IPV4_HOURLY, "public IPv4",
          "charged whether associated or not"));
      case "nat_gateway" -> natGateway(resource);
      case "load_balancer" -> loadBalancer(resource);
      case "rds_instance" -> rdsInstance(resource);
      case "rds_cluster" -> CostEstimate.unknown(
          "Aurora storage and I/O are billed by usage; instances carry the compute cost");
      case "dynamodb_table" -> dynamoDbTable(resource);
      case "security_group" -> free(resource, "no charge for security groups");
      case "iam_user" -> free(resource, "no charge for IAM users");
      case "s3_bucket" -> CostEstimate.unknown("storage is billed by usage; bucket size is not collected");
      case "lambda_function" -> CostEstimate.unknown("billed by requests and duration");
      default -> null;
    };
    return Optional.ofNullable(estimate);
  }

  @Override
  public String toString() {
    return "ListPriceCostEstimator[version=" + version + "]";
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
    String instanceType = needs.text("instance_type");
    String platform = needs.text("platform");
    if (!needs.complete()) {
      return needs.unknown();
    }
    if (platform.equals("windows")) {
      return CostEstimate.unknown("windows instances are not in the price table");
    }
    if (!platform.equals("linux")) {
      return CostEstimate.unknown("platform " + platform + " is not in the price table");
    }
    return priced(resource, ec2Quote(instanceType));
  }

  private CostEstimate ebsVolume(Resource resource) {
    Attributes needs = new Attributes(resource);
    String volumeType = needs.text("volume_type");
    BigDecimal size = needs.amount("size_gib");
    BigDecimal iops = null;
    BigDecimal throughput = null;
    if (volumeType != null && IOPS_BILLED.contains(volumeType)) {
      iops = needs.amount("iops");
    }
    if ("gp3".equals(volumeType)) {
      throughput = needs.amount("throughput_mibps");
    }
    if (!needs.complete()) {
      return needs.unknown();
    }
    return priced(resource, ebsQuote(volumeType, size, iops, throughput));
  }

  private CostEstimate ebsSnapshot(Resource resource) {
    Attributes needs = new Attributes(resource);
    BigDecimal size = needs.amount("size_gib");
    if (!needs.complete()) {
      return needs.unknown();
    }
    Optional<BigDecimal> gbMonth = price(EBS_SNAPSHOT_GB_MONTH);
    if (gbMonth.isEmpty()) {
      return CostEstimate.unknown("no list price for EBS snapshots in price file " + version);
    }
    return priced(resource, Quote.of(size.multiply(gbMonth.get()), plain(size) + " GiB snapshot x "
        + plain(gbMonth.get()) + "/GB-month (an upper bound: snapshots are incremental)"));
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
    return priced(resource, hourlyQuote(NAT_GATEWAY_HOURLY, "NAT gateway", "data processing excluded"));
  }

  private CostEstimate loadBalancer(Resource resource) {
    Attributes needs = new Attributes(resource);
    String lbType = needs.text("lb_type");
    if (!needs.complete()) {
      return needs.unknown();
    }
    if (price(ELB_HOURLY + lbType).isEmpty()) {
      return CostEstimate.unknown("no list price for load balancer type " + lbType);
    }
    return priced(resource, hourlyQuote(ELB_HOURLY + lbType, lbType + " load balancer", "LCUs excluded"));
  }

  private CostEstimate rdsInstance(Resource resource) {
    Attributes engineNeeds = new Attributes(resource);
    String engine = engineNeeds.text("engine");
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
    String instanceClass = stopped ? null : needs.text("instance_class");
    Boolean multiAz = needs.flag("multi_az");
    String storageType = needs.text("storage_type");
    BigDecimal size = needs.amount("allocated_storage_gib");
    BigDecimal iops = storageType != null && IOPS_BILLED.contains(storageType) ? needs.amount("iops") : null;
    if (!needs.complete()) {
      return needs.unknown();
    }
    Quote storage = rdsStorageQuote(storageType, size, iops);
    Quote quote = stopped
        ? storage.prefixed(state.get() + ": storage only (instance hours are not billed while stopped)")
        : rdsComputeQuote(instanceClass, engine).plus(storage);
    return priced(resource, multiAz ? quote.doubled("Multi-AZ") : quote);
  }

  private CostEstimate dynamoDbTable(Resource resource) {
    Attributes modeNeeds = new Attributes(resource);
    String billingMode = modeNeeds.text("billing_mode");
    if (!modeNeeds.complete()) {
      return modeNeeds.unknown();
    }
    if (billingMode.equals("PAY_PER_REQUEST")) {
      return CostEstimate.unknown("on-demand requests are billed by usage");
    }
    if (!billingMode.equals("PROVISIONED")) {
      return CostEstimate.unknown("no cost rule for billing mode " + billingMode);
    }
    Optional<String> tableClass = resource.stringAttribute("table_class");
    if (tableClass.isPresent() && !tableClass.get().equals("STANDARD")) {
      return CostEstimate.unknown("table class " + tableClass.get() + " is not in the price table");
    }
    Attributes needs = new Attributes(resource);
    BigDecimal rcu = needs.amount("read_capacity");
    BigDecimal wcu = needs.amount("write_capacity");
    BigDecimal gsiRcu = needs.amountOrZero("gsi_read_capacity");
    BigDecimal gsiWcu = needs.amountOrZero("gsi_write_capacity");
    BigDecimal sizeBytes = needs.amount("size_bytes");
    if (!needs.complete()) {
      return needs.unknown();
    }
    Optional<BigDecimal> rcuHour = price(DYNAMODB_RCU_HOUR);
    Optional<BigDecimal> wcuHour = price(DYNAMODB_WCU_HOUR);
    Optional<BigDecimal> gbMonth = price(DYNAMODB_GB_MONTH);
    if (rcuHour.isEmpty() || wcuHour.isEmpty() || gbMonth.isEmpty()) {
      return CostEstimate.unknown("no list price for DynamoDB provisioned capacity or storage in price file "
          + version);
    }
    BigDecimal reads = rcu.add(gsiRcu);
    BigDecimal writes = wcu.add(gsiWcu);
    BigDecimal gb = sizeBytes.divide(BYTES_PER_GB, MathContext.DECIMAL128);
    BigDecimal monthly = reads.multiply(rcuHour.get()).add(writes.multiply(wcuHour.get())).multiply(hoursPerMonth)
        .add(gb.multiply(gbMonth.get()));
    return priced(resource, Quote.of(monthly, "(" + plain(reads) + " RCU x " + plain(rcuHour.get()) + " + "
        + plain(writes) + " WCU x " + plain(wcuHour.get()) + ")/h x " + plain(hoursPerMonth) + " h + "
        + plain(gb.setScale(3, RoundingMode.HALF_UP)) + " GB x " + plain(gbMonth.get())
        + " (tables and global secondary indexes; requests beyond provisioned capacity excluded)"));
  }

  private Quote ec2Quote(String instanceType) {
    Optional<BigDecimal> hourly = price(EC2_HOURLY + instanceType);
    if (hourly.isEmpty()) {
      return Quote.unknown("no list price for instance type " + instanceType);
    }
    return Quote.of(hourly.get().multiply(hoursPerMonth),
        instanceType + " " + plain(hourly.get()) + "/h x " + plain(hoursPerMonth) + " h");
  }

  private Quote hourlyQuote(String key, String what, String remark) {
    Optional<BigDecimal> hourly = price(key);
    if (hourly.isEmpty()) {
      return Quote.unknown("no list price for " + what + " in price file " + version);
    }
    return Quote.of(hourly.get().multiply(hoursPerMonth),
        what + " " + plain(hourly.get()) + "/h x " + plain(hoursPerMonth) + " h (" + remark + ")");
  }

  private Quote ebsQuote(String volumeType, BigDecimal sizeGib, BigDecimal iops, BigDecimal throughput) {
    Optional<BigDecimal> gbMonth = price(EBS_GB_MONTH + volumeType);
    if (gbMonth.isEmpty()) {
      return Quote.unknown("no list price for volume type " + volumeType);
    }
    if (sizeGib == null || sizeGib.signum() < 0 || iops != null && iops.signum() < 0
        || throughput != null && throughput.signum() < 0) {
      return Quote.unknown("size, IOPS and throughput must be given and at least 0");
    }
    Quote quote = Quote.of(sizeGib.multiply(gbMonth.get()),
        plain(sizeGib) + " GiB " + volumeType + " x " + plain(gbMonth.get()));
    if (IOPS_BILLED.contains(volumeType)) {
      quote = quote.plus(ebsIopsQuote(volumeType, iops));
    }
    if (volumeType.equals("gp3") && throughput != null) {
      Optional<BigDecimal> included = price(EBS_GP3_INCLUDED_THROUGHPUT);
      Optional<BigDecimal> perMibps = price(EBS_GP3_THROUGHPUT_MONTH);
      if (included.isEmpty() || perMibps.isEmpty()) {
        return Quote.unknown("no list price for gp3 throughput in price file " + version);
      }
      BigDecimal billable = throughput.subtract(included.get()).max(BigDecimal.ZERO);
      if (billable.signum() > 0) {
        quote = quote.plus(Quote.of(billable.multiply(perMibps.get()), plain(billable) + " MiB/s above "
            + plain(included.get()) + " x " + plain(perMibps.get())));
      }
    }
    return quote;
  }

  private Quote ebsIopsQuote(String volumeType, BigDecimal iops) {
    boolean gp3 = volumeType.equals("gp3");
    if (iops == null) {
      return gp3 ? Quote.of(BigDecimal.ZERO, "") : Quote.unknown("IOPS are required to price " + volumeType);
    }
    Optional<BigDecimal> perIops = price(EBS_IOPS_MONTH + volumeType);
    if (perIops.isEmpty()) {
      return Quote.unknown("no list price for " + volumeType + " IOPS in price file " + version);
    }
    if (gp3) {
      Optional<BigDecimal> included = price(EBS_GP3_INCLUDED_IOPS);
      if (included.isEmpty()) {
        return Quote.unknown("no gp3_included_iops in price file " + version);
      }
      BigDecimal billable = iops.subtract(included.get()).max(BigDecimal.ZERO);
      return billable.signum() == 0 ? Quote.of(BigDecimal.ZERO, "") : Quote.of(billable.multiply(perIops.get()),
          plain(billable) + " IOPS above " + plain(included.get()) + " x " + plain(perIops.get()));
    }
    String tiers = volumeType.equals("io2") && iops.compareTo(IO2_FIRST_TIER_IOPS) > 0
        ? " (all io2 IOPS at the first-tier price: an upper bound)" : "";
    return Quote.of(iops.multiply(perIops.get()), plain(iops) + " IOPS x " + plain(perIops.get()) + tiers);
  }

  private Quote rdsComputeQuote(String instanceClass, String engine) {
    if (!RDS_PRICED_ENGINES.contains(engine)) {
      return Quote.unknown(unpricedEngine(engine));
    }
    Optional<BigDecimal> hourly = price(RDS_HOURLY + engine + SEP + instanceClass);
    if (hourly.isEmpty()) {
      return Quote.unknown("no list price for RDS instance class " + instanceClass + " (" + engine + ")");
    }
    return Quote.of(hourly.get().multiply(hoursPerMonth), instanceClass + " " + engine + " "
        + plain(hourly.get()) + "/h x " + plain(hoursPerMonth) + " h");
  }

  private Quote rdsStorageQuote(String storageType, BigDecimal size, BigDecimal iops) {
    Optional<BigDecimal> gbMonth = price(RDS_GB_MONTH + storageType);
    if (gbMonth.isEmpty()) {
      return Quote.unknown("no list price for RDS storage type " + storageType);
    }
    Quote quote = Quote.of(size.multiply(gbMonth.get()),
        plain(size) + " GiB " + storageType + " x " + plain(gbMonth.get()));
    if (!IOPS_BILLED.contains(storageType)) {
      return quote;
    }
    Optional<BigDecimal> perIops = price(RDS_IOPS_MONTH + storageType);
    if (perIops.isEmpty()) {
      return Quote.unknown("no list price for RDS " + storageType + " IOPS in price file " + version);
    }
    BigDecimal included = BigDecimal.ZERO;
    if (storageType.equals("gp3")) {
      Optional<BigDecimal> small = price(RDS_GP3_INCLUDED_IOPS);
      Optional<BigDecimal> threshold = price(RDS_GP3_LARGE_VOLUME_GIB);
      Optional<BigDecimal> large = price(RDS_GP3_INCLUDED_IOPS_LARGE);
      if (small.isEmpty() || threshold.isEmpty() || large.isEmpty()) {
        return Quote.unknown("no gp3 included IOPS for RDS in price file " + version);
      }
      included = size.compareTo(threshold.get()) >= 0 ? large.get() : small.get();
    }
    BigDecimal billable = iops.subtract(included).max(BigDecimal.ZERO);
    if (billable.signum() == 0) {
      return quote;
    }
    return quote.plus(Quote.of(billable.multiply(perIops.get()), plain(billable) + " IOPS"
        + (included.signum() > 0 ? " above " + plain(included) : "") + " x " + plain(perIops.get())));
  }

  private String unpricedEngine(String engine) {
    for (String prefix : RDS_UNPRICED_ENGINE_PREFIXES) {
      if (engine.startsWith(prefix)) {
        return "engine " + engine + ": license-included or Aurora pricing not in the table";
      }
    }
    return "no list price for engine " + engine;
  }

  private CostEstimate priced(Resource resource, Quote quote) {
    if (quote.monthly == null) {
      return CostEstimate.unknown(quote.detail);
    }
    Optional<BigDecimal> factor = regionFactor(resource.region());
    if (factor.isEmpty()) {
      return CostEstimate.unknown("no price factor for region " + resource.region());
    }
    return CostEstimate.known(round(quote.monthly.multiply(factor.get())),
        basisPrefix(resource.region()) + ": " + quote.detail);
  }

  private Optional<BigDecimal> inRegion(Quote quote, String region) {
    if (quote.monthly == null) {
      return Optional.empty();
    }
    return regionFactor(region).map(factor -> round(quote.monthly.multiply(factor)));
  }

  /** A resource that costs nothing wherever it is: its basis names the factor only when the region has one. */
  private CostEstimate free(Resource resource, String why) {
    return CostEstimate.known(round(BigDecimal.ZERO), basisPrefix(resource.region()) + ": " + why);
  }

  private String basisPrefix(String region) {
    return "list-price " + version + " " + region
        + regionFactor(region).map(f -> " x" + f.setScale(2, RoundingMode.HALF_UP).toPlainString()).orElse("");
  }

  private Optional<BigDecimal> price(String key) {
    return Optional.ofNullable(prices.get(key));
  }

  private static BigDecimal round(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /** The bundled estimator, read on first use. */
  private static final class Bundled {
    static final ListPriceCostEstimator INSTANCE = load();

    private static ListPriceCostEstimator load() {
      try (InputStream in = ListPriceCostEstimator.class.getResourceAsStream(BUNDLED_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(BUNDLED_RESOURCE + " is missing from the class path");
        }
        return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), "bundled list-prices.json");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + BUNDLED_RESOURCE, e);
      }
    }
  }

  /** What something costs per month at us-east-1 prices and what that consists of; or why it is unknown. */
  private static final class Quote {
    private final BigDecimal monthly;
    private final String detail;

    private Quote(BigDecimal monthly, String detail) {
      this.monthly = monthly;
      this.detail = detail;
    }

    static Quote of(BigDecimal monthly, String detail) {
      return new Quote(monthly, detail);
    }

    static Quote unknown(String reason) {
      return new Quote(null, reason);
    }

    Quote plus(Quote other) {
      if (monthly == null) {
        return this;
      }
      if (other.monthly == null) {
        return other;
      }
      return new Quote(monthly.add(other.monthly), other.detail.isEmpty() ? detail : detail + " + " + other.detail);
    }

    Quote prefixed(String text) {
      return monthly == null ? this : new Quote(monthly, text + ": " + detail);
    }

    Quote doubled(String why) {
      return monthly == null ? this : new Quote(monthly.multiply(TWO), detail + ", x2 " + why);
    }
  }

  /**
   * Reads the attributes a rule needs, remembering each one that is unknown, missing or malformed, so that
   * the unknown estimate names them all.
   */
  private static final class Attributes {
    private final Resource resource;
    private final List<String> problems = new ArrayList<>();

    Attributes(Resource resource) {
      this.resource = resource;
    }

    String text(String name) {
      Object value = value(name);
      if (value == null) {
        return null;
      }
      if (!(value instanceof String)) {
        problems.add("attribute " + name + " is not a string (was " + value + ")");
        return null;
      }
      return (String) value;
    }

    Boolean flag(String name) {
      Object value = value(name);
      if (value == null) {
        return null;
      }
      if (!(value instanceof Boolean)) {
        problems.add("attribute " + name + " is not a boolean (was " + value + ")");
        return null;
      }
      return (Boolean) value;
    }

    BigDecimal amount(String name) {
      Object value = value(name);
      return value == null ? null : checkedAmount(name, value);
    }

    /** An amount whose absence means none (a table without global secondary indexes); unknown still counts. */
    BigDecimal amountOrZero(String name) {
      if (resource.isUnknown(name)) {
        problems.add("required attribute " + name + " is unknown");
        return null;
      }
      Object value = resource.attributes().get(name);
      return value == null ? BigDecimal.ZERO : checkedAmount(name, value);
    }

    boolean complete() {
      return problems.isEmpty();
    }

    CostEstimate unknown() {
      return CostEstimate.unknown(String.join("; ", problems));
    }

    private BigDecimal checkedAmount(String name, Object value) {
      if (!(value instanceof BigDecimal)) {
        problems.add("attribute " + name + " is not a number (was " + value + ")");
        return null;
      }
      BigDecimal amount = (BigDecimal) value;
      if (amount.signum() < 0) {
        problems.add("attribute " + name + " is negative (was " + amount.toPlainString() + ")");
        return null;
      }
      return amount;
    }

    private Object value(String name) {
      if (resource.isUnknown(name)) {
        problems.add("required attribute " + name + " is unknown");
        return null;
      }
      Object value = resource.attributes().get(name);
      if (value == null) {
        problems.add("required attribute " + name + " is missing");
      }
      return value;
    }
  }
}
