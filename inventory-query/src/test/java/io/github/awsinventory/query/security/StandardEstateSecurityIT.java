package io.github.awsinventory.query.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.collector.InMemoryInventoryStore;
import io.github.awsinventory.collector.InventoryCollector;
import io.github.awsinventory.collector.InventoryStores;
import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.estate.BuiltResource;
import io.github.awsinventory.testkit.estate.BuiltResources;
import io.github.awsinventory.testkit.estate.EstateManifest;
import io.github.awsinventory.testkit.estate.StandardEstate;
import io.github.awsinventory.testkit.estate.Traits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in rules over the collected standard estate: each rule fails exactly the resources that carry
 * its planted trait, and nothing is unknown.
 */
@AwsEmulatorTest
class StandardEstateSecurityIT {

  private static EstateManifest estate;
  private static SecurityReport report;

  @BeforeAll
  static void collectAndCheckTheEstate(AwsEmulator aws) throws Exception {
    estate = StandardEstate.build(aws);
    InventoryConfig config = InventoryConfig.load(
        estate.writeAccountsConfig(Files.createTempDirectory("estate").resolve("accounts.json")));
    InMemoryInventoryStore store = InventoryStores.inMemory();
    CollectionReport collection;
    try (InventoryCollector collector = InventoryCollector.builder().config(config).store(store)
        .endpointOverride(aws.endpoint()).credentialsProvider(aws.credentialsProvider())
        .httpClient(aws.httpClient()).region(aws.region()).build()) {
      collection = collector.run();
    }
    assertThat(collection.status()).as(collection.failedScopes() + " " + collection.detailErrors())
        .isEqualTo(RunStatus.OK);
    report = SecurityCheck.builtIn().run(store.resources(), Instant.now());
  }

  private static Set<String> failed(String ruleId) {
    return report.findings().stream().filter(f -> f.ruleId().equals(ruleId) && f.status() == FindingStatus.FAIL)
        .map(Finding::resourceId).collect(Collectors.toSet());
  }

  private static Set<String> arns(String type, String... traits) {
    return Stream.of(traits).flatMap(trait -> estate.ofType(type).withTrait(trait).stream())
        .map(BuiltResource::arn).collect(Collectors.toSet());
  }

  @Test
  void eachRuleFailsExactlyThePlantedViolations() {
    assertThat(failed("EBS-001")).isEqualTo(arns("ebs_volume", Traits.UNENCRYPTED)).isNotEmpty();
    assertThat(failed("EBS-002")).isEqualTo(arns("ebs_snapshot", Traits.UNENCRYPTED)).isNotEmpty();
    Set<String> unencryptedDatabases = arns("rds_instance", Traits.UNENCRYPTED);
    unencryptedDatabases.addAll(arns("rds_cluster", Traits.UNENCRYPTED));
    assertThat(failed("RDS-001")).isEqualTo(unencryptedDatabases).isNotEmpty();
    assertThat(failed("RDS-002")).isEqualTo(arns("rds_instance", Traits.PUBLIC)).isNotEmpty();
    assertThat(failed("S3-001")).isEqualTo(arns("s3_bucket", Traits.NO_PUBLIC_ACCESS_BLOCK)).isNotEmpty();
    assertThat(failed("S3-002")).isEqualTo(arns("s3_bucket", Traits.NO_DEFAULT_ENCRYPTION)).isNotEmpty();
    assertThat(failed("SG-001")).isEqualTo(arns("security_group", Traits.OPEN_SSH, Traits.OPEN_SSH_IPV6))
        .isNotEmpty();
    assertThat(failed("SG-002")).isEqualTo(arns("security_group", Traits.OPEN_RDP)).isNotEmpty();
    assertThat(failed("SG-003")).isEqualTo(arns("security_group", Traits.OPEN_DB)).isNotEmpty();
    assertThat(failed("SG-004")).isEqualTo(arns("security_group", Traits.OPEN_ALL)).isNotEmpty();
    assertThat(failed("IAM-001")).isEqualTo(arns("iam_user", Traits.CONSOLE_WITHOUT_MFA)).isNotEmpty();
    assertThat(failed("EC2-001")).isEqualTo(arns("ec2_instance", Traits.IMDSV1)).isNotEmpty();
    assertThat(failed("LAMBDA-001")).isEqualTo(arns("lambda_function", Traits.DEPRECATED_RUNTIME)).isNotEmpty();
  }

