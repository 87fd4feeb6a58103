package io.github.awsinventory.collector.cost;

import static io.github.awsinventory.collector.cost.TestResources.bundledJson;
import static io.github.awsinventory.collector.cost.TestResources.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.awsinventory.collector.spi.CostEstimate;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/**
 * Properties of the price math. Every estimate is rounded to cents once, at the end, so comparisons between
 * two estimates allow the rounding of each (at most half a cent, times the factor applied).
 */
class ListPricePropertiesTest {

  private static final ListPriceCostEstimator PRICES = ListPriceCostEstimator.bundled();
  private static final BigDecimal HALF_CENT = new BigDecimal("0.005");
  private static final List<String> PRICED_REGIONS = List.of("us-east-1", "us-east-2", "us-west-2", "us-west-1",
      "ca-central-1", "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-north-1", "ap-southeast-1",
      "ap-southeast-2", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-south-1", "sa-east-1");
  private static final List<String> INSTANCE_TYPES = List.of("t2.micro", "t3.nano", "t3a.2xlarge", "t4g.small",
      "m5.large", "m5a.4xlarge", "m6i.xlarge", "m6g.medium", "m7i.2xlarge", "m7g.4xlarge", "c5.large", "c6i.2xlarge",
      "c6g.medium", "c7i.large", "c7g.xlarge", "r5.4xlarge", "r6i.large", "r6g.2xlarge", "r7i.xlarge", "r7g.medium",
      "m4.16xlarge", "c4.8xlarge", "r4.large", "t1.micro", "m1.small", "m3.medium");
  /** The built-in types the bundled prices have no cost model for (see ListPriceCostEstimatorTest). */
  private static final List<String> VOLUME_TYPES = List.of("gp2", "gp3", "io1", "io2", "st1", "sc1", "standard");
  private static final List<String> DB_CLASSES = List.of("db.t3.micro", "db.t4g.xlarge", "db.m5.large",
      "db.m6g.2xlarge", "db.m6i.4xlarge", "db.m7g.large", "db.r5.xlarge", "db.r6g.4xlarge", "db.r6i.2xlarge");

  @Property
  void estimate_isNeverNegativeAndAlwaysInCents(@ForAll("anyResource") Resource resource) {
    CostEstimate estimate = PRICES.estimate(resource).orElseThrow();

    estimate.monthlyCost().ifPresent(cost -> {
      assertThat(cost.signum()).as(estimate.toString()).isGreaterThanOrEqualTo(0);
      assertThat(cost.scale()).as(estimate.toString()).isEqualTo(2);
    });
    if (estimate.isKnown()) {
      assertThat(estimate.basis()).startsWith("list-price 2026-11 " + resource.region());
    } else {
      assertThat(estimate.basis()).startsWith("unknown: ");
    }
  }

  @Property
  void ebsVolume_sizeDependentPartIsLinear(@ForAll("volumeTypes") String volumeType,
      @ForAll @IntRange(min = 1, max = 16_384) int sizeGib, @ForAll @IntRange(max = 64_000) int iops,
      @ForAll @IntRange(min = 125, max = 1_000) int throughput, @ForAll("pricedRegions") String region) {
    BigDecimal none = cost(ebs(volumeType, 0, iops, throughput, region));
    BigDecimal single = cost(ebs(volumeType, sizeGib, iops, throughput, region));
    BigDecimal twice = cost(ebs(volumeType, 2 * sizeGib, iops, throughput, region));

    BigDecimal sizePart = single.subtract(none);
    assertThat(sizePart.signum()).isPositive();
    assertThat(twice.subtract(none)).isCloseTo(sizePart.multiply(BigDecimal.valueOf(2)),
        within(HALF_CENT.multiply(BigDecimal.valueOf(4))));
  }

  @Property
  void ebsSnapshot_isLinearInSize(@ForAll @IntRange(min = 1, max = 65_536) int sizeGib,
      @ForAll("pricedRegions") String region) {
    BigDecimal single = cost(snapshot(sizeGib, region));
    BigDecimal twice = cost(snapshot(2 * sizeGib, region));

    assertThat(twice).isCloseTo(single.multiply(BigDecimal.valueOf(2)),
        within(HALF_CENT.multiply(BigDecimal.valueOf(3))));
  }

  @Property
  void rdsInstance_multiAzDoublesTheCost(@ForAll("singleAzRdsInstances") Resource singleAzDb) {
    Map<String, Object> attributes = new HashMap<>(singleAzDb.attributes());
    attributes.put("multi_az", true);
    Resource multiAzDb = singleAzDb.toBuilder().attributes(attributes).build();

    BigDecimal singleAz = cost(singleAzDb);
    BigDecimal multiAz = cost(multiAzDb);

    assertThat(multiAz).isCloseTo(singleAz.multiply(BigDecimal.valueOf(2)),
        within(HALF_CENT.multiply(BigDecimal.valueOf(3))));
  }

  @Property(tries = 50)
  void regionFactor_scalesTheCostLinearly(@ForAll("instanceTypes") String instanceType,
      @ForAll @BigRange(min = "0.01", max = "9.99") @Scale(2) BigDecimal factor) throws IOException {
    ListPriceCostEstimator prices = withRegionFactor("zz-test-1", factor);
    BigDecimal base = cost(prices, ec2(instanceType, "linux", "running", "us-east-1"));

    BigDecimal scaled = cost(prices, ec2(instanceType, "linux", "running", "zz-test-1"));

    // base carries half a cent of rounding, which the factor multiplies; scaled adds its own half cent
    BigDecimal tolerance = HALF_CENT.multiply(factor).add(HALF_CENT);
    assertThat(scaled).isCloseTo(base.multiply(factor), within(tolerance));
  }

  @Property
  void estimate_withARequiredAttributeUnknown_isNeverKnown(@ForAll("withOneRequiredAttributeUnknown") Resource r) {
    CostEstimate estimate = PRICES.estimate(r).orElseThrow();

    assertThat(estimate.isKnown()).as(estimate.toString()).isFalse();
    assertThat(estimate.monthlyCost()).isEmpty();
    assertThat(estimate.basis()).contains("required attribute " + r.unknownAttributes().first() + " is unknown");
  }

  @Property
  void estimate_inARegionWithoutFactor_isNeverKnownForPricedResources(@ForAll("instanceTypes") String instanceType,
      @ForAll("unpricedRegions") String region) {
    CostEstimate estimate = PRICES.estimate(ec2(instanceType, "linux", "running", region)).orElseThrow();

    assertThat(estimate.basis()).isEqualTo("unknown: no price factor for region " + region);
  }

  @Property
  void ec2Instance_stoppedIsZeroWhateverTheTypePlatformOrRegion(@ForAll("anyInstanceType") String instanceType,
      @ForAll("platforms") String platform, @ForAll("stoppedStates") String state, @ForAll("anyRegion") String region) {
    CostEstimate estimate = PRICES.estimate(ec2(instanceType, platform, state, region)).orElseThrow();

    assertThat(estimate.monthlyCost()).contains(new BigDecimal("0.00"));
    assertThat(estimate.basis()).contains(state + ": no compute charge");
  }

  @Provide
  Arbitrary<String> pricedRegions() {
    return Arbitraries.of(PRICED_REGIONS);
  }

  @Provide
  Arbitrary<String> unpricedRegions() {
    return Arbitraries.of("me-central-2", "af-south-1", "il-central-1", "global", "cn-north-1", "us-gov-west-1");
  }

  @Provide
  Arbitrary<String> anyRegion() {
    return Arbitraries.oneOf(pricedRegions(), unpricedRegions());
  }

  @Provide
  Arbitrary<String> instanceTypes() {
    return Arbitraries.of(INSTANCE_TYPES);
  }

  @Provide
  Arbitrary<String> anyInstanceType() {
    return Arbitraries.oneOf(instanceTypes(), Arbitraries.strings().ofMinLength(1).ofMaxLength(20));
  }

  @Provide
  Arbitrary<String> platforms() {
    return Arbitraries.of("linux", "windows");
  }

  @Provide
  Arbitrary<String> stoppedStates() {
    return Arbitraries.of("stopped", "stopping", "shutting-down");
  }

  @Provide
  Arbitrary<String> volumeTypes() {
    return Arbitraries.of(VOLUME_TYPES);
  }

  @Provide
  Arbitrary<Resource> singleAzRdsInstances() {
    return Combinators.combine(Arbitraries.of("mysql", "postgres", "mariadb"), Arbitraries.of(DB_CLASSES),
        Arbitraries.of("gp2", "gp3", "io1", "io2", "standard"), Arbitraries.integers().between(20, 65_536),
        Arbitraries.integers().between(1_000, 80_000), Arbitraries.of("available", "stopped", "backing-up"),
        pricedRegions())
        .as((engine, instanceClass, storageType, size, iops, state, region) ->
            resource(ResourceType.RDS_INSTANCE, region).state(state).putAttributes("engine", engine)
                .putAttributes("instance_class", instanceClass).putAttributes("storage_type", storageType)
                .putAttributes("allocated_storage_gib", size).putAttributes("iops", iops)
                .putAttributes("multi_az", false).build());
  }

  /** Resources of every built-in type with plausible, odd and hostile attribute values. */
  @Provide
  Arbitrary<Resource> anyResource() {
    Arbitrary<Object> values = Arbitraries.oneOf(
        Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000000")).ofScale(3)
            .map(v -> (Object) v),
        Arbitraries.of(INSTANCE_TYPES).map(v -> (Object) v),
        Arbitraries.of(VOLUME_TYPES).map(v -> (Object) v),
        Arbitraries.of(DB_CLASSES).map(v -> (Object) v),
        Arbitraries.of("linux", "windows", "mysql", "postgres", "aurora-mysql", "application", "gateway",
            "PROVISIONED", "PAY_PER_REQUEST", "").map(v -> (Object) v),
        Arbitraries.of(true, false).map(v -> (Object) v));
    Arbitrary<Map<String, Object>> attributes = Arbitraries.maps(Arbitraries.of("instance_type", "platform",
        "volume_type", "size_gib", "iops", "throughput_mibps", "lb_type", "instance_class", "engine", "multi_az",
        "storage_type", "allocated_storage_gib", "billing_mode", "read_capacity", "write_capacity",
        "gsi_read_capacity", "gsi_write_capacity", "size_bytes"), values).ofMaxSize(18);
    Arbitrary<String> states = Arbitraries.of("running", "pending", "stopped", "stopping", "shutting-down",
        "terminated", "available", "deleted", "failed", "in-use", "weird", "");
    return Combinators.combine(Arbitraries.of(ResourceType.builtIn()), anyRegion(), states, attributes)
        .as((type, region, state, a) -> {
          Resource.Builder builder = resource(type, region).attributes(a);
          if (!state.isEmpty()) {
            builder.state(state);
          }
          return builder.build();
        });
  }

  /** A priced resource with every attribute its rule needs, except one that could not be determined. */
  @Provide
  Arbitrary<Resource> withOneRequiredAttributeUnknown() {
    Arbitrary<Resource.Builder> instance = Combinators.combine(instanceTypes(), pricedRegions())
        .as((type, region) -> ec2Builder(type, "linux", "running", region));
    Arbitrary<Resource.Builder> volume = Combinators.combine(volumeTypes(), pricedRegions())
        .as((type, region) -> ebsBuilder(type, 100, 3000, 125, region));
    Arbitrary<Resource.Builder> snapshot = pricedRegions().map(region -> snapshotBuilder(10, region));
    Arbitrary<Resource.Builder> balancer = Combinators.combine(Arbitraries.of("application", "network", "gateway"),
        pricedRegions()).as((type, region) -> resource(ResourceType.LOAD_BALANCER, region).putAttributes("lb_type",
        type));
    Arbitrary<Resource.Builder> db = singleAzRdsInstances().map(Resource::toBuilder);
    Arbitrary<Resource.Builder> table = pricedRegions().map(region -> resource(ResourceType.DYNAMODB_TABLE, region)
        .putAttributes("billing_mode", "PROVISIONED").putAttributes("read_capacity", 5)
        .putAttributes("write_capacity", 5).putAttributes("gsi_read_capacity", 1)
        .putAttributes("gsi_write_capacity", 1).putAttributes("size_bytes", 1_000_000));
    return Arbitraries.oneOf(instance, volume, snapshot, balancer, db, table)
        .flatMap(builder -> {
          Resource complete = builder.build();
          List<String> required = required(complete);
          return Arbitraries.of(required).map(name -> {
            Map<String, Object> attributes = new HashMap<>(complete.attributes());
            attributes.remove(name);
            return complete.toBuilder().attributes(attributes).addUnknownAttributes(name).build();
          });
        });
  }

  private static List<String> required(Resource r) {
    switch (r.resourceType().name()) {
      case "ec2_instance":
        return List.of("instance_type", "platform");
      case "ebs_volume":
        String type = r.stringAttribute("volume_type").orElseThrow();
        return type.equals("gp3") ? List.of("volume_type", "size_gib", "iops", "throughput_mibps")
            : type.startsWith("io") ? List.of("volume_type", "size_gib", "iops") : List.of("volume_type", "size_gib");
      case "ebs_snapshot":
        return List.of("size_gib");
      case "load_balancer":
        return List.of("lb_type");
      case "rds_instance":
        String storage = r.stringAttribute("storage_type").orElseThrow();
        boolean stopped = r.state().orElseThrow().equals("stopped");
        List<String> always = List.of("engine", "multi_az", "storage_type", "allocated_storage_gib");
        List<String> names = new ArrayList<>(always);
        if (!stopped) {
          names.add("instance_class");
        }
        if (List.of("io1", "io2", "gp3").contains(storage)) {
          names.add("iops");
        }
        return names;
      default:
        return List.of("billing_mode", "read_capacity", "write_capacity", "gsi_read_capacity", "gsi_write_capacity",
            "size_bytes");
    }
  }

  private static BigDecimal cost(Resource resource) {
    return cost(PRICES, resource);
  }

  private static BigDecimal cost(ListPriceCostEstimator prices, Resource resource) {
    CostEstimate estimate = prices.estimate(resource).orElseThrow();
    assertThat(estimate.isKnown()).as(estimate.toString()).isTrue();
    return estimate.monthlyCost().orElseThrow();
  }

  private static ListPriceCostEstimator withRegionFactor(String region, BigDecimal factor) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    ObjectNode root = (ObjectNode) mapper.readTree(bundledJson());
    ((ObjectNode) root.get("region_factors")).put(region, factor);
    return ListPriceCostEstimator.fromJson(mapper.writeValueAsString(root), "factor " + factor);
  }

  private static Resource ec2(String instanceType, String platform, String state, String region) {
    return ec2Builder(instanceType, platform, state, region).build();
  }

  private static Resource.Builder ec2Builder(String instanceType, String platform, String state, String region) {
    return resource(ResourceType.EC2_INSTANCE, region).state(state).putAttributes("instance_type", instanceType)
        .putAttributes("platform", platform);
  }

  private static Resource ebs(String volumeType, int sizeGib, int iops, int throughput, String region) {
    return ebsBuilder(volumeType, sizeGib, iops, throughput, region).build();
  }

  private static Resource.Builder ebsBuilder(String volumeType, int sizeGib, int iops, int throughput,
      String region) {
    return resource(ResourceType.EBS_VOLUME, region).putAttributes("volume_type", volumeType)
        .putAttributes("size_gib", sizeGib).putAttributes("iops", iops).putAttributes("throughput_mibps", throughput);
  }

  private static Resource snapshot(int sizeGib, String region) {
    return snapshotBuilder(sizeGib, region).build();
  }

  private static Resource.Builder snapshotBuilder(int sizeGib, String region) {
    return resource(ResourceType.EBS_SNAPSHOT, region).putAttributes("size_gib", sizeGib);
  }
}
