package io.github.awsinventory.testkit.estate;

import static io.github.awsinventory.testkit.estate.StandardEstate.DATA;
import static io.github.awsinventory.testkit.estate.StandardEstate.ENGINEERING;
import static io.github.awsinventory.testkit.estate.StandardEstate.EU_WEST_1;
import static io.github.awsinventory.testkit.estate.StandardEstate.MARKETING;
import static io.github.awsinventory.testkit.estate.StandardEstate.US_EAST_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Address;
import software.amazon.awssdk.services.ec2.model.HttpTokensState;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.NatGatewayState;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.Volume;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.User;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DBCluster;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.PublicAccessBlockConfiguration;
import software.amazon.awssdk.services.s3.model.S3Exception;

@AwsEmulatorTest
class StandardEstateIT {

  /** The original regional types, which the estate builds in every account and region. */
  private static final List<String> REGIONAL_TYPES = List.of(ResourceTypes.EC2_INSTANCE, ResourceTypes.EBS_VOLUME,
      ResourceTypes.EBS_SNAPSHOT, ResourceTypes.ELASTIC_IP, ResourceTypes.SECURITY_GROUP, ResourceTypes.NAT_GATEWAY,
      ResourceTypes.LOAD_BALANCER, ResourceTypes.S3_BUCKET, ResourceTypes.RDS_INSTANCE, ResourceTypes.RDS_CLUSTER,
      ResourceTypes.LAMBDA_FUNCTION, ResourceTypes.DYNAMODB_TABLE);

  private static AwsEmulator aws;
  private static EstateManifest manifest;
  private static final Map<String, SdkClient> CLIENTS = new HashMap<>();

  @BeforeAll
  static void buildStandardEstate(AwsEmulator emulator) {
    aws = emulator;
    manifest = StandardEstate.build(emulator);
  }

  @AfterAll
  static void closeClients() {
    CLIENTS.values().forEach(SdkClient::close);
  }

  @Test
  void build_placesEveryTypeInEveryAccountAndRegion() {
    for (String account : StandardEstate.ACCOUNT_IDS) {
      for (String region : StandardEstate.REGIONS) {
        for (String type : REGIONAL_TYPES) {
          assertThat(manifest.count(type, account, region)).as("%s in %s/%s", type, account, region).isPositive();
        }
      }
      assertThat(manifest.count(ResourceTypes.IAM_USER, account, BuiltResource.GLOBAL)).as("users of %s", account)
          .isPositive();
      assertThat(manifest.count(ResourceTypes.AWS_ACCOUNT, account, BuiltResource.GLOBAL)).isOne();
      assertThat(manifest.count(ResourceTypes.IAM_ROLE, account, BuiltResource.GLOBAL)).as("the Lambda role")
          .isPositive();
      for (String region : StandardEstate.REGIONS) {
        assertThat(manifest.ofType(ResourceTypes.VPC).in(account, region).withTrait(Traits.DEFAULT)).hasSize(1);
        assertThat(manifest.ofType(ResourceTypes.SUBNET).in(account, region).withTrait(Traits.DEFAULT)).isNotEmpty();
      }
    }

    List<String> otherTypes = List.of("appsync_apis", "athena_workgroup", "backup_backup_vault", "catalog_portfolio",
        "cloudformation_stack", "dms_endpoint", "ecs_task_definition", "elasticache_replicationgroup", "events_event_bus", "glue_database",
        "ssm_parameter", "swf_domain");
    List<String> all = new ArrayList<>(ResourceTypes.ALL);
    all.addAll(otherTypes);
    assertThat(manifest.types()).containsExactlyElementsOf(all);
    assertThat(manifest.withTrait(Traits.BROAD)).hasSize(10)
        .allSatisfy(r -> assertThat(r.tags()).containsEntry("Name", r.name()));
    assertThat(manifest.regions()).containsExactly(US_EAST_1, EU_WEST_1);
    assertThat(manifest.accounts()).extracting(EstateAccount::id, EstateAccount::name, EstateAccount::department)
        .containsExactly(
            tuple(ENGINEERING, "engineering", "engineering"),
            tuple(MARKETING, "marketing", "marketing"),
            tuple(DATA, "data", "data-platform"));
  }

