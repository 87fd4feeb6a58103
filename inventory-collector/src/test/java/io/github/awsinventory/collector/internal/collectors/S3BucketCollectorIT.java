package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.collector.internal.collectors.CollectorRun.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.collector.Endpoints;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.fault.FaultInjector;
import io.github.awsinventory.testkit.fault.FaultRule;
import io.github.awsinventory.testkit.fault.ResponseRewriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3control.S3ControlClient;

@AwsEmulatorTest
class S3BucketCollectorIT {

  private static final String KEY = "arn:aws:kms:us-east-1:111111111111:key/6a5b4c3d-2e1f-0a9b-8c7d-6e5f4a3b2c1d";
  private static final Map<String, Object> NO_BLOCK = Map.of("block_public_acls", false,
      "ignore_public_acls", false, "block_public_policy", false, "restrict_public_buckets", false);
  private static final Map<String, Object> FULL_BLOCK = Map.of("block_public_acls", true,
      "ignore_public_acls", true, "block_public_policy", true, "restrict_public_buckets", true);

  @Test
  void collect_bucketsInTwoRegions_reportsEachInItsRegionWithItsProtections(AwsEmulator aws) {
    S3Client s3 = aws.client(S3Client.builder(), ACCOUNT);
    s3.createBucket(r -> r.bucket("collector-it-plain-eu")
        .createBucketConfiguration(c -> c.locationConstraint(BucketLocationConstraint.EU_WEST_1)));
    s3.createBucket(r -> r.bucket("collector-it-secure-us"));
    s3.putBucketEncryption(r -> r.bucket("collector-it-secure-us").serverSideEncryptionConfiguration(c -> c.rules(
        rule -> rule.bucketKeyEnabled(true).applyServerSideEncryptionByDefault(d -> d
            .sseAlgorithm(ServerSideEncryption.AWS_KMS).kmsMasterKeyID(KEY)))));
    s3.putPublicAccessBlock(r -> r.bucket("collector-it-secure-us").publicAccessBlockConfiguration(b -> b
        .blockPublicAcls(true).ignorePublicAcls(true).blockPublicPolicy(true).restrictPublicBuckets(true)));
    s3.putBucketVersioning(r -> r.bucket("collector-it-secure-us")
        .versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
    s3.putBucketTagging(r -> r.bucket("collector-it-secure-us").tagging(t -> t.tagSet(
        tag -> tag.key("Name").value("audit-logs"), tag -> tag.key("team").value("security"))));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.S3_BUCKET);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("s3_bucket", 2L);
    assertThat(run.report.detailErrors()).isEmpty();
    Resource plain = run.named("collector-it-plain-eu");
    assertThat(plain.resourceId()).isEqualTo("arn:aws:s3:::collector-it-plain-eu");
    assertThat(plain.region()).isEqualTo("eu-west-1");
    assertThat(plain.tags()).isEmpty();
    assertThat(plain.unknownAttributes()).isEmpty();
    assertThat(plain.createdAt()).isPresent();
    assertThat(plain.attributes())
        .containsEntry("default_encryption", "none")
        .containsEntry("public_access_block_configured", false)
        .containsEntry("public_access_block", NO_BLOCK)
        .containsEntry("versioning", "Disabled")
        .containsEntry("account_public_access_block", NO_BLOCK)
        .containsEntry("creation_date", plain.createdAt().get().toString())
        .doesNotContainKeys("kms_key_id", "bucket_key_enabled");
    Resource secure = run.named("audit-logs");
    assertThat(secure.resourceId()).isEqualTo("arn:aws:s3:::collector-it-secure-us");
    assertThat(secure.region()).isEqualTo("us-east-1");
    assertThat(secure.tags()).isEqualTo(Map.of("Name", "audit-logs", "team", "security"));
    assertThat(secure.unknownAttributes()).isEmpty();
    assertThat(secure.attributes())
        .containsEntry("default_encryption", "aws:kms")
        .containsEntry("kms_key_id", KEY)
        .containsEntry("bucket_key_enabled", true)
        .containsEntry("public_access_block_configured", true)
        .containsEntry("public_access_block", FULL_BLOCK)
        .containsEntry("versioning", "Enabled");
  }

