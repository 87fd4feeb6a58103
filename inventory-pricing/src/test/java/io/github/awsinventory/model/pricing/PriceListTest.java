package io.github.awsinventory.model.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PriceListTest {

  private final PriceList prices = PriceList.bundled();

  @Test
  void helpers_priceRecommendationsWithTheSameTable() {
    assertThat(prices.ec2Monthly("m5.large", "us-east-1")).contains(new BigDecimal("70.08"));
    assertThat(prices.ec2Monthly("m4.large", "us-east-1")).contains(new BigDecimal("73.00")); // 0.10 x 730
    assertThat(prices.ec2Monthly("x9.mega", "us-east-1")).isEmpty();
    assertThat(prices.ec2Monthly("m5.large", "me-central-2")).isEmpty();
    assertThat(prices.ebsMonthly("gp3", new BigDecimal("500"), null, null, "us-east-1"))
        .contains(new BigDecimal("40.00"));
    assertThat(prices.ebsMonthly("gp2", new BigDecimal("500"), null, null, "us-east-1"))
        .contains(new BigDecimal("50.00"));
    assertThat(prices.ebsMonthly("io1", new BigDecimal("100"), null, null, "us-east-1")).isEmpty();
    assertThat(prices.rdsInstanceMonthly("db.m5.large", "mysql", true, "us-east-1"))
        .contains(new BigDecimal("249.66")); // 2 x 0.171 x 730
    assertThat(prices.rdsInstanceMonthly("db.r6g.large", "aurora-mysql", false, "us-east-1")).isEmpty();
  }

  @Test
  void regionFactor_knownAndUnknownRegions() {
    assertThat(prices.regionFactor("us-east-1")).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("1"));
    assertThat(prices.regionFactor("eu-west-1")).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("1.11"));
    assertThat(prices.regionFactor("me-central-2")).isEmpty();
    assertThat(prices.regionFactor(Resource.GLOBAL_REGION)).isEmpty();
  }

  @Test
  void isPreviousGeneration_usesTheFamilyBeforeTheDot() {
    assertThat(prices.isPreviousGeneration("m4.large")).isTrue();
    assertThat(prices.isPreviousGeneration("t2.micro")).isTrue();
    assertThat(prices.isPreviousGeneration("db.r4.large")).isTrue();
    assertThat(prices.isPreviousGeneration("c4")).isTrue();
    assertThat(prices.isPreviousGeneration("m7g.large")).isFalse();
    assertThat(prices.isPreviousGeneration("m5.large")).isFalse();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "m4.large, m6i.large",
      "c4.xlarge, c6i.xlarge",
      "r4.2xlarge, r6i.2xlarge",
      "t2.micro, t3.micro",
      "t2.2xlarge, t3.2xlarge",
      "m3.xlarge, m6i.xlarge",
      "c3.4xlarge, c6i.4xlarge",
      "r3.large, r6i.large",
      "t1.micro, t3.micro"})
  void currentGenerationEquivalent_bundled_isTheSameSizeInTheUpgradedFamily(String older, String current) {
    assertThat(prices.currentGenerationEquivalent(older)).contains(current);
    assertThat(prices.isPreviousGeneration(older)).isTrue();
    assertThat(prices.isPreviousGeneration(current)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "m3.medium",     // m6i.medium has no list price
      "m4.16xlarge",   // nor m6i.16xlarge
      "c4.8xlarge",    // nor c6i.8xlarge
      "m2.xlarge",     // previous generation, but no upgrade in the file
      "m5.large",      // current generation
      "m4",            // a family, not a type
      "db.m4.large",   // an RDS class
      "x9.mega",
      ""})
  void currentGenerationEquivalent_withoutAPricedEquivalent_isEmpty(String instanceType) {
    assertThat(prices.currentGenerationEquivalent(instanceType)).isEmpty();
  }

  @Test
  void currentGenerationEquivalent_customFile_followsItsUpgradesAndPrices() {
    PriceList custom = PriceList.fromJson("""
        {"version": "up", "hours_per_month": 730, "region_factors": {"us-east-1": 1},
         "ec2": {"linux_on_demand_hourly": {"m4.large": 0.1, "m7i.large": 0.1, "c4.large": 0.1}},
         "ec2_generation_upgrades": {"m4": "m7i", "c4": "c7i"}}
        """, "up.json");
    PriceList withoutUpgrades = PriceList.fromJson("""
        {"version": "none", "hours_per_month": 730, "region_factors": {"us-east-1": 1},
         "ec2": {"linux_on_demand_hourly": {"m4.large": 0.1, "m6i.large": 0.1}}}
        """, "none.json");

    assertThat(custom.currentGenerationEquivalent("m4.large")).contains("m7i.large");
    assertThat(custom.currentGenerationEquivalent("c4.large")).isEmpty(); // c7i.large has no price in this file
    assertThat(withoutUpgrades.currentGenerationEquivalent("m4.large")).isEmpty();
  }

  @Test
  void basis_namesVersionRegionAndFactorWhenThereIsOne() {
    assertThat(prices.basis("us-east-1")).isEqualTo("list-price 2026-11 us-east-1 x1.00");
    assertThat(prices.basis("eu-west-1")).isEqualTo("list-price 2026-11 eu-west-1 x1.11");
    assertThat(prices.basis(Resource.GLOBAL_REGION)).isEqualTo("list-price 2026-11 global");
  }

  @Test
  void ec2Quote_isUnroundedAtBasePricesAndInRegionAppliesTheFactorAndRounds() {
    PriceQuote quote = prices.ec2Quote("m5.large");

    assertThat(quote.isKnown()).isTrue();
    assertThat(quote.monthly()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("70.08"));
    assertThat(quote.detail()).isEqualTo("m5.large 0.096/h x 730 h");
    assertThat(prices.inRegion(quote, "eu-west-1")).contains(new BigDecimal("77.79")); // 70.08 x 1.11 = 77.7888
    assertThat(prices.inRegion(quote, "me-central-2")).isEmpty();
  }

  @Test
  void quotes_withoutAPrice_areUnknownAndSayWhy() {
    assertThat(prices.ec2Quote("x9.mega").detail()).isEqualTo("no list price for instance type x9.mega");
    assertThat(prices.ec2Quote("x9.mega").monthly()).isEmpty();
    assertThat(prices.inRegion(prices.ec2Quote("x9.mega"), "us-east-1")).isEmpty();
    assertThat(prices.ebsQuote("gp9", BigDecimal.TEN, null, null).detail())
        .isEqualTo("no list price for volume type gp9");
    assertThat(prices.loadBalancerQuote("classic").detail()).isEqualTo("no list price for load balancer type classic");
    assertThat(prices.rdsInstanceQuote("db.x9.mega", "mysql", "gp2", BigDecimal.TEN, null, false).detail())
        .isEqualTo("no list price for RDS instance class db.x9.mega (mysql)");
    assertThat(prices.rdsStorageQuote("magnetic-x", BigDecimal.TEN, null, false).detail())
        .isEqualTo("no list price for RDS storage type magnetic-x");
  }

  @Test
  void quotes_withMissingOrNegativeValues_areUnknownNeverNegative() {
    assertThat(prices.ebsQuote("gp2", new BigDecimal("-1"), null, null).detail())
        .isEqualTo("size, IOPS and throughput must be given and at least 0");
    assertThat(prices.ebsQuote("io1", BigDecimal.TEN, null, null).detail()).isEqualTo("IOPS are required to price io1");
    assertThat(prices.ebsSnapshotQuote(null).detail()).isEqualTo("the snapshot size must be given and at least 0");
    assertThat(prices.rdsStorageQuote("io1", BigDecimal.TEN, null, false).detail())
        .isEqualTo("IOPS are required to price RDS io1");
    assertThat(prices.rdsStorageQuote("gp2", null, null, false).detail())
        .isEqualTo("size and IOPS must be given and at least 0");
    assertThat(prices.dynamoDbProvisionedQuote(BigDecimal.ONE, new BigDecimal("-1"), BigDecimal.ZERO).detail())
        .isEqualTo("capacity and size must be given and at least 0");
  }

  @Test
  void hourlyQuotes_areHourlyTimesHoursPerMonthWithWhatTheyExclude() {
    assertThat(prices.inRegion(prices.publicIpv4Quote(), "us-east-1")).contains(new BigDecimal("3.65"));
    assertThat(prices.publicIpv4Quote().detail())
        .isEqualTo("public IPv4 0.005/h x 730 h (charged whether associated or not)");
    assertThat(prices.inRegion(prices.natGatewayQuote(), "eu-west-1")).contains(new BigDecimal("36.46"));
    assertThat(prices.natGatewayQuote().detail()).isEqualTo("NAT gateway 0.045/h x 730 h (data processing excluded)");
    assertThat(prices.inRegion(prices.loadBalancerQuote("gateway"), "us-east-1")).contains(new BigDecimal("9.13"));
    assertThat(prices.loadBalancerQuote("application").detail())
        .isEqualTo("application load balancer 0.0225/h x 730 h (LCUs excluded)");
    assertThat(prices.inRegion(prices.classicLoadBalancerQuote(), "us-east-1")).contains(new BigDecimal("18.25"));
    assertThat(prices.classicLoadBalancerQuote().detail())
        .isEqualTo("classic load balancer 0.025/h x 730 h (data processed excluded)");
  }

  @Test
  void rdsQuotes_doubleComputeAndStorageTogetherForMultiAz() {
    PriceQuote instance = prices.rdsInstanceQuote("db.m5.large", "mysql", "gp2", new BigDecimal("100"), null, true);
    PriceQuote storage = prices.rdsStorageQuote("gp3", new BigDecimal("500"), new BigDecimal("15000"), true);

    assertThat(instance.detail()).isEqualTo("db.m5.large mysql 0.171/h x 730 h + 100 GiB gp2 x 0.115, x2 Multi-AZ");
    assertThat(prices.inRegion(instance, "us-east-1")).contains(new BigDecimal("272.66")); // 2 x 136.33
    assertThat(storage.detail()).isEqualTo("500 GiB gp3 x 0.115 + 3000 IOPS above 12000 x 0.02, x2 Multi-AZ");
    assertThat(prices.inRegion(storage, "us-east-1")).contains(new BigDecimal("235.00")); // 2 x (57.50 + 60)
    assertThat(prices.rdsStorageQuote("gp3", new BigDecimal("100"), null, false).detail())
        .isEqualTo("100 GiB gp3 x 0.115");
  }

  @Test
  void dynamoDbProvisionedQuote_isCapacityHoursPlusStorage() {
    PriceQuote quote = prices.dynamoDbProvisionedQuote(new BigDecimal("20"), new BigDecimal("10"),
        BigDecimal.valueOf(2L * 1024 * 1024 * 1024));

    // (20 x 0.00013 + 10 x 0.00065) x 730 + 2 GB x 0.25 = 6.643 + 0.50
    assertThat(prices.inRegion(quote, "us-east-1")).contains(new BigDecimal("7.14"));
    assertThat(quote.detail()).startsWith("(20 RCU x 0.00013 + 10 WCU x 0.00065)/h x 730 h + 2 GB x 0.25");
  }

  @Test
  void kmsKeyQuote_isOneKeyMonthWithWhatItExcludes() {
    PriceQuote quote = prices.kmsKeyQuote();

    assertThat(prices.inRegion(quote, "us-east-1")).contains(new BigDecimal("1.00"));
    assertThat(prices.inRegion(quote, "eu-west-1")).contains(new BigDecimal("1.11"));
    assertThat(quote.detail()).isEqualTo("customer managed KMS key 1/month (requests and the first two rotations' "
        + "extra key material excluded)");
    assertThat(PriceList.fromJson("{\"version\": \"mini\", \"hours_per_month\": 730, "
        + "\"region_factors\": {\"us-east-1\": 1}}", "mini.json").kmsKeyQuote().detail())
        .isEqualTo("no list price for customer managed KMS key in price file mini");
  }

  @Test
  void secretQuote_isOneSecretMonthWithoutApiCalls() {
    PriceQuote quote = prices.secretQuote();

    assertThat(prices.inRegion(quote, "us-east-1")).contains(new BigDecimal("0.40"));
    assertThat(prices.inRegion(quote, "sa-east-1")).contains(new BigDecimal("0.64")); // 0.40 x 1.59 = 0.636
    assertThat(quote.detail()).isEqualTo("Secrets Manager secret 0.4/month (API calls excluded)");
  }

  @Test
  void hostedZoneQuote_isOneZoneMonthAtTheFirstZonesPrice() {
    PriceQuote quote = prices.hostedZoneQuote();

    assertThat(quote.monthly()).hasValueSatisfying(monthly -> assertThat(monthly).isEqualByComparingTo("0.50"));
    assertThat(quote.detail()).isEqualTo("Route 53 hosted zone 0.5/month (the first 25 zones' price; queries excluded)");
    assertThat(PriceList.fromJson("{\"version\": \"mini\", \"hours_per_month\": 730, "
        + "\"region_factors\": {\"us-east-1\": 1}}", "mini.json").hostedZoneQuote().detail())
        .isEqualTo("no list price for Route 53 hosted zone in price file mini");
  }

  @Test
  void logStorageQuote_isStoredGbTimesTheMonthlyPrice() {
    PriceQuote quote = prices.logStorageQuote(BigDecimal.valueOf(200L * 1024 * 1024 * 1024));

    assertThat(prices.inRegion(quote, "us-east-1")).contains(new BigDecimal("6.00")); // 200 GB x 0.03
    assertThat(quote.detail()).isEqualTo("200 GB x 0.03 CloudWatch Logs storage (stored bytes as CloudWatch Logs "
        + "reports them; ingestion and queries excluded)");
    assertThat(prices.inRegion(prices.logStorageQuote(BigDecimal.ZERO), "us-east-1")).contains(new BigDecimal("0.00"));
    assertThat(prices.logStorageQuote(new BigDecimal("-1")).detail())
        .isEqualTo("the stored bytes must be given and at least 0");
    assertThat(prices.logStorageQuote(null).isKnown()).isFalse();
  }

  @Test
  void ecrStorageQuote_isImageGbTimesTheMonthlyPriceAndCalledAnUpperBound() {
    PriceQuote quote = prices.ecrStorageQuote(BigDecimal.valueOf(5L * 1024 * 1024 * 1024));

    assertThat(prices.inRegion(quote, "us-east-1")).contains(new BigDecimal("0.50")); // 5 GB x 0.10
    assertThat(prices.inRegion(quote, "ap-northeast-1")).contains(new BigDecimal("0.65")); // x 1.29 = 0.645
    assertThat(quote.detail()).startsWith("5 GB x 0.1 ECR storage (the sum of the image sizes, an upper bound");
    assertThat(prices.ecrStorageQuote(null).detail()).isEqualTo("the stored bytes must be given and at least 0");
  }

  @Test
  void kinesisQuotes_areShardHoursOrStreamHours_andUnknownWithoutAPriceOrACount() {
    PriceQuote provisioned = prices.kinesisProvisionedStreamQuote(new BigDecimal("2"));
    PriceQuote onDemand = prices.kinesisOnDemandStreamQuote();
    PriceList withoutKinesis = PriceList.fromJson("""
        {"version": "bare", "hours_per_month": 730, "region_factors": {"us-east-1": 1}}
        """, "bare.json");

    assertThat(prices.inRegion(provisioned, "us-east-1")).contains(new BigDecimal("21.90")); // 2 x 0.015 x 730
    assertThat(provisioned.detail()).startsWith("2 shards x 0.015/h x 730 h (PUT payload units");
    assertThat(prices.inRegion(onDemand, "us-east-1")).contains(new BigDecimal("29.20")); // 0.04 x 730
    assertThat(onDemand.detail()).startsWith("on-demand stream 0.04/h x 730 h (data ingested and retrieved");
    assertThat(prices.kinesisProvisionedStreamQuote(null).detail())
        .isEqualTo("the shard count must be given and at least 0");
    assertThat(withoutKinesis.kinesisProvisionedStreamQuote(BigDecimal.ONE).detail())
        .isEqualTo("no list price for Kinesis shard hours in price file bare");
    assertThat(withoutKinesis.kinesisOnDemandStreamQuote().monthly()).isEmpty();
  }

  @Test
  void prefixed_explainsAKnownQuoteAndLeavesAnUnknownOneAlone() {
    PriceQuote storage = prices.rdsStorageQuote("gp2", new BigDecimal("100"), null, false);
    PriceQuote unknown = prices.ec2Quote("x9.mega");

    assertThat(storage.prefixed("stopped: storage only").detail())
        .isEqualTo("stopped: storage only: 100 GiB gp2 x 0.115");
    assertThat(storage.prefixed("stopped: storage only").monthly()).isEqualTo(storage.monthly());
    assertThat(unknown.prefixed("stopped")).isEqualTo(unknown);
  }

  @Test
  void bundled_isDatedSourcedAndReadOnce() {
    assertThat(prices.version()).isEqualTo("2026-11");
    assertThat(prices.hoursPerMonth()).isEqualByComparingTo("730");
    assertThat(prices.source()).hasValueSatisfying(source -> assertThat(source)
        .contains("https://aws.amazon.com/ec2/pricing/on-demand/", "https://aws.amazon.com/ebs/pricing/",
            "https://aws.amazon.com/vpc/pricing/", "https://aws.amazon.com/elasticloadbalancing/pricing/",
            "https://aws.amazon.com/rds/", "https://aws.amazon.com/dynamodb/pricing/",
            "https://aws.amazon.com/kms/pricing/", "https://aws.amazon.com/secrets-manager/pricing/",
            "https://aws.amazon.com/cloudwatch/pricing/", "https://aws.amazon.com/ecr/pricing/", "us-east-1", "Linux",
            "https://aws.amazon.com/kinesis/data-streams/pricing/", "us-east-1", "Linux",
            "on-demand", "USD"));
    assertThat(prices.note()).hasValueSatisfying(note -> assertThat(note)
        .contains("November 2026", "data transfer", "LCUs", "Price List API", "supply your own file"));
    assertThat(PriceList.bundled()).isSameAs(prices);
  }

  @Test
  void bundled_pricesEveryCommonCurrentFamilyAndSize() {
    List<String> burstable = List.of("t2", "t3", "t3a", "t4g");
    List<String> others = List.of("m5", "m5a", "m6i", "m6g", "m7i", "m7g", "c5", "c6i", "c6g", "c7i", "c7g", "r5",
        "r6i", "r6g", "r7i", "r7g", "m4", "c4", "r4");
    for (String family : burstable) {
      for (String size : List.of("nano", "micro", "small", "medium", "large", "xlarge", "2xlarge")) {
        assertThat(prices.ec2Monthly(family + "." + size, "us-east-1")).as(family + "." + size).isPresent();
      }
    }
    for (String family : others) {
      for (String size : List.of("large", "xlarge", "2xlarge", "4xlarge")) {
        assertThat(prices.ec2Monthly(family + "." + size, "us-east-1")).as(family + "." + size).isPresent();
      }
    }
    for (String engine : List.of("mysql", "postgres", "mariadb")) {
      for (String family : List.of("t3", "t4g")) {
        for (String size : List.of("micro", "small", "medium", "large", "xlarge")) {
          assertThat(prices.rdsInstanceMonthly("db." + family + "." + size, engine, false, "us-east-1"))
              .as(engine + " db." + family + "." + size).isPresent();
        }
      }
      for (String family : List.of("m5", "m6g", "m6i", "m7g", "r5", "r6g", "r6i")) {
        for (String size : List.of("large", "xlarge", "2xlarge", "4xlarge")) {
          assertThat(prices.rdsInstanceMonthly("db." + family + "." + size, engine, false, "us-east-1"))
              .as(engine + " db." + family + "." + size).isPresent();
        }
      }
    }
  }

  @Test
  void bundled_eachSizeCostsAboutTwiceTheNextSmallerOne() {
    List<String> sizes = List.of("nano", "micro", "small", "medium", "large", "xlarge", "2xlarge", "4xlarge");
    List<String> families = List.of("t2", "t3", "t3a", "t4g", "m5", "m5a", "m6i", "m6g", "m7i", "m7g", "c5", "c6i",
        "c6g", "c7i", "c7g", "r5", "r6i", "r6g", "r7i", "r7g", "m4", "c4", "r4", "c3", "r3", "m3");
    for (String family : families) {
      for (int i = 1; i < sizes.size(); i++) {
        Optional<BigDecimal> smaller = prices.ec2Monthly(family + "." + sizes.get(i - 1), "us-east-1");
        Optional<BigDecimal> larger = prices.ec2Monthly(family + "." + sizes.get(i), "us-east-1");
        if (smaller.isPresent() && larger.isPresent()) {
          double ratio = larger.get().doubleValue() / smaller.get().doubleValue();
          assertThat(ratio).as(family + "." + sizes.get(i) + " / " + sizes.get(i - 1)).isBetween(1.98, 2.02);
        }
      }
    }
  }
}