  @Test
  void build_variesCountsBetweenAccounts() {
    Set<Integer> instancesInUsEast1 = new HashSet<>();
    Set<Integer> users = new HashSet<>();
    for (String account : StandardEstate.ACCOUNT_IDS) {
      instancesInUsEast1.add(manifest.count(ResourceTypes.EC2_INSTANCE, account, US_EAST_1));
      users.add(manifest.count(ResourceTypes.IAM_USER, account, BuiltResource.GLOBAL));
    }

    assertThat(instancesInUsEast1).hasSize(3);
    assertThat(users).hasSize(3);
    assertThat(manifest.count(ResourceTypes.EC2_INSTANCE, ENGINEERING, US_EAST_1)).isEqualTo(4);
    assertThat(manifest.count(ResourceTypes.EBS_VOLUME, ENGINEERING, US_EAST_1)).isEqualTo(4 + 3);
    assertThat(manifest.count(ResourceTypes.ELASTIC_IP, MARKETING, US_EAST_1)).isEqualTo(3);
    assertThat(manifest.count(ResourceTypes.SECURITY_GROUP, DATA, US_EAST_1)).isEqualTo(3);
    assertThat(manifest.count(ResourceTypes.IAM_USER, DATA, BuiltResource.GLOBAL)).isEqualTo(4);
  }

  @Test
  void everyRecordedResource_existsInItsAccountAndRegion_andNothingElseDoes() {
    Map<String, BiFunction<String, String, Set<String>>> listers = Map.ofEntries(
        Map.entry(ResourceTypes.EC2_INSTANCE, (a, r) -> instances(a, r).stream().map(Instance::instanceId)
            .collect(Collectors.toSet())),
        Map.entry(ResourceTypes.EBS_VOLUME, (a, r) -> ec2(a, r).describeVolumes().volumes().stream()
            .map(Volume::volumeId).collect(Collectors.toSet())),
        Map.entry(ResourceTypes.EBS_SNAPSHOT, (a, r) -> snapshots(a, r).stream().map(Snapshot::snapshotId)
            .collect(Collectors.toSet())),
        Map.entry(ResourceTypes.ELASTIC_IP, (a, r) -> ec2(a, r).describeAddresses().addresses().stream()
            .map(Address::allocationId).collect(Collectors.toSet())),
        Map.entry(ResourceTypes.SECURITY_GROUP, (a, r) -> ec2(a, r).describeSecurityGroups().securityGroups()
            .stream().map(SecurityGroup::groupId).collect(Collectors.toSet())),
        Map.entry(ResourceTypes.NAT_GATEWAY, (a, r) -> ec2(a, r).describeNatGateways().natGateways().stream()
            .filter(n -> n.state() != NatGatewayState.DELETED).map(n -> n.natGatewayId())
            .collect(Collectors.toSet())),
        Map.entry(ResourceTypes.LOAD_BALANCER, (a, r) -> elb(a, r).describeLoadBalancers().loadBalancers().stream()
            .map(LoadBalancer::loadBalancerArn).collect(Collectors.toSet())),
        Map.entry(ResourceTypes.RDS_INSTANCE, (a, r) -> rds(a, r).describeDBInstances().dbInstances().stream()
            .map(DBInstance::dbInstanceIdentifier).collect(Collectors.toSet())),
        Map.entry(ResourceTypes.RDS_CLUSTER, (a, r) -> rds(a, r).describeDBClusters().dbClusters().stream()
            .map(DBCluster::dbClusterIdentifier).collect(Collectors.toSet())),
        Map.entry(ResourceTypes.LAMBDA_FUNCTION, (a, r) -> lambda(a, r).listFunctions().functions().stream()
            .map(FunctionConfiguration::functionName).collect(Collectors.toSet())),
        Map.entry(ResourceTypes.DYNAMODB_TABLE, (a, r) -> new HashSet<>(dynamo(a, r).listTables().tableNames())),
        Map.entry(ResourceTypes.S3_BUCKET, (a, r) -> s3(a, US_EAST_1).listBuckets().buckets().stream()
            .map(Bucket::name).filter(b -> r.equals(bucketRegion(a, b))).collect(Collectors.toSet())));

    for (String account : StandardEstate.ACCOUNT_IDS) {
      for (String region : StandardEstate.REGIONS) {
        for (String type : REGIONAL_TYPES) {
          assertThat(listers.get(type).apply(account, region)).as("%s in %s/%s", type, account, region)
              .containsExactlyInAnyOrderElementsOf(manifest.ofType(type).in(account, region).ids());
        }
      }
      assertThat(iam(account).listUsers().users()).extracting(User::userName).as("users of %s", account)
          .containsExactlyInAnyOrderElementsOf(manifest.ofType(ResourceTypes.IAM_USER)
              .in(account, BuiltResource.GLOBAL).ids());
    }
  }

