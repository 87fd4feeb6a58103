package io.github.awsinventory.testkit.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.StsException;

@AwsEmulatorTest
class FaultInjectorIT {

  private static final String ACCOUNT_A = "111111111111";
  private static final String ACCOUNT_B = "222222222222";

  private AwsEmulator aws;
  private FaultInjector faults;
  private String table;

  @BeforeEach
  void setUp(AwsEmulator aws) {
    this.aws = aws;
    this.faults = FaultInjector.withSeed(7);
    this.table = "table-" + System.nanoTime();
  }

  @Test
  void throttling_isRetriedBySdkAndCountedPerAccount() {
    FaultRule rule = faults.add(FaultRule.throttling().service("ec2").operation("DescribeVpcs").account(ACCOUNT_A).times(2));
    Ec2Client a = ec2(ACCOUNT_A, 3);
    Ec2Client b = ec2(ACCOUNT_B, 3);

    a.describeVpcs();
    b.describeVpcs();

    assertThat(rule.injectedCount()).isEqualTo(2);
    assertThat(faults.count(c -> c.operation().equals("DescribeVpcs") && c.accountId().equals(ACCOUNT_A))).isEqualTo(3);
    assertThat(faults.count(c -> c.operation().equals("DescribeVpcs") && c.accountId().equals(ACCOUNT_B))).isEqualTo(1);
    assertThat(faults.calls()).filteredOn(c -> c.fault().isPresent())
        .allSatisfy(c -> assertThat(c.status()).isEqualTo(503));
  }

  @Test
  void throttling_withoutRetries_surfacesTheServicesThrottlingCode() {
    faults.add(FaultRule.throttling().service("ec2"));

    assertThatThrownBy(() -> ec2(ACCOUNT_A, 1).describeVpcs())
        .isInstanceOfSatisfying(AwsServiceException.class, e -> {
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo("RequestLimitExceeded");
          assertThat(e.isThrottlingException()).isTrue();
        });
  }

  @Test
  void throttling_ofAJsonProtocolService_isReadAsThrottlingByItsClient() {
    FaultRule rule = faults.add(FaultRule.throttling().service("sqs").operation("ListQueues").times(1));
    AwsCredentialsProvider credentials = aws.credentialsFor(ACCOUNT_A);
    faults.registerAccount(credentials, ACCOUNT_A);
    SqsClient sqs = aws.configure(SqsClient.builder()).credentialsProvider(credentials)
        .httpClient(faults.wrap(aws.httpClient())).overrideConfiguration(c -> c.retryStrategy(b -> b.maxAttempts(1)))
        .build();

    assertThatThrownBy(sqs::listQueues).isInstanceOfSatisfying(AwsServiceException.class, e -> {
      assertThat(e.isThrottlingException()).as(e.toString()).isTrue();
      assertThat(e.statusCode()).isEqualTo(400);
    });
    assertThat(rule.injectedCount()).isEqualTo(1);
    assertThat(sqs.listQueues().queueUrls()).as("the next call reaches the emulator").isNotNull();
  }

