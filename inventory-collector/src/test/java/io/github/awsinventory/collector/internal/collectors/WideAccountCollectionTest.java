package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.collector.internal.collectors.CollectorRun.number;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.collector.InMemoryInventoryStore;
import io.github.awsinventory.collector.InventoryCollector;
import io.github.awsinventory.collector.InventoryStores;
import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.model.config.AccountConfig;
import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.model.types.IamRole;
import io.github.awsinventory.model.types.IamUser;
import io.github.awsinventory.model.types.S3Bucket;
import io.github.awsinventory.testkit.fault.FaultInjector;
import io.github.awsinventory.testkit.synthetic.SyntheticAwsHttpClient;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * The calls a wide account costs, counted on the test kit's synthetic AWS (in-process, so pages of ten make the
 * listings paginate, which the emulator's GetAccountAuthorizationDetails does not): no call per user or role, four
 * per bucket, and a fifth, GetBucketLocation, only when ListBuckets gives no BucketRegion.
 */
class WideAccountCollectionTest {

  private static final String ACCOUNT = "100000000042";
  private static final int BUCKETS = 25;
  private static final int USERS = 23;
  private static final int ROLES = 12;

  @Test
  void collect_wideAccount_listsUsersAndRolesWithTheirTagsInPages_andCallsFourTimesPerBucket() {
    FaultInjector calls = FaultInjector.withSeed(1);
    InMemoryInventoryStore store = InventoryStores.inMemory();

    CollectionReport report = collect(true, calls, store);

    assertThat(report.status()).as(report.toString()).isEqualTo(RunStatus.OK);
    assertThat(report.resourcesByType()).containsEntry("s3_bucket", (long) BUCKETS)
        .containsEntry("iam_user", (long) USERS).containsEntry("iam_role", (long) ROLES);
    assertThat(report.detailErrors()).isEmpty();
    assertThat(calls.count("iam", "GetAccountAuthorizationDetails")).as("3 pages of users, 2 of roles").isEqualTo(5);
    assertThat(calls.count("s3", "ListBuckets")).isEqualTo(3);
    assertThat(calls.count("s3", "GetBucketLocation")).isZero();
    assertThat(calls.count("s3", "GetBucketTagging")).isEqualTo(BUCKETS);
    assertThat(calls.calls()).extracting(c -> c.call().operation())
        .doesNotContain("ListUsers", "ListUserTags", "ListRoles", "GetRole");
    Resource user = one(store, "arn:aws:iam::" + ACCOUNT + ":user/user-00009");
    assertThat(user.tags()).isEqualTo(Map.of("Department", "dept-2"));
    assertThat(user.unknownAttributes()).isEmpty();
    assertThat(IamUser.CONSOLE_ACCESS.read(user)).hasValue(false);
    assertThat(IamUser.MFA_ACTIVE.read(user)).hasValue(true);
    assertThat(user.attributes()).containsEntry("active_access_keys", number(1));
    Resource vendorRole = one(store, "arn:aws:iam::" + ACCOUNT + ":role/role-00007");
    assertThat(vendorRole.name()).isEqualTo("role-00007");
    assertThat(IamRole.ROLE_LAST_USED.read(vendorRole)).isEmpty();
    assertThat(vendorRole.attributes()).containsEntry("external_trusts", List.of(Map.of(
        "principal", "arn:aws:iam::999999999999:root", "trusted_account", "999999999999",
        "external_id_required", true)));
    Resource usedRole = one(store, "arn:aws:iam::" + ACCOUNT + ":role/role-00008");
    assertThat(IamRole.ROLE_LAST_USED_REGION.read(usedRole)).hasValue("us-east-1");
    assertThat(IamRole.ROLE_LAST_USED.read(usedRole)).isPresent();
    Resource bucket = one(store, "arn:aws:s3:::synthetic-bucket-00001");
    assertThat(bucket.region()).isEqualTo("eu-west-1");
    assertThat(bucket.name()).isEqualTo("synthetic-bucket-00001");
    assertThat(S3Bucket.VERSIONING.read(bucket)).hasValue("Disabled");
  }

  @Test
  void collect_whenListBucketsGivesNoRegion_asksGetBucketLocationOncePerBucket() {
    FaultInjector calls = FaultInjector.withSeed(2);
    InMemoryInventoryStore store = InventoryStores.inMemory();

    CollectionReport report = collect(false, calls, store);

    assertThat(report.status()).as(report.toString()).isEqualTo(RunStatus.OK);
    assertThat(calls.count("s3", "GetBucketLocation")).isEqualTo(BUCKETS);
    assertThat(one(store, "arn:aws:s3:::synthetic-bucket-00001").region()).isEqualTo("eu-west-1");
    assertThat(one(store, "arn:aws:s3:::synthetic-bucket-00002").region()).isEqualTo("us-east-1");
  }

  private static Resource one(InMemoryInventoryStore store, String resourceId) {
    List<Resource> found = store.resources().stream().filter(r -> r.resourceId().equals(resourceId)).toList();
    assertThat(found).as(resourceId).hasSize(1);
    return found.get(0);
  }

  private static CollectionReport collect(boolean bucketRegionInListing, FaultInjector calls,
      InMemoryInventoryStore store) {
    List<String> regions = List.of("us-east-1", "eu-west-1");
    SyntheticAwsHttpClient aws = SyntheticAwsHttpClient.builder().regions(regions).buckets(BUCKETS)
        .bucketRegionInListing(bucketRegionInListing).users(USERS).roles(ROLES).pageSize(10).build();
    InventoryConfig config = InventoryConfig.builder().regions(regions)
        .addResourceTypes(ResourceType.S3_BUCKET, ResourceType.IAM_USER, ResourceType.IAM_ROLE)
        .putAccounts("wide", AccountConfig.builder().name("wide").accountId(ACCOUNT).roleName("InventoryRole")
            .build())
        .build();
    URI endpoint = URI.create("http://synthetic.invalid");
    StaticCredentialsProvider credentials =
        StaticCredentialsProvider.create(AwsBasicCredentials.create("base", "base"));
    try (InventoryCollector collector = InventoryCollector.builder().config(config).store(store)
        .endpointOverride(endpoint).region(Region.US_EAST_1).credentialsProvider(credentials)
        .httpClient(calls.wrap(aws)).scopeRetryBackoff(Duration.ofMillis(10), Duration.ofMillis(50)).build()) {
      return collector.run();
    }
  }
}