  @Test
  void recordedArns_followTheAwsFormats() {
    BuiltResource instance = manifest.ofType(ResourceTypes.EC2_INSTANCE).in(DATA, EU_WEST_1).only();
    BuiltResource snapshot = manifest.ofType(ResourceTypes.EBS_SNAPSHOT).in(DATA, EU_WEST_1).only();
    BuiltResource address = manifest.ofType(ResourceTypes.ELASTIC_IP).in(DATA, EU_WEST_1)
        .withTrait(Traits.UNASSOCIATED).only();
    BuiltResource bucket = manifest.ofType(ResourceTypes.S3_BUCKET).in(DATA, EU_WEST_1).only();
    BuiltResource user = manifest.ofType(ResourceTypes.IAM_USER).filter(u -> u.name().equals("frank")).only();

    assertThat(instance.arn()).isEqualTo("arn:aws:ec2:eu-west-1:" + DATA + ":instance/" + instance.id());
    assertThat(snapshot.arn()).isEqualTo("arn:aws:ec2:eu-west-1::snapshot/" + snapshot.id());
    assertThat(address.arn()).isEqualTo("arn:aws:ec2:eu-west-1:" + DATA + ":elastic-ip/" + address.id());
    assertThat(bucket.arn()).isEqualTo("arn:aws:s3:::data-eu-lake-" + DATA);
    assertThat(user.arn()).isEqualTo("arn:aws:iam::" + DATA + ":user/frank");
    assertThat(manifest.ofType(ResourceTypes.LOAD_BALANCER).arns())
        .allMatch(arn -> arn.startsWith("arn:aws:elasticloadbalancing:"));
    assertThat(manifest.ofType(ResourceTypes.RDS_INSTANCE).arns()).allMatch(arn -> arn.startsWith("arn:aws:rds:"));
    assertThat(manifest.ofType(ResourceTypes.LAMBDA_FUNCTION).arns())
        .allMatch(arn -> arn.startsWith("arn:aws:lambda:"));
    assertThat(manifest.ofType(ResourceTypes.DYNAMODB_TABLE).arns())
        .allMatch(arn -> arn.startsWith("arn:aws:dynamodb:"));
  }

