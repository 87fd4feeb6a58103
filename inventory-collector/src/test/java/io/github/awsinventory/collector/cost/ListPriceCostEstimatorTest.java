package io.github.awsinventory.collector.cost;

import static io.github.awsinventory.collector.cost.TestResources.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.collector.spi.CostEstimate;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.pricing.PriceList;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ListPriceCostEstimatorTest {

  private final ListPriceCostEstimator prices = ListPriceCostEstimator.bundled();

  @Test
  void estimate_everyBuiltInType_hasACostRule() {
    for (ResourceType type : ResourceType.builtIn()) {
      assertThat(prices.estimate(resource(type, "us-east-1").build())).as(type.name()).isPresent();
    }
  }

  @Nested
  class Ec2Instances {

    @Test
    void estimate_runningM5LargeInUsEast1_isHourlyTimes730() {
      Resource instance = ec2("us-east-1", "running", "m5.large", "linux");

      CostEstimate estimate = estimate(instance);

      assertThat(estimate.monthlyCost()).contains(new BigDecimal("70.08")); // 0.096 x 730
      assertThat(estimate.basis()).isEqualTo("list-price 2026-11 us-east-1 x1.00: m5.large 0.096/h x 730 h");
    }

    @Test
    void estimate_runningInEuWest1_appliesTheRegionFactor() {
      Resource instance = ec2("eu-west-1", "running", "m5.large", "linux");

      CostEstimate estimate = estimate(instance);

      assertThat(estimate.monthlyCost()).contains(new BigDecimal("77.79")); // 70.08 x 1.11 = 77.7888
      assertThat(estimate.basis()).startsWith("list-price 2026-11 eu-west-1 x1.11: m5.large");
    }

    @Test
    void estimate_pendingInstance_isPricedLikeARunningOne() {
      Resource instance = ec2("us-east-1", "pending", "t3.micro", "linux");

      assertThat(estimate(instance).monthlyCost()).contains(new BigDecimal("7.59")); // 0.0104 x 730 = 7.592
    }

    @ParameterizedTest
    @ValueSource(strings = {"stopped", "stopping", "shutting-down"})
    void estimate_stoppedInstance_isZeroAndSaysWhy(String state) {
      Resource instance = ec2("us-east-1", state, "m5.4xlarge", "linux");

      CostEstimate estimate = estimate(instance);

      assertThat(estimate.monthlyCost()).contains(new BigDecimal("0.00"));
      assertThat(estimate.basis()).isEqualTo("list-price 2026-11 us-east-1 x1.00: " + state
          + ": no compute charge (its EBS volumes are billed separately)");
    }

    @Test
    void estimate_windowsInstance_isUnknown() {
      Resource instance = ec2("us-east-1", "running", "m5.large", "windows");

      assertUnknown(estimate(instance), "windows instances are not in the price table");
    }

    @Test
    void estimate_typeNotInTheTable_isUnknownNamingTheType() {
      Resource instance = ec2("us-east-1", "running", "x9.mega", "linux");

      assertUnknown(estimate(instance), "no list price for instance type x9.mega");
    }

    @Test
    void estimate_regionWithoutFactor_isUnknownNamingTheRegion() {
      Resource instance = ec2("me-central-2", "running", "m5.large", "linux");

      assertUnknown(estimate(instance), "no price factor for region me-central-2");
    }

    @Test
    void estimate_instanceTypeUnknown_isUnknownNamingTheAttribute() {
      Resource instance = resource(ResourceType.EC2_INSTANCE, "us-east-1").state("running")
          .putAttributes("platform", "linux").addUnknownAttributes("instance_type").build();

      assertUnknown(estimate(instance), "required attribute instance_type is unknown");
    }

    @Test
    void estimate_attributesMissing_namesEachOne() {
      Resource instance = resource(ResourceType.EC2_INSTANCE, "us-east-1").state("running").build();

      assertUnknown(estimate(instance),
          "required attribute instance_type is missing; required attribute platform is missing");
    }

    @Test
    void estimate_stateUnknown_isUnknown() {
      Resource instance = resource(ResourceType.EC2_INSTANCE, "us-east-1")
          .putAttributes("instance_type", "m5.large").putAttributes("platform", "linux").build();

      assertUnknown(estimate(instance), "the instance state is unknown");
    }
  }

  @Nested
  class EbsVolumes {

    @ParameterizedTest(name = "{0} {1} GiB = {2}")
    @CsvSource({
        "gp2, 100, 10.00",       // 100 x 0.10
        "st1, 500, 22.50",       // 500 x 0.045
        "sc1, 1000, 15.00",      // 1000 x 0.015
        "standard, 10, 0.50"})   // 10 x 0.05
    void estimate_sizeOnlyTypes_areSizeTimesPrice(String volumeType, String size, String expected) {
      Resource volume = resource(ResourceType.EBS_VOLUME, "us-east-1").state("in-use")
          .putAttributes("volume_type", volumeType).putAttributes("size_gib", new BigDecimal(size)).build();

      assertThat(estimate(volume).monthlyCost()).contains(new BigDecimal(expected));
    }

    @Test
    void estimate_gp3AtTheIncludedPerformance_isSizeOnly() {
      Resource volume = ebs("gp3", 100, 3000, 125);

      CostEstimate estimate = estimate(volume);

      assertThat(estimate.monthlyCost()).contains(new BigDecimal("8.00")); // 100 x 0.08
      assertThat(estimate.basis()).isEqualTo("list-price 2026-11 us-east-1 x1.00: 100 GiB gp3 x 0.08");
    }

    @Test
    void estimate_gp3AboveTheIncludedPerformance_addsExtraIopsAndThroughput() {
      Resource volume = ebs("gp3", 500, 6000, 250);

      CostEstimate estimate = estimate(volume);

      // 500 x 0.08 + (6000 - 3000) x 0.005 + (250 - 125) x 0.04 = 40 + 15 + 5
      assertThat(estimate.monthlyCost()).contains(new BigDecimal("60.00"));
      assertThat(estimate.basis()).endsWith(
          "500 GiB gp3 x 0.08 + 3000 IOPS above 3000 x 0.005 + 125 MiB/s above 125 x 0.04");
    }

    @Test
    void estimate_io1_billsEveryProvisionedIops() {
      Resource volume = ebs("io1", 200, 5000, 0);

      assertThat(estimate(volume).monthlyCost()).contains(new BigDecimal("350.00")); // 200 x 0.125 + 5000 x 0.065
    }

    @Test
    void estimate_io2AboveTheFirstTier_isAnUpperBoundAndSaysSo() {
      Resource volume = ebs("io2", 100, 40000, 0);

      CostEstimate estimate = estimate(volume);

      assertThat(estimate.monthlyCost()).contains(new BigDecimal("2612.50")); // 100 x 0.125 + 40000 x 0.065
      assertThat(estimate.basis()).contains("first-tier price: an upper bound");
    }

    @Test
    void estimate_gp3IopsUnknown_isUnknownNamingIops() {
      Resource volume = resource(ResourceType.EBS_VOLUME, "us-east-1").putAttributes("volume_type", "gp3")
          .putAttributes("size_gib", 100).putAttributes("throughput_mibps", 125).addUnknownAttributes("iops").build();

      assertUnknown(estimate(volume), "required attribute iops is unknown");
    }

    @Test
    void estimate_volumeTypeNotInTheTable_isUnknown() {
      Resource volume = resource(ResourceType.EBS_VOLUME, "us-east-1").putAttributes("volume_type", "gp9")
          .putAttributes("size_gib", 100).build();

      assertUnknown(estimate(volume), "no list price for volume type gp9");
    }

    @Test
    void estimate_negativeSize_isUnknownNotNegative() {
      Resource volume = resource(ResourceType.EBS_VOLUME, "us-east-1").putAttributes("volume_type", "gp2")
          .putAttributes("size_gib", -5).build();

      assertUnknown(estimate(volume), "attribute size_gib is negative (was -5)");
    }

    @Test
    void estimate_sizeNotANumber_isUnknown() {
      Resource volume = resource(ResourceType.EBS_VOLUME, "us-east-1").putAttributes("volume_type", "gp2")
          .putAttributes("size_gib", "big").build();

      assertUnknown(estimate(volume), "attribute size_gib is not a number (was big)");
    }
  }

  @Test
  void estimate_snapshot_isSizeTimesPriceAndCalledAnUpperBound() {
    Resource snapshot = resource(ResourceType.EBS_SNAPSHOT, "us-east-1").state("completed")
        .putAttributes("size_gib", 100).build();

    CostEstimate estimate = estimate(snapshot);

    assertThat(estimate.monthlyCost()).contains(new BigDecimal("5.00")); // 100 x 0.05
    assertThat(estimate.basis()).startsWith("list-price 2026-11 us-east-1 x1.00: 100 GiB snapshot x 0.05")
        .contains("upper bound").contains("incremental");
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void estimate_elasticIp_isChargedWhetherAssociatedOrNot(boolean associated) {
    Resource address = resource(ResourceType.ELASTIC_IP, "us-east-1").putAttributes("associated", associated).build();

    CostEstimate estimate = estimate(address);

    assertThat(estimate.monthlyCost()).contains(new BigDecimal("3.65")); // 0.005 x 730
    assertThat(estimate.basis()).contains("whether associated or not");
  }

  @Nested
  class NatGateways {

    @ParameterizedTest
    @ValueSource(strings = {"available", "pending"})
    void estimate_availableNatGateway_isHourlyTimes730(String state) {
      Resource gateway = resource(ResourceType.NAT_GATEWAY, "us-east-1").state(state).build();

      CostEstimate estimate = estimate(gateway);

      assertThat(estimate.monthlyCost()).contains(new BigDecimal("32.85")); // 0.045 x 730
      assertThat(estimate.basis()).contains("data processing excluded");
    }

    @ParameterizedTest
    @ValueSource(strings = {"deleted", "deleting", "failed"})
    void estimate_deletedNatGateway_isZeroAndSaysWhy(String state) {
      Resource gateway = resource(ResourceType.NAT_GATEWAY, "us-east-1").state(state).build();

      CostEstimate estimate = estimate(gateway);

      assertThat(estimate.monthlyCost()).contains(new BigDecimal("0.00"));
      assertThat(estimate.basis()).isEqualTo("list-price 2026-11 us-east-1 x1.00: " + state + ": no hourly charge");
    }
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
      "application, 16.43",   // 0.0225 x 730 = 16.425, rounded half up
      "network, 16.43",
      "gateway, 9.13"})       // 0.0125 x 730 = 9.125
  void estimate_loadBalancer_isHourlyByTypeTimes730(String lbType, String expected) {
    Resource balancer = resource(ResourceType.LOAD_BALANCER, "us-east-1").state("active")
        .putAttributes("lb_type", lbType).build();

    CostEstimate estimate = estimate(balancer);

    assertThat(estimate.monthlyCost()).contains(new BigDecimal(expected));
    assertThat(estimate.basis()).contains("LCUs excluded");
  }

  @Test
  void estimate_loadBalancerTypeNotInTheTable_isUnknown() {
    Resource balancer = resource(ResourceType.LOAD_BALANCER, "us-east-1").putAttributes("lb_type", "classic").build();

    assertUnknown(estimate(balancer), "no list price for load balancer type classic");
  }

  @Test
  void estimate_classicLoadBalancer_isTheClassicHourlyRateTimes730() {
    Resource balancer = resource(ResourceType.ELB_CLASSIC_LOAD_BALANCER, "eu-west-1").build();

    CostEstimate estimate = estimate(balancer);

    assertThat(estimate.monthlyCost()).contains(new BigDecimal("20.26")); // 0.025 x 730 = 18.25, x1.11 = 20.2575
    assertThat(estimate.basis()).isEqualTo("list-price 2026-11 eu-west-1 x1.11: classic load balancer 0.025/h x 730 h "
        + "(data processed excluded)");
  }

  @Nested
  class RdsInstances {

    @Test
    void estimate_singleAzMysql_isInstancePlusStorage() {
      Resource db = rds("mysql", "db.m5.large", false, "gp2", 100, null, "available");

      CostEstimate estimate = estimate(db);

      assertThat(estimate.monthlyCost()).contains(new BigDecimal("136.33")); // 0.171 x 730 + 100 x 0.115
      assertThat(estimate.basis()).isEqualTo(
          "list-price 2026-11 us-east-1 x1.00: db.m5.large mysql 0.171/h x 730 h + 100 GiB gp2 x 0.115");
    }

    @Test
    void estimate_multiAz_doublesInstanceAndStorage() {
      Resource db = rds("mysql", "db.m5.large", true, "gp2", 100, null, "available");

      CostEstimate estimate = estimate(db);

      assertThat(estimate.monthlyCost()).contains(new BigDecimal("272.66")); // 2 x 136.33
      assertThat(estimate.basis()).endsWith(", x2 Multi-AZ");
    }

    @Test
    void estimate_postgresGp3AboveTheIncludedIops_addsTheExtraIops() {
      Resource db = rds("postgres", "db.r6g.large", false, "gp3", 500, 15000, "available");

      // 0.225 x 730 + 500 x 0.115 + (15000 - 12000 included from 400 GiB) x 0.02 = 164.25 + 57.50 + 60
      assertThat(estimate(db).monthlyCost()).contains(new BigDecimal("281.75"));
    }

    @Test
    void estimate_io1Storage_billsTheProvisionedIops() {
      Resource db = rds("mariadb", "db.t3.micro", false, "io1", 100, 1000, "available");

      // 0.017 x 730 + 100 x 0.125 + 1000 x 0.10 = 12.41 + 12.50 + 100
      assertThat(estimate(db).monthlyCost()).contains(new BigDecimal("124.91"));
    }

    @Test
    void estimate_stoppedInstance_billsStorageOnly() {
      Resource db = rds("mysql", "db.m5.large", true, "gp2", 100, null, "stopped");

      CostEstimate estimate = estimate(db);

      assertThat(estimate.monthlyCost()).contains(new BigDecimal("23.00")); // 2 x 100 x 0.115
      assertThat(estimate.basis()).contains("stopped: storage only");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aurora-mysql", "aurora-postgresql", "oracle-ee", "sqlserver-se", "db2-se"})
    void estimate_licensedOrAuroraEngines_areUnknown(String engine) {
      Resource db = rds(engine, "db.r6g.large", false, "aurora", 1, null, "available");

      assertUnknown(estimate(db), "engine " + engine + ": license-included or Aurora pricing not in the table");
    }

    @Test
    void estimate_classNotInTheTable_isUnknownNamingIt() {
      Resource db = rds("mysql", "db.x9.mega", false, "gp2", 100, null, "available");

      assertUnknown(estimate(db), "no list price for RDS instance class db.x9.mega (mysql)");
    }

    @Test
    void estimate_multiAzUnknown_isUnknown() {
      Resource db = resource(ResourceType.RDS_INSTANCE, "us-east-1").state("available")
          .putAttributes("engine", "mysql").putAttributes("instance_class", "db.m5.large")
          .putAttributes("storage_type", "gp2").putAttributes("allocated_storage_gib", 100)
          .addUnknownAttributes("multi_az").build();

      assertUnknown(estimate(db), "required attribute multi_az is unknown");
    }
  }

  @Test
  void estimate_rdsCluster_isUnknownBecauseAuroraIsBilledByUsage() {
    Resource cluster = resource(ResourceType.RDS_CLUSTER, "us-east-1").build();

    assertUnknown(estimate(cluster),
        "Aurora storage and I/O are billed by usage; instances carry the compute cost");
  }

  @Nested
  class DynamoDbTables {

    @Test
    void estimate_provisionedTable_isCapacityHoursPlusStorage() {
      Resource table = resource(ResourceType.DYNAMODB_TABLE, "us-east-1").state("ACTIVE")
          .putAttributes("billing_mode", "PROVISIONED")
          .putAttributes("read_capacity", 10).putAttributes("write_capacity", 5)
          .putAttributes("gsi_read_capacity", 10).putAttributes("gsi_write_capacity", 5)
          .putAttributes("size_bytes", 2L * 1024 * 1024 * 1024).build();

      // (20 x 0.00013 + 10 x 0.00065) x 730 + 2 GB x 0.25 = 6.643 + 0.50
      assertThat(estimate(table).monthlyCost()).contains(new BigDecimal("7.14"));
    }

    @Test
    void estimate_provisionedTableWithoutIndexes_countsNoIndexCapacity() {
      Resource table = resource(ResourceType.DYNAMODB_TABLE, "us-east-1").putAttributes("billing_mode", "PROVISIONED")
          .putAttributes("read_capacity", 10).putAttributes("write_capacity", 5)
          .putAttributes("size_bytes", 2L * 1024 * 1024 * 1024).build();

      // (10 x 0.00013 + 5 x 0.00065) x 730 + 0.50 = 3.3215 + 0.50
      assertThat(estimate(table).monthlyCost()).contains(new BigDecimal("3.82"));
    }

    @Test
    void estimate_onDemandTable_isUnknown() {
      Resource table = resource(ResourceType.DYNAMODB_TABLE, "us-east-1")
          .putAttributes("billing_mode", "PAY_PER_REQUEST").putAttributes("size_bytes", 1000).build();

      assertUnknown(estimate(table), "on-demand requests are billed by usage");
    }

    @Test
    void estimate_indexCapacityUnknown_isUnknown() {
      Resource table = resource(ResourceType.DYNAMODB_TABLE, "us-east-1").putAttributes("billing_mode", "PROVISIONED")
          .putAttributes("read_capacity", 10).putAttributes("write_capacity", 5).putAttributes("size_bytes", 0)
          .addUnknownAttributes("gsi_read_capacity").build();

      assertUnknown(estimate(table), "required attribute gsi_read_capacity is unknown");
    }
  }

  @Test
  void estimate_securityGroup_isFree() {
    Resource group = resource(ResourceType.SECURITY_GROUP, "eu-west-1").build();

    CostEstimate estimate = estimate(group);

    assertThat(estimate.monthlyCost()).contains(new BigDecimal("0.00"));
    assertThat(estimate.basis()).isEqualTo("list-price 2026-11 eu-west-1 x1.11: no charge for security groups");
  }

  @Test
  void estimate_iamUser_isFreeAndItsGlobalRegionNeedsNoFactor() {
    Resource user = resource(ResourceType.IAM_USER, Resource.GLOBAL_REGION).build();

    CostEstimate estimate = estimate(user);

    assertThat(estimate.monthlyCost()).contains(new BigDecimal("0.00"));
    assertThat(estimate.basis()).isEqualTo("list-price 2026-11 global: no charge for IAM users");
  }

  @Test
  void estimate_awsAccount_isFree() {
    Resource account = resource(ResourceType.AWS_ACCOUNT, Resource.GLOBAL_REGION).build();

    CostEstimate estimate = estimate(account);

    assertThat(estimate.monthlyCost()).contains(new BigDecimal("0.00"));
    assertThat(estimate.basis()).isEqualTo("list-price 2026-11 global: no charge for an account's settings");
  }

  @Test
  void estimate_iamRole_isFree() {
    CostEstimate estimate = estimate(resource(ResourceType.IAM_ROLE, Resource.GLOBAL_REGION).build());

    assertThat(estimate.monthlyCost()).contains(new BigDecimal("0.00"));
    assertThat(estimate.basis()).isEqualTo("list-price 2026-11 global: no charge for IAM roles");
  }

  @Test
  void estimate_iamPolicy_isFree() {
    CostEstimate estimate = estimate(resource(ResourceType.IAM_POLICY, Resource.GLOBAL_REGION).build());

    assertThat(estimate.monthlyCost()).contains(new BigDecimal("0.00"));
    assertThat(estimate.basis()).isEqualTo("list-price 2026-11 global: no charge for IAM policies");
  }

  @Test
  void estimate_s3BucketAndLambdaFunction_areUnknownBecauseBilledByUsage() {
    Resource bucket = resource(ResourceType.S3_BUCKET, "us-east-1").build();
    Resource function = resource(ResourceType.LAMBDA_FUNCTION, "us-east-1").build();

    assertUnknown(estimate(bucket), "storage is billed by usage; bucket size is not collected");
    assertUnknown(estimate(function), "billed by requests and duration");
  }

  @Test
  void estimate_hostedZone_isOneZoneMonthWithoutARegionFactor() {
    Resource zone = resource(ResourceType.ROUTE53_HOSTED_ZONE, "global").putAttributes("private_zone", true).build();

    CostEstimate estimate = estimate(zone);

    assertThat(estimate.monthlyCost()).contains(new BigDecimal("0.50"));
    assertThat(estimate.basis()).isEqualTo("list-price 2026-11 global: Route 53 hosted zone 0.5/month (the first 25 "
        + "zones' price; queries excluded)");
  }

  @Test
  void estimate_cloudFrontDistribution_isUnknownBecauseBilledByRequestsAndTransfer() {
    Resource distribution = resource(ResourceType.CLOUDFRONT_DISTRIBUTION, "global").build();

    assertUnknown(estimate(distribution), "billed by requests and data transfer out");
  }

  @Test
  void estimate_apiGatewayApi_isUnknownBecauseBilledByRequests() {
    Resource restApi = resource(ResourceType.APIGATEWAY_REST_API, "us-east-1").build();
    Resource httpApi = resource(ResourceType.APIGATEWAYV2_API, "us-east-1").build();

    assertUnknown(estimate(restApi), "billed by requests (and cache hours)");
    assertUnknown(estimate(httpApi), "billed by requests (HTTP) or by messages and connection minutes (WebSocket)");
  }

  @Nested
  class KmsKeys {

    @ParameterizedTest
    @CsvSource({"Enabled, 1.00, us-east-1", "Enabled, 1.20, eu-central-1", "Disabled, 1.00, us-east-1",
        "PendingImport, 1.00, us-east-1", "Unavailable, 1.00, us-east-1"})
    void estimate_keyThatIsNotPendingDeletion_isOneKeyMonth(String keyState, String expected, String region) {
      Resource key = resource(ResourceType.KMS_KEY, region).putAttributes("key_state", keyState).build();

      CostEstimate estimate = estimate(key);

      assertThat(estimate.monthlyCost()).contains(new BigDecimal(expected));
      assertThat(estimate.basis()).contains("customer managed KMS key 1/month", "requests");
      assertThat(estimate.basis().contains("billed like an enabled key")).isEqualTo(!keyState.equals("Enabled"));
    }

    @Test
    void estimate_keyPendingDeletion_isZeroAndSaysWhy() {
      Resource key = resource(ResourceType.KMS_KEY, "us-east-1").putAttributes("key_state", "PendingDeletion")
          .build();

      CostEstimate estimate = estimate(key);

      assertThat(estimate.monthlyCost()).contains(new BigDecimal("0.00"));
      assertThat(estimate.basis()).isEqualTo("list-price 2026-11 us-east-1 x1.00: pending deletion: keys scheduled "
          + "for deletion are not billed");
    }

    @Test
    void estimate_keyStateUnknownOrWithoutACostRule_isUnknown() {
      Resource described = resource(ResourceType.KMS_KEY, "us-east-1").addUnknownAttributes("key_state").build();
      Resource replica = resource(ResourceType.KMS_KEY, "us-east-1")
          .putAttributes("key_state", "PendingReplicaDeletion").build();

      assertUnknown(estimate(described), "required attribute key_state is unknown");
      assertUnknown(estimate(replica), "no cost rule for KMS key state PendingReplicaDeletion");
    }
  }

  @Nested
  class Secrets {

    @ParameterizedTest
    @CsvSource({"us-east-1, 0.40", "eu-west-1, 0.44"})
    void estimate_secret_isOneSecretMonth(String region, String expected) {
      Resource secret = resource(ResourceType.SECRETSMANAGER_SECRET, region).putAttributes("rotation_enabled", false)
          .build();

      CostEstimate estimate = estimate(secret);

      assertThat(estimate.monthlyCost()).contains(new BigDecimal(expected));
      assertThat(estimate.basis()).endsWith(": Secrets Manager secret 0.4/month (API calls excluded)");
    }

    @Test
    void estimate_secretScheduledForDeletion_isZeroAndSaysWhy() {
      Resource secret = resource(ResourceType.SECRETSMANAGER_SECRET, "us-east-1")
          .putAttributes("deleted_date", "2026-11-20T10:00:00Z").build();

      CostEstimate estimate = estimate(secret);

      assertThat(estimate.monthlyCost()).contains(new BigDecimal("0.00"));
      assertThat(estimate.basis()).isEqualTo("list-price 2026-11 us-east-1 x1.00: scheduled for deletion: secrets "
          + "marked for deletion are not billed");
    }

    @Test
    void estimate_deletionDateUnknown_isUnknown() {
      Resource secret = resource(ResourceType.SECRETSMANAGER_SECRET, "us-east-1").addUnknownAttributes("deleted_date")
          .build();

      assertUnknown(estimate(secret), "required attribute deleted_date is unknown");
    }
  }

  @Nested
  class LogGroups {

    @ParameterizedTest
    @CsvSource({"STANDARD, us-east-1, 3.00", "STANDARD, eu-west-1, 3.33", ", us-east-1, 3.00"})
    void estimate_standardOrClasslessGroup_isStoredGbTimesPrice(String logClass, String region, String expected) {
      Resource.Builder group = resource(ResourceType.CLOUDWATCH_LOG_GROUP, region)
          .putAttributes("stored_bytes", 100L * 1024 * 1024 * 1024);
      if (logClass != null) {
        group.putAttributes("log_group_class", logClass);
      }

      CostEstimate estimate = estimate(group.build());

      assertThat(estimate.monthlyCost()).contains(new BigDecimal(expected)); // 100 GB x 0.03 x factor
      assertThat(estimate.basis()).contains(": 100 GB x 0.03 CloudWatch Logs storage (", "ingestion");
    }

    @Test
    void estimate_emptyGroup_isZero() {
      Resource group = resource(ResourceType.CLOUDWATCH_LOG_GROUP, "us-east-1").putAttributes("stored_bytes", 0)
          .build();

      assertThat(estimate(group).monthlyCost()).contains(new BigDecimal("0.00"));
    }

    @Test
    void estimate_otherClassOrUnknownBytes_isUnknown() {
      Resource infrequent = resource(ResourceType.CLOUDWATCH_LOG_GROUP, "us-east-1")
          .putAttributes("log_group_class", "INFREQUENT_ACCESS").putAttributes("stored_bytes", 10).build();
      Resource missing = resource(ResourceType.CLOUDWATCH_LOG_GROUP, "us-east-1").build();

      assertUnknown(estimate(infrequent), "log group class INFREQUENT_ACCESS is not in the price table");
      assertUnknown(estimate(missing), "required attribute stored_bytes is missing");
    }
  }

  @Nested
  class EcrRepositories {

    @ParameterizedTest
    @CsvSource({"us-east-1, 2.00", "eu-west-1, 2.22"})
    void estimate_repository_isImageGbTimesPriceAndCalledAnUpperBound(String region, String expected) {
      Resource repository = resource(ResourceType.ECR_REPOSITORY, region)
          .putAttributes("image_size_bytes", 20L * 1024 * 1024 * 1024).build();

      CostEstimate estimate = estimate(repository);

      assertThat(estimate.monthlyCost()).contains(new BigDecimal(expected)); // 20 GB x 0.10 x factor
      assertThat(estimate.basis()).contains(": 20 GB x 0.1 ECR storage (", "upper bound");
    }

    @Test
    void estimate_emptyRepository_isZero() {
      Resource repository = resource(ResourceType.ECR_REPOSITORY, "us-east-1").putAttributes("image_size_bytes", 0)
          .build();

      assertThat(estimate(repository).monthlyCost()).contains(new BigDecimal("0.00"));
    }

    @Test
    void estimate_sizeUnknown_isUnknown() {
      Resource repository = resource(ResourceType.ECR_REPOSITORY, "us-east-1").addUnknownAttributes("image_size_bytes")
          .build();

      assertUnknown(estimate(repository), "required attribute image_size_bytes is unknown");
    }
  }

  @Test
  void estimate_customResourceType_isLeftToOtherEstimators() {
    Resource widget = resource(ResourceType.of("acme_widget"), "us-east-1").build();

    assertThat(prices.estimate(widget)).isEmpty();
  }

  @Test
  void bundled_isBuiltOnceOnTheBundledPriceList() {
    assertThat(ListPriceCostEstimator.bundled()).isSameAs(prices);
    assertThat(prices.priceList()).isSameAs(PriceList.bundled());
    assertThat(prices).hasToString("ListPriceCostEstimator[version=2026-11]");
  }

  @Test
  void of_usesTheGivenPriceList() {
    PriceList mini = PriceList.fromJson("{\"version\": \"mini\", \"hours_per_month\": 730, "
        + "\"region_factors\": {\"us-east-1\": 1}, \"vpc\": {\"nat_gateway_hourly\": 0.1}}", "mini.json");
    Resource gateway = resource(ResourceType.NAT_GATEWAY, "us-east-1").state("available").build();

    ListPriceCostEstimator estimator = ListPriceCostEstimator.of(mini);

    assertThat(estimator.priceList()).isSameAs(mini);
    assertThat(estimate(estimator, gateway).monthlyCost()).contains(new BigDecimal("73.00")); // 0.1 x 730
  }

  @Nested
  class KinesisStreams {

    @Test
    void estimate_provisionedStream_isOpenShardHours() {
      Resource stream = resource(ResourceType.KINESIS_STREAM, "eu-west-1").state("ACTIVE")
          .putAttributes("stream_mode", "PROVISIONED").putAttributes("open_shard_count", 4).build();

      CostEstimate estimate = estimate(stream);

      assertThat(estimate.monthlyCost()).contains(new BigDecimal("48.62")); // 4 x 0.015 x 730 x 1.11 = 48.618
      assertThat(estimate.basis()).startsWith("list-price 2026-11 eu-west-1 x1.11: 4 shards x 0.015/h x 730 h");
    }

    @Test
    void estimate_onDemandStream_isStreamHoursWithoutTheData() {
      Resource stream = resource(ResourceType.KINESIS_STREAM, "us-east-1").state("ACTIVE")
          .putAttributes("stream_mode", "ON_DEMAND").addUnknownAttributes("open_shard_count").build();

      CostEstimate estimate = estimate(stream);

      assertThat(estimate.monthlyCost()).contains(new BigDecimal("29.20")); // 0.04 x 730
      assertThat(estimate.basis()).contains("on-demand stream 0.04/h", "data ingested and retrieved");
    }

    @Test
    void estimate_whenTheModeOrTheShardsAreUnknown_isUnknown() {
      Resource noMode = resource(ResourceType.KINESIS_STREAM, "us-east-1").addUnknownAttributes("stream_mode")
          .build();
      Resource noShards = resource(ResourceType.KINESIS_STREAM, "us-east-1")
          .putAttributes("stream_mode", "PROVISIONED").addUnknownAttributes("open_shard_count").build();

      assertUnknown(estimate(noMode), "required attribute stream_mode is unknown");
      assertUnknown(estimate(noShards), "required attribute open_shard_count is unknown");
    }
  }

  private CostEstimate estimate(Resource resource) {
    return estimate(prices, resource);
  }

  private static CostEstimate estimate(ListPriceCostEstimator estimator, Resource resource) {
    Optional<CostEstimate> estimate = estimator.estimate(resource);
    assertThat(estimate).as("estimate for " + resource.resourceType()).isPresent();
    return estimate.get();
  }

  private static void assertUnknown(CostEstimate estimate, String reason) {
    assertThat(estimate.isKnown()).as(estimate.toString()).isFalse();
    assertThat(estimate.monthlyCost()).isEmpty();
    assertThat(estimate.basis()).isEqualTo("unknown: " + reason);
  }

  private static Resource ec2(String region, String state, String instanceType, String platform) {
    return resource(ResourceType.EC2_INSTANCE, region).state(state)
        .putAttributes("instance_type", instanceType).putAttributes("platform", platform).build();
  }

  private static Resource ebs(String volumeType, int sizeGib, int iops, int throughputMibps) {
    return resource(ResourceType.EBS_VOLUME, "us-east-1").state("in-use").putAttributes("volume_type", volumeType)
        .putAttributes("size_gib", sizeGib).putAttributes("iops", iops)
        .putAttributes("throughput_mibps", throughputMibps).build();
  }

  private static Resource rds(String engine, String instanceClass, boolean multiAz, String storageType, int sizeGib,
      Integer iops, String state) {
    Resource.Builder db = resource(ResourceType.RDS_INSTANCE, "us-east-1").state(state)
        .putAttributes("engine", engine).putAttributes("instance_class", instanceClass)
        .putAttributes("multi_az", multiAz).putAttributes("storage_type", storageType)
        .putAttributes("allocated_storage_gib", sizeGib);
    if (iops != null) {
      db.putAttributes("iops", iops);
    }
    return db.build();
  }
}