  @Test
  void theRulesOfTheNewerTypes_failExactlyThePlantedViolations() {
    assertThat(failed("VPC-001")).isEqualTo(arns("vpc", Traits.NO_FLOW_LOGS)).isNotEmpty()
        .doesNotContainAnyElementsOf(arns("vpc", Traits.FLOW_LOGS));
    assertThat(failed("SUBNET-001")).isEqualTo(arns("subnet", Traits.AUTO_PUBLIC_IP)).isNotEmpty();
    assertThat(failed("AMI-001")).isEqualTo(arns("ec2_image", Traits.PUBLIC)).isNotEmpty();
    assertThat(failed("ELB-001")).isEqualTo(arns("elb_classic_load_balancer", Traits.INTERNET_FACING)).isNotEmpty();
    assertThat(failed("RDS-003")).isEqualTo(arns("rds_snapshot", Traits.PUBLIC)).isNotEmpty();
    assertThat(failed("RDS-004")).isEqualTo(arns("rds_snapshot", Traits.UNENCRYPTED)).isNotEmpty();
    Set<String> incompleteTrails = arns("cloudtrail_trail", Traits.SINGLE_REGION_NOT_LOGGING);
    assertThat(failed("CT-001")).isEqualTo(incompleteTrails).isNotEmpty();
    assertThat(failed("CT-002")).isEqualTo(incompleteTrails);
    assertThat(failed("CT-003")).isEqualTo(incompleteTrails);
    assertThat(failed("CT-004")).as("no trail is encrypted with KMS").isEqualTo(arns("cloudtrail_trail",
        Traits.SINGLE_REGION_NOT_LOGGING, Traits.MULTI_REGION_LOGGING));
    assertThat(failed("ACCOUNT-005")).as("only engineering has a multi-region trail that logs")
        .containsExactlyInAnyOrder("arn:aws:iam::" + StandardEstate.MARKETING + ":root",
            "arn:aws:iam::" + StandardEstate.DATA + ":root");
    assertThat(failed("IAM-004")).isEqualTo(arns("iam_role", Traits.TRUST_WITHOUT_EXTERNAL_ID)).isNotEmpty();
    assertThat(failed("IAM-005")).isEqualTo(arns("iam_policy", Traits.FULL_ADMIN)).isNotEmpty();
    assertThat(failed("ACM-001")).as("requested today, valid for a year").isEmpty();
    assertThat(failed("EKS-001")).isEqualTo(arns("eks_cluster", Traits.PUBLIC_ENDPOINT)).isNotEmpty();
    assertThat(failed("ECS-001")).isEqualTo(arns("ecs_cluster", Traits.NO_CONTAINER_INSIGHTS)).isNotEmpty();
    assertThat(failed("ECS-002")).isEqualTo(arns("ecs_service", Traits.PUBLIC_ENDPOINT)).isNotEmpty();
    assertThat(failed("EFS-001")).isEqualTo(arns("efs_file_system", Traits.UNENCRYPTED)).isNotEmpty();
    assertThat(failed("ELASTICACHE-001")).isEqualTo(arns("elasticache_cluster", Traits.UNENCRYPTED)).isNotEmpty();
    assertThat(failed("OPENSEARCH-001")).isEqualTo(arns("opensearch_domain", Traits.UNENCRYPTED)).isNotEmpty();
    assertThat(failed("OPENSEARCH-002")).isEqualTo(arns("opensearch_domain", Traits.UNENCRYPTED));
    assertThat(failed("OPENSEARCH-003")).isEqualTo(arns("opensearch_domain", Traits.PUBLIC));
    assertThat(failed("REDSHIFT-001")).isEqualTo(arns("redshift_cluster", Traits.PUBLIC)).isNotEmpty();
    assertThat(failed("REDSHIFT-002")).isEqualTo(arns("redshift_cluster", Traits.UNENCRYPTED)).isNotEmpty();
    assertThat(failed("SQS-001")).isEqualTo(arns("sqs_queue", Traits.UNENCRYPTED)).isNotEmpty();
    assertThat(failed("SQS-002")).isEqualTo(arns("sqs_queue", Traits.OPEN_TO_EVERYONE)).isNotEmpty();
    assertThat(failed("SNS-001")).isEqualTo(arns("sns_topic", Traits.UNENCRYPTED)).isNotEmpty();
    assertThat(failed("SNS-002")).isEqualTo(arns("sns_topic", Traits.OPEN_TO_EVERYONE)).isNotEmpty();
    assertThat(failed("KINESIS-001")).isEqualTo(arns("kinesis_stream", Traits.UNENCRYPTED)).isNotEmpty();
    assertThat(failed("KMS-001")).isEqualTo(arns("kms_key", Traits.NO_ROTATION)).isNotEmpty();
    assertThat(failed("KMS-002")).isEqualTo(arns("kms_key", Traits.PENDING_DELETION)).isNotEmpty();
    assertThat(failed("SECRETS-001")).isEqualTo(arns("secretsmanager_secret", Traits.NO_ROTATION)).isNotEmpty();
    assertThat(failed("LOGS-001")).isEqualTo(arns("cloudwatch_log_group", Traits.NEVER_EXPIRES)).isNotEmpty();
    assertThat(failed("ECR-001")).isEqualTo(arns("ecr_repository", Traits.NO_SCAN_ON_PUSH)).isNotEmpty();
    assertThat(failed("APIGW-001")).as("APIs without stages have no stage to fail").isEmpty();
    assertThat(failed("ROUTE53-001")).as("no zone logs its queries")
        .isEqualTo(arns("route53_hosted_zone", Traits.PUBLIC)).isNotEmpty();
    assertThat(failed("ROUTE53-002")).as("no zone is signed").isEqualTo(arns("route53_hosted_zone", Traits.PUBLIC));
    assertThat(failed("CLOUDFRONT-005")).as("on the default certificate or one requiring TLS 1.2 (2021)").isEmpty();
    for (String rule : List.of("CLOUDFRONT-001", "CLOUDFRONT-002", "CLOUDFRONT-003", "CLOUDFRONT-004")) {
      assertThat(failed(rule)).as(rule).isEqualTo(arns("cloudfront_distribution", Traits.ALLOWS_HTTP)).isNotEmpty()
          .doesNotContainAnyElementsOf(arns("cloudfront_distribution", Traits.HTTPS_ONLY));
    }
  }

  @Test
  void freshAccessKeys_areNeitherStaleNorUnused_andNothingIsUnknown() {
    assertThat(failed("IAM-002")).isEmpty();
    assertThat(failed("IAM-003")).isEmpty();
    assertThat(report.findings()).filteredOn(f -> f.status() == FindingStatus.UNKNOWN).extracting(Finding::message)
        .isEmpty();
  }

  @Test
  void everyResourceOfACheckedTypeIsEvaluated() {
    for (var entry : report.resourcesEvaluated().entrySet()) {
      BuiltResources built = estate.ofType(entry.getKey().name());
      assertThat(entry.getValue()).as(entry.getKey().name()).isEqualTo(built.size());
    }
    assertThat(report.resourcesEvaluated()).hasSize(38);
    assertThat(report.findings()).isSortedAccordingTo((a, b) -> a.severity().compareTo(b.severity()));
  }
}