  @Test
  void findingsAndCleanupCandidates_arePlantedBothWays() {
    List<List<String>> pairs = List.of(
        List.of(ResourceTypes.EBS_VOLUME, Traits.UNENCRYPTED, Traits.ENCRYPTED),
        List.of(ResourceTypes.EBS_SNAPSHOT, Traits.UNENCRYPTED, Traits.ENCRYPTED),
        List.of(ResourceTypes.RDS_INSTANCE, Traits.UNENCRYPTED, Traits.ENCRYPTED),
        List.of(ResourceTypes.RDS_CLUSTER, Traits.UNENCRYPTED, Traits.ENCRYPTED),
        List.of(ResourceTypes.RDS_INSTANCE, Traits.PUBLIC, Traits.PRIVATE),
        List.of(ResourceTypes.S3_BUCKET, Traits.NO_PUBLIC_ACCESS_BLOCK, Traits.PUBLIC_ACCESS_BLOCK),
        List.of(ResourceTypes.S3_BUCKET, Traits.NO_DEFAULT_ENCRYPTION, Traits.DEFAULT_ENCRYPTION),
        List.of(ResourceTypes.SECURITY_GROUP, Traits.OPEN_SSH, Traits.RESTRICTED),
        List.of(ResourceTypes.SECURITY_GROUP, Traits.OPEN_RDP, Traits.RESTRICTED),
        List.of(ResourceTypes.SECURITY_GROUP, Traits.OPEN_DB, Traits.RESTRICTED),
        List.of(ResourceTypes.SECURITY_GROUP, Traits.OPEN_ALL, Traits.RESTRICTED),
        List.of(ResourceTypes.SECURITY_GROUP, Traits.OPEN_SSH_IPV6, Traits.RESTRICTED),
        List.of(ResourceTypes.IAM_USER, Traits.CONSOLE_WITHOUT_MFA, Traits.MFA),
        List.of(ResourceTypes.EC2_INSTANCE, Traits.IMDSV1, Traits.IMDSV2),
        List.of(ResourceTypes.LAMBDA_FUNCTION, Traits.DEPRECATED_RUNTIME, Traits.CURRENT_RUNTIME),
        List.of(ResourceTypes.EBS_VOLUME, Traits.UNATTACHED, Traits.ATTACHED),
        List.of(ResourceTypes.ELASTIC_IP, Traits.UNASSOCIATED, Traits.ASSOCIATED),
        List.of(ResourceTypes.EC2_INSTANCE, Traits.STOPPED, Traits.RUNNING),
        List.of(ResourceTypes.DYNAMODB_TABLE, Traits.PROVISIONED, Traits.ON_DEMAND));

    for (List<String> pair : pairs) {
      BuiltResources ofType = manifest.ofType(pair.get(0));
      assertThat(ofType.withTrait(pair.get(1)).size()).as("%s with %s", pair.get(0), pair.get(1)).isPositive();
      assertThat(ofType.withTrait(pair.get(2)).size()).as("%s with %s", pair.get(0), pair.get(2)).isPositive();
      assertThat(ofType.withTrait(pair.get(1)).withTrait(pair.get(2)).size())
          .as("%s with both %s and %s", pair.get(0), pair.get(1), pair.get(2)).isZero();
    }
    assertThat(manifest.ofType(ResourceTypes.IAM_USER).withTrait(Traits.ACCESS_KEY).size()).isPositive();
    assertThat(manifest.ofType(ResourceTypes.IAM_USER).withoutTrait(Traits.ACCESS_KEY).size()).isPositive();
    assertThat(manifest.ofType(ResourceTypes.EBS_VOLUME).withTrait(Traits.GP2).size()).isPositive();
    assertThat(manifest.ofType(ResourceTypes.EC2_INSTANCE).withTrait(Traits.PREVIOUS_GENERATION).names())
        .containsExactly("legacy-1");
    assertThat(manifest.ofType(ResourceTypes.EC2_INSTANCE).withTrait(Traits.UNKNOWN_PRICE).names())
        .containsExactly("experiment");
    assertThat(manifest.ofType(ResourceTypes.EBS_SNAPSHOT).withTrait(Traits.SNAPSHOT).size())
        .isEqualTo(manifest.ofType(ResourceTypes.EBS_SNAPSHOT).size());
    assertThat(manifest.ofType(ResourceTypes.EC2_INSTANCE).stream().map(r -> r.attributes().get("instance_type")))
        .contains("t3.micro", "m5.large", "m4.large", "x9.mega");
  }

