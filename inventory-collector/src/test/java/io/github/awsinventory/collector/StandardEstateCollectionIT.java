package io.github.awsinventory.collector;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.model.ScopeStatus;
import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.model.table.InventoryTable;
import io.github.awsinventory.model.table.ResourceCodec;
import io.github.awsinventory.model.table.TableLayout;
import io.github.awsinventory.model.types.BroadTier;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.estate.BuiltResource;
import io.github.awsinventory.testkit.estate.BuiltResources;
import io.github.awsinventory.testkit.estate.EstateManifest;
import io.github.awsinventory.testkit.estate.ResourceTypes;
import io.github.awsinventory.testkit.estate.StandardEstate;
import io.github.awsinventory.testkit.estate.Traits;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The whole collector against the standard estate: three accounts reached by AssumeRole, two regions,
 * every resource type, collected into a real table and read back through the indexes.
 */
@AwsEmulatorTest
class StandardEstateCollectionIT {

  private static final String TABLE = "estate-inventory";

  private static EstateManifest estate;
  private static CollectionReport report;
  private static Map<String, Resource> collected;

  @BeforeAll
  static void collectTheEstate(AwsEmulator aws) throws Exception {
    estate = StandardEstate.build(aws);
    Path file = estate.writeAccountsConfig(Files.createTempDirectory("estate").resolve("accounts.json"));
    InventoryConfig config = InventoryConfig.load(file);
    DynamoDbClient dynamoDb = aws.client(DynamoDbClient.builder());
    InventoryTable.create(dynamoDb, TABLE);
    try (InventoryCollector collector = Emulated.collector(aws, config, null).dynamoDbClient(dynamoDb).tableName(TABLE)
        .build()) {
      report = collector.run();
    }
    collected = estate.types().stream()
        .flatMap(type -> dynamoDb.queryPaginator(QueryRequest.builder().tableName(TABLE)
            .indexName(TableLayout.RESOURCE_TYPE_INDEX).keyConditionExpression("resource_type = :t")
            .expressionAttributeValues(Map.of(":t", AttributeValue.fromS(type))).build()).items().stream())
        .map(ResourceCodec::fromItem)
        .collect(Collectors.toMap(Resource::resourceId, Function.identity()));
  }

  @Test
  void everyScopeCompletes_withOneAssumeRolePerAccount() {
    assertThat(report.status()).as(report.failedScopes() + " " + report.detailErrors()).isEqualTo(RunStatus.OK);
    assertThat(report.accounts()).isEqualTo(3);
    // per account: 36 regional types and the broad tier in 2 regions; 7 types collected once per account (S3 buckets,
    // IAM users, roles and policies, the account item, Route 53 zones, CloudFront distributions) and the broad
    // tier's global scope
    assertThat(report.scopes()).containsOnly(Map.entry(ScopeStatus.OK, 3 * (2 * (36 + 1) + 7 + 1)));
    assertThat(report.assumeRoleCalls()).isEqualTo(3);
    assertThat(report.detailErrorCount()).as("%s", report.detailErrors()).isZero();
    assertThat(report.newResources()).as("resources by type %s", report.resourcesByType())
        .isEqualTo(estate.resources().size());
  }

  @Test
  void exactlyTheEstatesResources_perTypeAccountAndRegion() {
    for (String type : estate.types()) {
      for (BuiltResource built : estate.ofType(type)) {
        assertThat(collected).as("%s %s", type, built).containsKey(built.arn());
        Resource resource = collected.get(built.arn());
        assertThat(resource.accountId()).isEqualTo(built.accountId());
        assertThat(resource.region()).as(built.arn()).isEqualTo(built.region());
      }
    }
    assertThat(collected).hasSize(estate.resources().size());
    assertThat(report.resourcesByType()).containsAllEntriesOf(estate.types().stream()
        .collect(Collectors.toMap(t -> t, t -> (long) estate.ofType(t).size())));
  }

  @Test
  void broadResources_areFoundByTheTaggingApi_typedByTheirArn_withTagsAndUnknownCost() {
    BuiltResources broad = estate.withTrait(Traits.BROAD);
    assertThat(broad).hasSize(10);
    assertThat(broad.stream().map(BuiltResource::type).distinct()).hasSize(10);
    for (BuiltResource built : broad) {
      Resource resource = collected.get(built.arn());
      assertThat(resource.resourceType().name()).as(built.arn()).isEqualTo(built.type());
      assertThat(resource.name()).isEqualTo(built.name());
      assertThat(resource.tags()).containsAllEntriesOf(built.tags());
      assertThat(resource.attributes()).as(built.arn()).containsEntry("source", "tagging-api");
      assertThat(resource.estimatedMonthlyCost()).as(built.arn()).isEmpty();
    }
    for (BuiltResource built : estate.resources().filter(r -> !ResourceTypes.ALL.contains(r.type()))) {
      assertThat(collected.get(built.arn()).name()).as("the name the broad tier gives %s", built.arn())
          .isEqualTo(built.name());
    }
    for (BuiltResource built : estate.resources()) {
      if (ResourceTypes.ALL.contains(built.type())) {
        assertThat(BroadTier.isBroad(collected.get(built.arn()))).as("a deep resource found by the broad tier: %s",
            built).isFalse();
      }
    }
  }

