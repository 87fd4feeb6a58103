package io.github.awsinventory.collector;

import static io.github.awsinventory.collector.Emulated.A;
import static io.github.awsinventory.collector.Emulated.B;
import static io.github.awsinventory.collector.Emulated.C;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.model.table.InventoryTable;
import io.github.awsinventory.model.table.ResourceCodec;
import io.github.awsinventory.model.table.ScopeCoverage;
import io.github.awsinventory.model.table.TableLayout;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Writes proportional to change, and the round trips of a run, counted on the DynamoDB client against a real table:
 * an unchanged run writes no resource item; a change writes exactly its current item and one history version; the
 * last sighting of an unchanged resource comes from its scope's coverage record. These counts are the regression
 * guard of the performance page: counts, not times.
 */
@AwsEmulatorTest
class SteadyStateIT {

  private static final List<String> REGIONS = List.of("us-east-1", "eu-west-1");
  private static final List<String> ACCOUNTS = List.of(A, B, C);
  private static AwsEmulator aws;

  @BeforeAll
  static void setUp(AwsEmulator emulator) {
    aws = emulator;
    for (String account : ACCOUNTS) {
      for (String region : REGIONS) {
        Ec2Client ec2 = ec2(account, region);
        ec2.runInstances(r -> r.imageId("ami-12345678").instanceType("t3.micro").minCount(2).maxCount(2));
        ec2.createVolume(v -> v.availabilityZone(region + "a").size(8).volumeType("gp3"));
        S3Client s3 = aws.configure(S3Client.builder()).credentialsProvider(aws.credentialsFor(account))
            .region(Region.of(region)).build();
        String bucket = "steady-" + account + "-" + region;
        if ("us-east-1".equals(region)) {
          s3.createBucket(b -> b.bucket(bucket));
        } else {
          s3.createBucket(b -> b.bucket(bucket).createBucketConfiguration(c -> c.locationConstraint(region)));
        }
      }
      IamClient iam = aws.configure(IamClient.builder()).credentialsProvider(aws.credentialsFor(account))
          .region(Region.AWS_GLOBAL).build();
      iam.createUser(u -> u.userName("steady-user"));
    }
  }