  @Test
  void instanceTraits_matchTheEmulator() {
    for (String account : StandardEstate.ACCOUNT_IDS) {
      for (String region : StandardEstate.REGIONS) {
        for (Instance instance : instances(account, region)) {
          BuiltResource built = byId(ResourceTypes.EC2_INSTANCE, instance.instanceId());

          assertThat(built.hasTrait(Traits.IMDSV1)).as("imdsv1 of %s", built)
              .isEqualTo(instance.metadataOptions().httpTokens() == HttpTokensState.OPTIONAL);
          assertThat(built.hasTrait(Traits.STOPPED)).as("stopped %s", built)
              .isEqualTo(instance.state().name() == InstanceStateName.STOPPED);
          assertThat(built.attributes().get("instance_type")).isEqualTo(instance.instanceTypeAsString());
          assertThat(ec2Tags(instance.tags())).as("tags of %s", built).isEqualTo(built.tags());
        }
      }
    }
    assertThat(manifest.withTrait(Traits.STOPPED).stream().map(r -> stateReason(r)))
        .allMatch(reason -> reason.startsWith("User initiated ("));
  }

  @Test
  void volumeSnapshotAndAddressTraits_matchTheEmulator() {
    for (String account : StandardEstate.ACCOUNT_IDS) {
      for (String region : StandardEstate.REGIONS) {
        for (Volume volume : ec2(account, region).describeVolumes().volumes()) {
          BuiltResource built = byId(ResourceTypes.EBS_VOLUME, volume.volumeId());

          assertThat(built.hasTrait(Traits.UNENCRYPTED)).as("unencrypted %s", built).isEqualTo(!volume.encrypted());
          assertThat(built.hasTrait(Traits.UNATTACHED)).as("unattached %s", built)
              .isEqualTo(volume.attachments().isEmpty());
          assertThat(built.hasTrait(Traits.GP2)).as("gp2 %s", built)
              .isEqualTo("gp2".equals(volume.volumeTypeAsString()));
        }
        for (Snapshot snapshot : snapshots(account, region)) {
          assertThat(byId(ResourceTypes.EBS_SNAPSHOT, snapshot.snapshotId()).hasTrait(Traits.ENCRYPTED))
              .isEqualTo(snapshot.encrypted());
        }
        for (Address address : ec2(account, region).describeAddresses().addresses()) {
          assertThat(byId(ResourceTypes.ELASTIC_IP, address.allocationId()).hasTrait(Traits.ASSOCIATED))
              .isEqualTo(address.associationId() != null && !address.associationId().isEmpty());
        }
      }
    }
  }

  @Test
  void securityGroupTraits_matchTheRulesInTheEmulator() {
    for (BuiltResource group : manifest.ofType(ResourceTypes.SECURITY_GROUP)) {
      List<IpPermission> rules = ec2(group.accountId(), group.region())
          .describeSecurityGroups(r -> r.groupIds(group.id())).securityGroups().get(0).ipPermissions();

      assertThat(group.hasTrait(Traits.OPEN_SSH)).as("open_ssh %s", group)
          .isEqualTo(opens(rules, "0.0.0.0/0", 22));
      assertThat(group.hasTrait(Traits.OPEN_SSH_IPV6)).as("open_ssh_ipv6 %s", group)
          .isEqualTo(opens(rules, "::/0", 22));
      assertThat(group.hasTrait(Traits.OPEN_RDP)).as("open_rdp %s", group)
          .isEqualTo(opens(rules, "0.0.0.0/0", 3389));
      assertThat(group.hasTrait(Traits.OPEN_DB)).as("open_db %s", group)
          .isEqualTo(opens(rules, "0.0.0.0/0", 3306) || opens(rules, "0.0.0.0/0", 5432));
      assertThat(group.hasTrait(Traits.OPEN_ALL)).as("open_all %s", group)
          .isEqualTo(rules.stream().anyMatch(p -> "-1".equals(p.ipProtocol())));
    }
    // the default VPC's group in each of 6 sites, the eng-core VPC's, and the classic load balancer's
    assertThat(manifest.ofType(ResourceTypes.SECURITY_GROUP).withTrait(Traits.DEFAULT).size()).isEqualTo(8);
  }