  @Test
  void collect_whenTheListingGivesBucketRegions_readsTheLocationOnlyOfTheBucketsWithout(AwsEmulator aws) {
    String account = "555555555555";
    S3Client s3 = aws.client(S3Client.builder(), account);
    s3.createBucket(r -> r.bucket("collector-it-listed-eu")
        .createBucketConfiguration(c -> c.locationConstraint(BucketLocationConstraint.EU_WEST_1)));
    s3.createBucket(r -> r.bucket("collector-it-listed-us"));
    s3.createBucket(r -> r.bucket("collector-it-unlisted-eu")
        .createBucketConfiguration(c -> c.locationConstraint(BucketLocationConstraint.EU_WEST_1)));
    FaultInjector calls = FaultInjector.withSeed(9);
    // The emulator's ListBuckets has no BucketRegion; AWS's has. Add it as AWS sends it, for two of the buckets.
    Map<String, String> regions = Map.of("collector-it-listed-eu", "eu-west-1", "collector-it-listed-us", "us-east-1");
    SdkHttpClient listing = ResponseRewriter.of(aws.httpClient(), "s3", "ListBuckets", body -> {
      for (Map.Entry<String, String> bucket : regions.entrySet()) {
        body = body.replaceAll("(?s)(<Name>" + bucket.getKey() + "</Name>.*?)</Bucket>",
            "$1<BucketRegion>" + bucket.getValue() + "</BucketRegion></Bucket>");
      }
      return body;
    });

    CollectorRun run = CollectorRun.collect(aws, ResourceType.S3_BUCKET, account, calls.wrap(listing));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.detailErrors()).isEmpty();
    assertThat(calls.count("s3", "GetBucketLocation")).as("only the bucket the listing gives no region").isEqualTo(1);
    assertThat(calls.count("s3", "GetBucketVersioning")).isEqualTo(3);
    assertThat(run.named("collector-it-listed-eu").region()).isEqualTo("eu-west-1");
    assertThat(run.named("collector-it-listed-us").region()).isEqualTo("us-east-1");
    assertThat(run.named("collector-it-unlisted-eu").region()).isEqualTo("eu-west-1");
    assertThat(run.resources()).allSatisfy(b -> assertThat(b.unknownAttributes()).isEmpty());
  }

  @Test
  void collect_withAnAccountLevelBlock_copiesItOntoEveryBucket(AwsEmulator aws) {
    String account = "222222222222";
    aws.client(S3Client.builder(), account).createBucket(r -> r.bucket("collector-it-account-blocked"));
    Endpoints.override(aws.configure(S3ControlClient.builder()), aws.endpoint())
        .credentialsProvider(aws.credentialsFor(account)).build()
        .putPublicAccessBlock(p -> p.accountId(account).publicAccessBlockConfiguration(b -> b.blockPublicAcls(true)
            .ignorePublicAcls(true).blockPublicPolicy(true).restrictPublicBuckets(true)));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.S3_BUCKET, account, aws.httpClient());

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    Resource bucket = run.named("collector-it-account-blocked");
    assertThat(bucket.unknownAttributes()).isEmpty();
    assertThat(bucket.attributes())
        .containsEntry("public_access_block_configured", false)
        .containsEntry("account_public_access_block", FULL_BLOCK);
  }

  @Test
  void collect_whenTheAccountLevelBlockIsDenied_keepsBucketsWithItUnknown(AwsEmulator aws) {
    String account = "444444444444";
    aws.client(S3Client.builder(), account).createBucket(r -> r.bucket("collector-it-account-denied"));
    FaultInjector faults = FaultInjector.withSeed(7);
    // the injector answers in S3's error format, whose code S3 Control does not read: the error names only the 403
    FaultRule denied = faults.add(FaultRule.accessDenied().service("s3").operation("GetAccountPublicAccessBlock"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.S3_BUCKET, account, faults.wrap(aws.httpClient()));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(denied.injectedCount()).isEqualTo(1);
    Resource bucket = run.named("collector-it-account-denied");
    assertThat(bucket.unknownAttributes()).containsExactly("account_public_access_block");
    assertThat(bucket.attributes()).doesNotContainKey("account_public_access_block")
        .containsEntry("public_access_block_configured", false);
    assertThat(run.report.detailErrors()).singleElement().asString()
        .contains("arn:aws:s3:::collector-it-account-denied").contains("account_public_access_block")
        .contains("HTTP 403");
  }

  @Test
  void collect_whenEncryptionIsDenied_keepsBucketWithEncryptionUnknown(AwsEmulator aws) {
    String account = "333333333333";
    aws.client(S3Client.builder(), account).createBucket(r -> r.bucket("collector-it-denied"));
    FaultInjector faults = FaultInjector.withSeed(7);
    FaultRule denied = faults.add(FaultRule.accessDenied().service("s3").operation("GetBucketEncryption"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.S3_BUCKET, account, faults.wrap(aws.httpClient()));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(denied.injectedCount()).isEqualTo(1);
    assertThat(run.report.resourcesByType()).containsEntry("s3_bucket", 1L);
    Resource bucket = run.named("collector-it-denied");
    assertThat(bucket.unknownAttributes()).containsExactly("bucket_key_enabled", "default_encryption", "kms_key_id");
    assertThat(bucket.attributes())
        .doesNotContainKeys("default_encryption", "kms_key_id", "bucket_key_enabled")
        .containsEntry("public_access_block_configured", false)
        .containsEntry("versioning", "Disabled");
    assertThat(run.report.detailErrors()).singleElement().asString()
        .contains("arn:aws:s3:::collector-it-denied").contains("default_encryption").contains("AccessDenied");
  }
}
