package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.collector.internal.collectors.CollectorRun.ACCOUNT;
import static io.github.awsinventory.collector.internal.collectors.CollectorRun.number;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.collector.Endpoints;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.fault.FaultInjector;
import io.github.awsinventory.testkit.fault.FaultRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3control.S3ControlClient;

@AwsEmulatorTest
class AwsAccountCollectorIT {

  @Test
  void collect_account_reportsPasswordPolicyRootPublicAccessBlockEbsEncryptionAndTrails(AwsEmulator aws) {
    IamClient iam = aws.client(IamClient.builder(), ACCOUNT);
    iam.updateAccountPasswordPolicy(p -> p.minimumPasswordLength(14).passwordReusePrevention(24).requireSymbols(true)
        .requireNumbers(true).requireUppercaseCharacters(true).requireLowercaseCharacters(false).maxPasswordAge(90));
    s3Control(aws, ACCOUNT).putPublicAccessBlock(p -> p.accountId(ACCOUNT).publicAccessBlockConfiguration(b -> b
        .blockPublicAcls(true).ignorePublicAcls(true).blockPublicPolicy(true).restrictPublicBuckets(false)));
    aws.client(Ec2Client.builder(), ACCOUNT).enableEbsEncryptionByDefault(e -> { });
    aws.client(S3Client.builder(), ACCOUNT).createBucket(b -> b.bucket("account-trail-logs"));
    CloudTrailClient cloudTrail = aws.client(CloudTrailClient.builder(), ACCOUNT);
    cloudTrail.createTrail(t -> t.name("org-wide").s3BucketName("account-trail-logs").isMultiRegionTrail(true));
    cloudTrail.startLogging(s -> s.name("org-wide"));
    cloudTrail.createTrail(t -> t.name("local").s3BucketName("account-trail-logs"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.AWS_ACCOUNT);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("aws_account", 1L);
    assertThat(run.report.detailErrors()).isEmpty();
    Resource account = run.named("test");
    assertThat(account.resourceId()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":root");
    assertThat(account.region()).isEqualTo("global");
    assertThat(account.unknownAttributes()).isEmpty();
    assertThat(account.attributes())
        .containsEntry("password_policy_configured", true)
        .containsEntry("password_policy", Map.of("minimum_password_length", number(14),
            "password_reuse_prevention", number(24), "require_symbols", true, "require_numbers", true,
            "require_uppercase_characters", true, "require_lowercase_characters", false,
            "max_password_age", number(90)))
        .containsEntry("root_mfa_active", false)
        .containsEntry("root_access_keys_present", false)
        .containsEntry("s3_public_access_block_configured", true)
        .containsEntry("s3_public_access_block", Map.of("block_public_acls", true, "ignore_public_acls", true,
            "block_public_policy", true, "restrict_public_buckets", false))
        .containsEntry("cloudtrail_trails", number(2))
        .containsEntry("multi_region_trail_logging", true);
    assertThat(ebs(account))
        .contains(Map.of("region_name", "us-east-1", "enabled", true),
            Map.of("region_name", "eu-west-1", "enabled", false))
        .allSatisfy(entry -> assertThat(((Map<?, ?>) entry).keySet().toString()).isIn("[region_name, enabled]",
            "[enabled, region_name]"));
  }

  @Test
  void collect_accountWithoutSettings_reportsTheirAbsenceAsFacts(AwsEmulator aws) {
    String account = "222222222222";
    aws.client(IamClient.builder(), account).getAccountSummary();

    CollectorRun run = CollectorRun.collect(aws, ResourceType.AWS_ACCOUNT, account, aws.httpClient());

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    Resource settings = run.resources().get(0);
    assertThat(settings.unknownAttributes()).isEmpty();
    assertThat(settings.attributes())
        .containsEntry("password_policy_configured", false)
        .doesNotContainKey("password_policy")
        .containsEntry("s3_public_access_block_configured", false)
        .containsEntry("s3_public_access_block", Map.of("block_public_acls", false, "ignore_public_acls", false,
            "block_public_policy", false, "restrict_public_buckets", false))
        .containsEntry("cloudtrail_trails", number(0))
        .containsEntry("multi_region_trail_logging", false);
  }

  @Test
  void collect_whenARegionDeniesEbsEncryption_keepsItsEntryWithoutEnabled(AwsEmulator aws) {
    String account = "333333333333";
    FaultInjector faults = FaultInjector.withSeed(7);
    FaultRule denied = faults.add(FaultRule.accessDenied().service("ec2").operation("GetEbsEncryptionByDefault")
        .region("eu-west-1"));
    FaultRule summary = faults.add(FaultRule.accessDenied().service("iam").operation("GetAccountSummary"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.AWS_ACCOUNT, account, faults.wrap(aws.httpClient()));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(denied.injectedCount()).isEqualTo(1);
    assertThat(summary.injectedCount()).isEqualTo(1);
    Resource settings = run.resources().get(0);
    assertThat(settings.unknownAttributes()).containsExactlyInAnyOrder("root_mfa_active", "root_access_keys_present");
    assertThat(ebs(settings))
        .contains(Map.of("region_name", "eu-west-1"), Map.of("region_name", "us-east-1", "enabled", false));
    assertThat(run.report.detailErrors()).hasSize(2).anySatisfy(error -> assertThat(error)
        .contains("ebs_encryption_by_default of eu-west-1").contains("UnauthorizedOperation"));
  }

  @SuppressWarnings("unchecked")
  private static List<Object> ebs(Resource account) {
    return (List<Object>) account.attributes().get("ebs_encryption_by_default");
  }

  private static S3ControlClient s3Control(AwsEmulator aws, String account) {
    return Endpoints.override(aws.configure(S3ControlClient.builder()), aws.endpoint())
        .credentialsProvider(aws.credentialsFor(account)).build();
  }
}