  @Test
  void bucketTraits_matchTheEmulator() {
    for (BuiltResource bucket : manifest.ofType(ResourceTypes.S3_BUCKET)) {
      S3Client s3 = s3(bucket.accountId(), bucket.region());

      assertThat(bucketRegion(bucket.accountId(), bucket.id())).isEqualTo(bucket.region());
      assertThat(publicAccessBlock(s3, bucket.id())).as("public access block of %s", bucket)
          .isEqualTo(bucket.hasTrait(Traits.PUBLIC_ACCESS_BLOCK)
              ? PublicAccessBlockConfiguration.builder().blockPublicAcls(true).ignorePublicAcls(true)
                  .blockPublicPolicy(true).restrictPublicBuckets(true).build()
              : null);
      assertThat(hasDefaultEncryption(s3, bucket.id())).as("default encryption of %s", bucket)
          .isEqualTo(bucket.hasTrait(Traits.DEFAULT_ENCRYPTION));
    }
  }

  @Test
  void databaseFunctionAndTableTraits_matchTheEmulator() {
    for (BuiltResource db : manifest.ofType(ResourceTypes.RDS_INSTANCE)) {
      DBInstance instance = rds(db.accountId(), db.region())
          .describeDBInstances(r -> r.dbInstanceIdentifier(db.id())).dbInstances().get(0);

      assertThat(db.hasTrait(Traits.PUBLIC)).as("public %s", db).isEqualTo(instance.publiclyAccessible());
      assertThat(db.hasTrait(Traits.ENCRYPTED)).as("encrypted %s", db).isEqualTo(instance.storageEncrypted());
      assertThat(db.arn()).isEqualTo(instance.dbInstanceArn());
    }
    for (BuiltResource cluster : manifest.ofType(ResourceTypes.RDS_CLUSTER)) {
      DBCluster described = rds(cluster.accountId(), cluster.region())
          .describeDBClusters(r -> r.dbClusterIdentifier(cluster.id())).dbClusters().get(0);

      assertThat(cluster.hasTrait(Traits.ENCRYPTED)).as("encrypted %s", cluster)
          .isEqualTo(described.storageEncrypted());
    }
    for (BuiltResource function : manifest.ofType(ResourceTypes.LAMBDA_FUNCTION)) {
      String runtime = lambda(function.accountId(), function.region())
          .getFunction(r -> r.functionName(function.id())).configuration().runtimeAsString();

      assertThat(function.hasTrait(Traits.DEPRECATED_RUNTIME)).as("deprecated %s", function)
          .isEqualTo("python3.8".equals(runtime));
    }
    for (BuiltResource table : manifest.ofType(ResourceTypes.DYNAMODB_TABLE)) {
      TableDescription described = dynamo(table.accountId(), table.region())
          .describeTable(r -> r.tableName(table.id())).table();
      boolean onDemand = described.billingModeSummary() != null
          && described.billingModeSummary().billingMode() == BillingMode.PAY_PER_REQUEST;

      assertThat(table.hasTrait(Traits.ON_DEMAND)).as("on-demand %s", table).isEqualTo(onDemand);
      assertThat(table.arn()).isEqualTo(described.tableArn());
    }
  }

  @Test
  void userTraits_matchTheEmulator() {
    for (BuiltResource user : manifest.ofType(ResourceTypes.IAM_USER)) {
      IamClient iam = iam(user.accountId());
      boolean mfa = !iam.listMFADevices(r -> r.userName(user.id())).mfaDevices().isEmpty();
      boolean keys = !iam.listAccessKeys(r -> r.userName(user.id())).accessKeyMetadata().isEmpty();

      assertThat(user.hasTrait(Traits.CONSOLE_ACCESS)).as("console %s", user)
          .isEqualTo(hasLoginProfile(iam, user.id()));
      assertThat(user.hasTrait(Traits.MFA)).as("mfa %s", user).isEqualTo(mfa);
      assertThat(user.hasTrait(Traits.ACCESS_KEY)).as("access key %s", user).isEqualTo(keys);
      assertThat(user.hasTrait(Traits.CONSOLE_WITHOUT_MFA)).isEqualTo(user.hasTrait(Traits.CONSOLE_ACCESS) && !mfa);
    }
  }