  @Test
  void accessDenied_onAssumeRole_hitsOnlyTheTargetAccount() {
    faults.add(FaultRule.accessDenied().service("sts").operation("AssumeRole").account(ACCOUNT_B));
    StsClient sts = aws.configure(StsClient.builder()).httpClient(faults.wrap(aws.httpClient())).build();

    assertThat(sts.assumeRole(r -> r.roleArn("arn:aws:iam::" + ACCOUNT_A + ":role/InventoryRole")
        .roleSessionName("ok")).credentials().accessKeyId()).isNotBlank();
    assertThatThrownBy(() -> sts.assumeRole(r -> r.roleArn("arn:aws:iam::" + ACCOUNT_B + ":role/InventoryRole")
        .roleSessionName("denied")))
        .isInstanceOfSatisfying(StsException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(403);
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
        });
  }

  @Test
  void serverError_isReportedWithItsStatus() {
    faults.add(FaultRule.serverError().status(503).service("s3").operation("ListBuckets"));
    S3Client s3 = aws.configure(S3Client.builder()).httpClient(faults.wrap(aws.httpClient()))
        .overrideConfiguration(noRetries()).build();

    assertThatThrownBy(s3::listBuckets).isInstanceOfSatisfying(AwsServiceException.class,
        e -> assertThat(e.statusCode()).isEqualTo(503));
  }

  @Test
  void connectionReset_isRetriedBySdk() {
    FaultRule reset = faults.add(FaultRule.connectionReset().service("ec2").times(1));

    ec2(ACCOUNT_A, 2).describeVpcs();

    assertThat(reset.injectedCount()).isEqualTo(1);
    assertThat(faults.calls()).extracting(RecordedCall::status).containsExactly(-1, 200);
  }

  @Test
  void connectionReset_withoutRetries_failsAsAnIoError() {
    faults.add(FaultRule.connectionReset().service("ec2"));

    assertThatThrownBy(() -> ec2(ACCOUNT_A, 1).describeVpcs()).isInstanceOf(SdkClientException.class)
        .hasMessageContaining("Connection reset");
  }

  @Test
  void latency_delaysTheCallByAtLeastTheInjectedTime() {
    faults.add(FaultRule.latency(Duration.ofMillis(300)).service("ec2"));
    Ec2Client ec2 = ec2(ACCOUNT_A, 1);

    long start = System.nanoTime();
    ec2.describeVpcs();

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void unprocessedItems_allWithheld_nothingIsWrittenAndEverythingComesBack() {
    DynamoDbClient ddb = dynamoDb();
    faults.add(FaultRule.unprocessedItems(1.0).times(1));

    BatchWriteItemResponse first = ddb.batchWriteItem(r -> r.requestItems(Map.of(table, puts(10))));

    assertThat(first.unprocessedItems().get(table)).hasSize(10);
    assertThat(ddb.scan(r -> r.tableName(table)).count()).isZero();
    BatchWriteItemResponse second = ddb.batchWriteItem(r -> r.requestItems(first.unprocessedItems()));
    assertThat(second.unprocessedItems()).isEmpty();
    assertThat(ddb.scan(r -> r.tableName(table)).count()).isEqualTo(10);
  }

  @Test
  void unprocessedItems_partlyWithheld_writesTheRestAndReturnsExactlyTheWithheld() {
    DynamoDbClient ddb = dynamoDb();
    faults.add(FaultRule.unprocessedItems(0.5));

    BatchWriteItemResponse response = ddb.batchWriteItem(r -> r.requestItems(Map.of(table, puts(25))));

    int withheld = response.unprocessedItems().getOrDefault(table, List.of()).size();
    int written = ddb.scan(r -> r.tableName(table)).count();
    assertThat(withheld).isBetween(1, 24);
    assertThat(written + withheld).isEqualTo(25);
  }

  @Test
  void sameSeed_injectsTheSameFaults_otherSeed_others() {
    List<Integer> first = pattern(11);
    List<Integer> again = pattern(11);
    List<Integer> other = pattern(12);

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
    assertThat(first.size()).isBetween(5, 25);
  }

  private List<Integer> pattern(long seed) {
    faults = FaultInjector.withSeed(seed);
    faults.add(FaultRule.throttling().service("ec2").probability(0.3));
    Ec2Client ec2 = ec2(ACCOUNT_A, 1);
    List<Integer> injected = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      try {
        ec2.describeVpcs();
      } catch (AwsServiceException e) {
        injected.add(i);
      }
    }
    return injected;
  }

  private Ec2Client ec2(String account, int maxAttempts) {
    AwsCredentialsProvider credentials = aws.credentialsFor(account);
    faults.registerAccount(credentials, account);
    return aws.configure(Ec2Client.builder()).credentialsProvider(credentials)
        .httpClient(faults.wrap(aws.httpClient()))
        .overrideConfiguration(c -> c.retryStrategy(b -> b.maxAttempts(maxAttempts)))
        .build();
  }

  private DynamoDbClient dynamoDb() {
    DynamoDbClient plain = aws.client(DynamoDbClient.builder());
    plain.createTable(r -> r.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
        .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S)));
    return aws.configure(DynamoDbClient.builder()).httpClient(faults.wrap(aws.httpClient())).build();
  }

  private static List<WriteRequest> puts(int n) {
    List<WriteRequest> writes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<String, AttributeValue> item = new HashMap<>();
      item.put("id", AttributeValue.fromS("item-" + i));
      writes.add(WriteRequest.builder().putRequest(p -> p.item(item)).build());
    }
    return writes;
  }

  private static ClientOverrideConfiguration noRetries() {
    return ClientOverrideConfiguration.builder().retryStrategy(RetryMode.STANDARD).build().toBuilder()
        .retryStrategy(b -> b.maxAttempts(1)).build();
  }
}