  @Test
  void unchangedRun_writesNoResourceItem_andAChangeWritesOnlyItsItems() {
    String table = "steady-state";
    TableRequests requests = new TableRequests();
    DynamoDbClient dynamoDb = aws.configure(DynamoDbClient.builder())
        .overrideConfiguration(c -> c.addExecutionInterceptor(requests)).build();
    InventoryTable.create(dynamoDb, table);
    InventoryConfig config = Emulated.config(REGIONS, ResourceType.EC2_INSTANCE, ResourceType.EBS_VOLUME,
        ResourceType.S3_BUCKET, ResourceType.IAM_USER);
    // per account: 2 regions × 2 regional types + 2 global types
    int scopes = ACCOUNTS.size() * (REGIONS.size() * 2 + 2);
    // per account: one record per region where a scope completed, and one for the global scopes
    int coverageRecords = ACCOUNTS.size() * (REGIONS.size() + 1);

    requests.reset();
    CollectionReport first = run(config, table, dynamoDb);
    long resources = first.resourcesByType().values().stream().mapToLong(Long::longValue).sum();
    assertThat(first.status()).isEqualTo(RunStatus.OK);
    // per account and region: 2 instances, their 2 root volumes and 1 more volume; per account 2 buckets, 1 user
    assertThat(resources).isEqualTo(ACCOUNTS.size() * (REGIONS.size() * 5 + 3));
    assertThat(requests.written("resource")).as("%s", requests).isEqualTo(resources);
    assertThat(requests.written("history")).isEqualTo(resources);
    assertThat(requests.written("run_scope")).isEqualTo(scopes);
    assertThat(requests.written("coverage")).isEqualTo(coverageRecords);
    long batched = requests.written() - 2;
    // The round trips of a first run: full batches (the last of each flush partly filled), the previous state
    // read once per account (one index query and one coverage query), the two run records.
    assertThat(requests.requests("BatchWriteItem")).as("%s", requests)
        .isBetween(ceil(batched, 25), ceil(batched, 25) + 3);
    assertThat(requests.requests("Query")).isEqualTo(2L * ACCOUNTS.size());
    assertThat(requests.requests("PutItem")).isEqualTo(2);
    assertThat(requests.requests()).isEqualTo(requests.requests("BatchWriteItem") + requests.requests("Query") + 2);

    requests.reset();
    CollectionReport second = run(config, table, dynamoDb);
    assertThat(second.status()).isEqualTo(RunStatus.OK);
    assertThat(second.unchangedResources()).isEqualTo(resources);
    assertThat(requests.written("resource")).as("%s", requests).isZero();
    assertThat(requests.written("history")).isZero();
    assertThat(requests.written("coverage")).isEqualTo(coverageRecords);
    // The last sighting of an unchanged resource is the start of its scope in the second run; its item keeps the
    // first run's.
    ScopeCoverage coverage = ScopeCoverage.of(dynamoDb.queryPaginator(ScopeCoverage.request(table)).items());
    List<Resource> live = live(dynamoDb, table);
    assertThat(live).hasSize((int) resources).allSatisfy(r -> {
      assertThat(r.lastSeen()).isBefore(second.startedAt());
      assertThat(coverage.lastSeen(r)).isAfterOrEqualTo(second.startedAt().truncatedTo(
          java.time.temporal.ChronoUnit.MILLIS)).isBefore(second.finishedAt());
    });

    Resource bucket = live.stream().filter(r -> r.resourceType().equals(ResourceType.S3_BUCKET)
        && r.region().equals("eu-west-1") && r.accountId().equals(B)).findFirst().orElseThrow();
    aws.configure(S3Client.builder()).credentialsProvider(aws.credentialsFor(B)).region(Region.EU_WEST_1).build()
        .putBucketTagging(t -> t.bucket(bucket.name()).tagging(g -> g.tagSet(s -> s.key("Owner").value("ops"))));
    requests.reset();
    CollectionReport third = run(config, table, dynamoDb);
    assertThat(third.changedResources()).isEqualTo(1);
    assertThat(requests.written("resource")).as("%s", requests).isEqualTo(1);
    assertThat(requests.written("history")).isEqualTo(1);
    Resource changed = live(dynamoDb, table).stream().filter(r -> r.resourceId().equals(bucket.resourceId()))
        .findFirst().orElseThrow();
    assertThat(changed.tags()).containsEntry("Owner", "ops");
    assertThat(changed.lastSeen()).isAfterOrEqualTo(third.startedAt().truncatedTo(
        java.time.temporal.ChronoUnit.MILLIS));
    assertThat(changed.firstSeen()).isEqualTo(bucket.firstSeen());
  }

  private static long ceil(long items, int batch) {
    return (items + batch - 1) / batch;
  }

  private static CollectionReport run(InventoryConfig config, String table, DynamoDbClient dynamoDb) {
    try (InventoryCollector collector = Emulated.collector(aws, config, null).dynamoDbClient(dynamoDb)
        .tableName(table).build()) {
      return collector.run();
    }
  }

  private static List<Resource> live(DynamoDbClient dynamoDb, String table) {
    return ACCOUNTS.stream().flatMap(account -> dynamoDb.queryPaginator(QueryRequest.builder().tableName(table)
            .indexName(TableLayout.ACCOUNT_INDEX).keyConditionExpression("account_id = :a")
            .expressionAttributeValues(Map.of(":a", AttributeValue.fromS(account))).build()).items().stream())
        .map(ResourceCodec::fromItem).collect(Collectors.toList());
  }

  private static Ec2Client ec2(String account, String region) {
    return aws.configure(Ec2Client.builder()).credentialsProvider(aws.credentialsFor(account))
        .region(Region.of(region)).build();
  }
}