  @Test
  void departments_comeFromAnyDepartmentTagKey_elseFromTheAccount() {
    BuiltResource lowerCase = manifest.ofType(ResourceTypes.EC2_INSTANCE).filter(r -> r.name().equals("web-2"))
        .only();
    BuiltResource costCenter = manifest.ofType(ResourceTypes.EC2_INSTANCE).filter(r -> r.name().equals("etl-2"))
        .only();
    BuiltResource untagged = manifest.ofType(ResourceTypes.EC2_INSTANCE).in(ENGINEERING, US_EAST_1)
        .withTrait(Traits.STOPPED).only();
    BuiltResource otherDepartment = manifest.ofType(ResourceTypes.S3_BUCKET)
        .filter(r -> r.name().equals("mkt-assets-" + MARKETING)).only();

    assertThat(manifest.departmentOf(lowerCase)).isEqualTo("engineering");
    assertThat(manifest.departmentOf(costCenter)).isEqualTo("analytics");
    assertThat(untagged.tags()).isEmpty();
    assertThat(manifest.departmentOf(untagged)).isEqualTo("engineering");
    assertThat(manifest.departmentOf(otherDepartment)).isEqualTo("engineering");
    assertThat(manifest.resources().filter(r -> r.tags().containsKey("Department")).size()).isPositive();
    assertThat(manifest.resources().filter(r -> r.tags().containsKey("department")).size()).isPositive();
    assertThat(manifest.resources().filter(r -> r.tags().containsKey("CostCenter")).size()).isPositive();
    assertThat(manifest.resources().filter(r -> r.taggedDepartment().isEmpty()).size()).isPositive();
  }

  @Test
  void writtenAccountsConfig_namesTheThreeAccountsTheirRegionsAndAllTypes(@TempDir Path dir) throws Exception {
    Path written = manifest.writeAccountsConfig(dir.resolve("config/accounts.json"));

    JsonNode config = new ObjectMapper().readTree(written.toFile());
    JsonNode accounts = config.get("accounts");
    assertThat(iterable(accounts.fieldNames())).containsExactly("engineering", "marketing", "data");
    assertThat(accounts.get("engineering").get("account_id").asText()).isEqualTo(ENGINEERING);
    assertThat(accounts.get("marketing").get("account_id").asText()).isEqualTo(MARKETING);
    assertThat(accounts.get("data").get("account_id").asText()).isEqualTo(DATA);
    assertThat(accounts.get("data").get("department").asText()).isEqualTo("data-platform");
    for (JsonNode account : accounts) {
      assertThat(account.get("role_name").asText()).isEqualTo("InventoryRole");
      assertThat(texts(account.get("regions"))).containsExactly(US_EAST_1, EU_WEST_1);
    }
    List<String> collected = new ArrayList<>(ResourceTypes.ALL);
    collected.addAll(List.of(ResourceTypes.TAGGING_API, ResourceTypes.TAGGING_API_GLOBAL));
    assertThat(texts(config.get("resource_types"))).containsExactlyElementsOf(collected);
    assertThat(texts(config.get("regions"))).containsExactly(US_EAST_1, EU_WEST_1);
  }

  @Test
  void filters_narrowAndOnlyInsistsOnOneResource() {
    BuiltResources volumes = manifest.ofType(ResourceTypes.EBS_VOLUME).in(ENGINEERING, US_EAST_1);

    BuiltResource untagged = volumes.withoutTrait(Traits.ROOT).filter(r -> r.tags().isEmpty()).only();

    assertThat(volumes.withTrait(Traits.ROOT).size()).isEqualTo(4);
    assertThat(volumes.withoutTrait(Traits.ROOT).names()).containsExactly("scratch", "web-1-data", untagged.id());
    assertThatThrownBy(volumes::only).isInstanceOf(IllegalStateException.class).hasMessageContaining("holds 7");
  }

  // ------------------------------------------------------------------------------------------------- helpers

