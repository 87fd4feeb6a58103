package io.github.awsinventory.collector;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.model.config.CollectionSettings;
import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.model.types.S3Bucket;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.fault.AwsCall;
import io.github.awsinventory.testkit.fault.FaultInjector;
import io.github.awsinventory.testkit.fault.FaultRule;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The second collector SPI's detail steps on a wide account: every bucket's five detail calls run concurrently,
 * bounded by the account's {@code per_account_concurrency}, and a failed detail call leaves its attributes unknown
 * without dropping the resource; the users come with their tags in one listing. Latency is injected into every S3 and IAM call, so calls
 * that run one after another cannot look concurrent.
 */
@AwsEmulatorTest
class DetailStepsIT {

  /** An account of its own, so that no other test's buckets or users are in it. */
  private static final String A = "424242424242";
  private static final int BUCKETS = 24;
  private static final int USERS = 12;
  private static final Set<String> DETAIL_CALLS = Set.of("GetBucketLocation", "GetBucketEncryption",
      "GetPublicAccessBlock", "GetBucketVersioning", "GetBucketTagging");
  private static final Predicate<AwsCall> DETAIL_CALL_OF_A =
      c -> c.accountId().equals(A) && DETAIL_CALLS.contains(c.operation());

  private static AwsEmulator aws;

  @BeforeAll
  static void wideAccount(AwsEmulator emulator) {
    aws = emulator;
    S3Client s3 = aws.client(S3Client.builder(), A);
    for (int i = 0; i < BUCKETS; i++) {
      String name = String.format("detail-steps-%02d", i);
      s3.createBucket(b -> b.bucket(name));
      s3.putBucketTagging(t -> t.bucket(name).tagging(g -> g.tagSet(x -> x.key("Department").value("platform"))));
    }
    IamClient iam = aws.client(IamClient.builder(), A);
    for (int i = 0; i < USERS; i++) {
      String name = String.format("detail-user-%02d", i);
      iam.createUser(u -> u.userName(name).tags(t -> t.key("Team").value("data")));
    }
  }

  @Test
  void detailCallsOverlap_upToThePerAccountBound() {
    FaultInjector faults = latency();
    InMemoryInventoryStore store = InventoryStores.inMemory();

    CollectionReport report = run(4, faults, store);

    assertThat(report.status()).isEqualTo(RunStatus.OK);
    assertThat(faults.count(DETAIL_CALL_OF_A)).isEqualTo(5L * BUCKETS);
    assertThat(faults.maxConcurrent(DETAIL_CALL_OF_A)).as("detail calls in flight at once").isEqualTo(4);
    assertComplete(store);
  }

  @Test
  void onePermitPerAccount_runsDetailCallsOneAtATime() {
    FaultInjector faults = latency();
    InMemoryInventoryStore store = InventoryStores.inMemory();

    CollectionReport report = run(1, faults, store);

    assertThat(report.status()).isEqualTo(RunStatus.OK);
    assertThat(faults.maxConcurrent(DETAIL_CALL_OF_A)).isEqualTo(1);
    assertComplete(store);
  }

  @Test
  void failedDetailCall_leavesItsAttributesUnknownAndKeepsTheResource() {
    FaultInjector faults = FaultInjector.withSeed(12);
    FaultRule denied = faults.add(FaultRule.accessDenied().service("s3").operation("GetBucketVersioning").times(1));
    InMemoryInventoryStore store = InventoryStores.inMemory();

    CollectionReport report = run(4, faults, store);

    assertThat(denied.injectedCount()).isEqualTo(1);
    assertThat(report.status()).isEqualTo(RunStatus.OK);
    List<Resource> buckets = buckets(store);
    assertThat(buckets).hasSize(BUCKETS);
    assertThat(buckets).filteredOn(S3Bucket.VERSIONING::isUnknown).singleElement().satisfies(b -> {
      assertThat(S3Bucket.VERSIONING.read(b)).isEmpty();
      assertThat(S3Bucket.DEFAULT_ENCRYPTION.read(b)).isPresent();
      assertThat(b.tags()).containsEntry("Department", "platform");
    });
    assertThat(report.detailErrors()).singleElement().satisfies(e -> assertThat(e).contains("versioning")
        .contains("AccessDenied"));
  }

  @Test
  void detailCallWithoutAnAnswer_retriesTheScopeAndLosesNothing() {
    FaultInjector faults = FaultInjector.withSeed(13);
    // With one SDK attempt per call, a reset fails the step without a service answer, which ends the scope's attempt
    // (after the calls in flight finish); the retried attempt collects everything.
    FaultRule reset = faults.add(FaultRule.connectionReset().service("s3").operation("GetBucketTagging").times(1));
    InMemoryInventoryStore store = InventoryStores.inMemory();

    CollectionReport report = run(4, 1, faults, store);

    assertThat(reset.injectedCount()).isEqualTo(1);
    assertThat(report.status()).isEqualTo(RunStatus.OK);
    assertThat(report.detailErrors()).isEmpty();
    assertThat(store.scopeResults()).filteredOn(r -> r.resourceType().equals(ResourceType.S3_BUCKET))
        .singleElement().satisfies(r -> assertThat(r.attempts()).isEqualTo(2));
    assertComplete(store);
  }

  private static void assertComplete(InMemoryInventoryStore store) {
    List<Resource> buckets = buckets(store);
    assertThat(buckets).hasSize(BUCKETS).allSatisfy(b -> {
      assertThat(b.unknownAttributes()).isEmpty();
      assertThat(b.region()).isEqualTo("us-east-1");
      assertThat(S3Bucket.VERSIONING.read(b)).hasValue("Disabled");
      assertThat(S3Bucket.PUBLIC_ACCESS_BLOCK_CONFIGURED.read(b)).hasValue(false);
      assertThat(b.tags()).containsEntry("Department", "platform");
    });
    assertThat(store.resources()).filteredOn(r -> r.resourceType().equals(ResourceType.IAM_USER)).hasSize(USERS)
        .allSatisfy(u -> assertThat(u.tags()).containsEntry("Team", "data"));
  }

  private static List<Resource> buckets(InMemoryInventoryStore store) {
    return store.resources().stream().filter(r -> r.resourceType().equals(ResourceType.S3_BUCKET)).toList();
  }

  private static FaultInjector latency() {
    FaultInjector faults = FaultInjector.withSeed(11);
    faults.add(FaultRule.latency(Duration.ofMillis(40)).service("s3"));
    faults.add(FaultRule.latency(Duration.ofMillis(40)).service("iam"));
    return faults;
  }

  private static CollectionReport run(int perAccount, FaultInjector faults, InventoryStore store) {
    return run(perAccount, 2, faults, store);
  }

  private static CollectionReport run(int perAccount, int sdkAttempts, FaultInjector faults, InventoryStore store) {
    InventoryConfig config = InventoryConfig.builder()
        .putAccounts("alpha", Emulated.account("alpha", A, "engineering"))
        .regions(List.of("us-east-1"))
        .addResourceTypes(ResourceType.S3_BUCKET, ResourceType.IAM_USER)
        .collectionSettings(CollectionSettings.builder().maxConcurrency(8).perAccountConcurrency(perAccount)
            .timeoutSeconds(120).retryAttempts(3).sdkMaxAttempts(sdkAttempts).build())
        .build();
    try (InventoryCollector collector = Emulated.collector(aws, config, faults).store(store).build()) {
      return collector.run();
    }
  }
}
