package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.collector.internal.collectors.CollectorRun.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.fault.FaultInjector;
import io.github.awsinventory.testkit.fault.FaultRule;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.s3.S3Client;

@AwsEmulatorTest
class CloudTrailTrailCollectorIT {

  @Test
  void collect_trails_reportsRegionsLoggingValidationAndEncryption(AwsEmulator aws) {
    aws.client(S3Client.builder(), ACCOUNT).createBucket(b -> b.bucket("trail-logs"));
    CloudTrailClient cloudTrail = aws.client(CloudTrailClient.builder(), ACCOUNT);
    String audit = cloudTrail.createTrail(t -> t.name("audit").s3BucketName("trail-logs").isMultiRegionTrail(true)
        .enableLogFileValidation(true).kmsKeyId("arn:aws:kms:us-east-1:" + ACCOUNT + ":key/audit-key")
        .tagsList(tag -> tag.key("team").value("security"))).trailARN();
    cloudTrail.startLogging(s -> s.name("audit"));
    cloudTrail.createTrail(t -> t.name("local").s3BucketName("trail-logs")
        .tagsList(tag -> tag.key("Name").value("local-trail")));
    aws.configure(CloudTrailClient.builder()).region(Region.EU_WEST_1).credentialsProvider(aws.credentialsFor(ACCOUNT))
        .build().createTrail(t -> t.name("elsewhere").s3BucketName("trail-logs").isMultiRegionTrail(true));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.CLOUDTRAIL_TRAIL);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("cloudtrail_trail", 2L);
    assertThat(run.report.detailErrors()).isEmpty();
    Resource multiRegion = run.named("audit");
    assertThat(multiRegion.resourceId()).isEqualTo(audit).isEqualTo("arn:aws:cloudtrail:us-east-1:" + ACCOUNT
        + ":trail/audit");
    assertThat(multiRegion.region()).isEqualTo("us-east-1");
    assertThat(multiRegion.state()).hasValue("Logging");
    assertThat(multiRegion.tags()).isEqualTo(Map.of("team", "security"));
    assertThat(multiRegion.unknownAttributes()).isEmpty();
    assertThat(multiRegion.attributes())
        .containsEntry("home_region", "us-east-1")
        .containsEntry("is_multi_region_trail", true)
        .containsEntry("is_organization_trail", false)
        .containsEntry("is_logging", true)
        .containsEntry("log_file_validation_enabled", true)
        .containsEntry("kms_key_id", "arn:aws:kms:us-east-1:" + ACCOUNT + ":key/audit-key")
        .containsEntry("s3_bucket_name", "trail-logs");
    Resource single = run.named("local-trail");
    assertThat(single.state()).hasValue("NotLogging");
    assertThat(single.attributes())
        .containsEntry("is_multi_region_trail", false)
        .containsEntry("is_logging", false)
        .containsEntry("log_file_validation_enabled", false)
        .doesNotContainKeys("kms_key_id", "latest_delivery_time");
  }

  @Test
  void collect_whenTrailStatusIsDenied_keepsTrailWithLoggingUnknown(AwsEmulator aws) {
    String account = "333333333333";
    aws.client(S3Client.builder(), account).createBucket(b -> b.bucket("denied-trail-logs"));
    aws.client(CloudTrailClient.builder(), account).createTrail(t -> t.name("quiet")
        .s3BucketName("denied-trail-logs"));
    FaultInjector faults = FaultInjector.withSeed(7);
    FaultRule denied = faults.add(FaultRule.accessDenied().service("cloudtrail").operation("GetTrailStatus"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.CLOUDTRAIL_TRAIL, account,
        faults.wrap(aws.httpClient()));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(denied.injectedCount()).isEqualTo(1);
    Resource trail = run.named("quiet");
    assertThat(trail.state()).isEmpty();
    assertThat(trail.unknownAttributes()).containsExactlyInAnyOrder("is_logging", "latest_delivery_time");
    assertThat(trail.attributes()).doesNotContainKey("is_logging").containsEntry("is_multi_region_trail", false);
    assertThat(run.report.detailErrors()).singleElement().asString()
        .contains(trail.resourceId()).contains("is_logging").contains("AccessDenied");
  }
}