  private static BuiltResource byId(String type, String id) {
    return manifest.ofType(type).filter(r -> r.id().equals(id)).only();
  }

  private static List<Instance> instances(String account, String region) {
    return ec2(account, region).describeInstances().reservations().stream()
        .flatMap(r -> r.instances().stream())
        .filter(i -> i.state().name() != InstanceStateName.TERMINATED)
        .collect(Collectors.toList());
  }

  private static List<Snapshot> snapshots(String account, String region) {
    return ec2(account, region).describeSnapshots(r -> r.ownerIds("self")).snapshots();
  }

  private static String stateReason(BuiltResource instance) {
    return ec2(instance.accountId(), instance.region()).describeInstances(r -> r.instanceIds(instance.id()))
        .reservations().get(0).instances().get(0).stateTransitionReason();
  }

  private static Map<String, String> ec2Tags(List<Tag> tags) {
    return tags.stream().collect(Collectors.toMap(Tag::key, Tag::value));
  }

  private static boolean opens(List<IpPermission> rules, String cidr, int port) {
    return rules.stream().filter(p -> "tcp".equals(p.ipProtocol()))
        .filter(p -> p.fromPort() <= port && port <= p.toPort())
        .anyMatch(p -> p.ipRanges().stream().anyMatch(r -> cidr.equals(r.cidrIp()))
            || p.ipv6Ranges().stream().anyMatch(r -> cidr.equals(r.cidrIpv6())));
  }

  private static String bucketRegion(String account, String bucket) {
    String constraint = s3(account, US_EAST_1).getBucketLocation(r -> r.bucket(bucket)).locationConstraintAsString();
    return constraint == null || constraint.isEmpty() ? US_EAST_1 : constraint;
  }

  private static PublicAccessBlockConfiguration publicAccessBlock(S3Client s3, String bucket) {
    try {
      return s3.getPublicAccessBlock(r -> r.bucket(bucket)).publicAccessBlockConfiguration();
    } catch (S3Exception e) {
      assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchPublicAccessBlockConfiguration");
      return null;
    }
  }

  private static boolean hasDefaultEncryption(S3Client s3, String bucket) {
    try {
      return !s3.getBucketEncryption(r -> r.bucket(bucket)).serverSideEncryptionConfiguration().rules().isEmpty();
    } catch (S3Exception e) {
      assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ServerSideEncryptionConfigurationNotFoundError");
      return false;
    }
  }

  private static boolean hasLoginProfile(IamClient iam, String user) {
    try {
      iam.getLoginProfile(r -> r.userName(user));
      return true;
    } catch (NoSuchEntityException e) {
      return false;
    }
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).collect(Collectors.toList());
  }

  private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
    return () -> iterator;
  }

  private static Ec2Client ec2(String account, String region) {
    return client(Ec2Client.class, Ec2Client::builder, account, region);
  }

  private static S3Client s3(String account, String region) {
    return client(S3Client.class, S3Client::builder, account, region);
  }

  private static RdsClient rds(String account, String region) {
    return client(RdsClient.class, RdsClient::builder, account, region);
  }

  private static LambdaClient lambda(String account, String region) {
    return client(LambdaClient.class, LambdaClient::builder, account, region);
  }

  private static DynamoDbClient dynamo(String account, String region) {
    return client(DynamoDbClient.class, DynamoDbClient::builder, account, region);
  }

  private static ElasticLoadBalancingV2Client elb(String account, String region) {
    return client(ElasticLoadBalancingV2Client.class, ElasticLoadBalancingV2Client::builder, account, region);
  }

  private static IamClient iam(String account) {
    return client(IamClient.class, IamClient::builder, account, US_EAST_1);
  }

  /** A client acting in an account and region, built once per class run. */
  private static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends SdkClient> C client(
      Class<C> type, Supplier<B> builder, String account, String region) {
    return type.cast(CLIENTS.computeIfAbsent(type.getName() + "|" + account + "|" + region, key ->
        aws.configure(builder.get()).credentialsProvider(aws.credentialsFor(account)).region(Region.of(region))
            .build()));
  }
}