  @Test
  void departments_comeFromTagsWithoutRegardToCase_elseFromTheAccount() {
    for (BuiltResource built : estate.resources()) {
      assertThat(collected.get(built.arn()).department()).as(built.toString()).isEqualTo(estate.departmentOf(built));
    }
  }

  @Test
  void attributes_reflectThePlantedProperties() {
    for (BuiltResource volume : estate.ofType("ebs_volume")) {
      assertThat(collected.get(volume.arn()).booleanAttribute("encrypted")).as(volume.toString())
          .contains(!volume.hasTrait(Traits.UNENCRYPTED));
      assertThat(collected.get(volume.arn()).booleanAttribute("attached")).as(volume.toString())
          .contains(!volume.hasTrait(Traits.UNATTACHED));
    }
    for (BuiltResource instance : estate.ofType("ec2_instance")) {
      Resource r = collected.get(instance.arn());
      assertThat(r.stringAttribute("imds_http_tokens")).as(instance.toString())
          .contains(instance.hasTrait(Traits.IMDSV1) ? "optional" : "required");
      assertThat(r.state()).contains(instance.hasTrait(Traits.STOPPED) ? "stopped" : "running");
      if (instance.hasTrait(Traits.STOPPED)) {
        assertThat(r.attribute("stopped_at")).as("stop time parsed from the transition reason").isPresent();
      }
    }
    for (BuiltResource bucket : estate.ofType("s3_bucket")) {
      Resource r = collected.get(bucket.arn());
      assertThat(r.stringAttribute("default_encryption").map(e -> !e.equals("none"))).as(bucket.toString())
          .contains(!bucket.hasTrait(Traits.NO_DEFAULT_ENCRYPTION));
      assertThat(r.booleanAttribute("public_access_block_configured")).as(bucket.toString())
          .contains(!bucket.hasTrait(Traits.NO_PUBLIC_ACCESS_BLOCK));
    }
    for (BuiltResource user : estate.ofType("iam_user")) {
      Resource r = collected.get(user.arn());
      assertThat(r.region()).isEqualTo("global");
      if (user.hasTrait(Traits.CONSOLE_WITHOUT_MFA)) {
        assertThat(r.booleanAttribute("console_access")).contains(true);
        assertThat(r.booleanAttribute("mfa_active")).contains(false);
      }
    }
  }

  @Test
  void costs_areListPricesForKnownTypes_andUnknownForAnUnknownInstanceType() {
    BuiltResource unpriced = estate.withTrait(Traits.UNKNOWN_PRICE).only();
    Resource unknown = collected.get(unpriced.arn());
    assertThat(unknown.estimatedMonthlyCost()).isEmpty();
    assertThat(unknown.costBasis()).hasValueSatisfying(b -> assertThat(b).startsWith("unknown").contains("x9.mega"));

    for (BuiltResource built : estate.ofType("ec2_instance")) {
      Resource r = collected.get(built.arn());
      if (built.hasTrait(Traits.STOPPED)) {
        assertThat(r.estimatedMonthlyCost()).contains(BigDecimal.ZERO.setScale(2));
      } else if ("t3.micro".equals(r.stringAttribute("instance_type").orElse("")) && r.region().equals("us-east-1")) {
        assertThat(r.estimatedMonthlyCost()).contains(new BigDecimal("7.59"));
        assertThat(r.costBasis()).hasValueSatisfying(b -> assertThat(b).startsWith("list-price 2026-11 us-east-1 x1.00"));
      }
    }
    List<Resource> eips = estate.ofType("elastic_ip").stream().map(b -> collected.get(b.arn())).collect(Collectors.toList());
    assertThat(eips).allSatisfy(r -> assertThat(r.estimatedMonthlyCost()).isPresent());
    assertThat(estate.ofType("iam_user").stream().map(b -> collected.get(b.arn())))
        .allSatisfy(r -> assertThat(r.estimatedMonthlyCost()).contains(BigDecimal.ZERO.setScale(2)));
    assertThat(estate.ofType("s3_bucket").stream().map(b -> collected.get(b.arn())))
        .allSatisfy(r -> assertThat(r.estimatedMonthlyCost()).isEmpty());
  }
}
