package io.github.awsinventory.query.security;

import static io.github.awsinventory.query.security.Resources.evaluate;
import static io.github.awsinventory.query.security.Resources.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules that fail one value of one attribute: EBS-001, EBS-002, RDS-001, RDS-002, S3-002, LOGS-001, ECR-001,
 * ECR-003, VPC-001, SUBNET-001, AMI-001, RDS-003, RDS-004, CT-001, CT-002, CT-003, ACCOUNT-001, ACCOUNT-002,
 * ACCOUNT-005, IAM-005.
 */
class AttributeValueRulesTest {

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of("EBS-001", ResourceType.EBS_VOLUME, "encrypted", false, true, "is not encrypted"),
        Arguments.of("EBS-002", ResourceType.EBS_SNAPSHOT, "encrypted", false, true, "is not encrypted"),
        Arguments.of("RDS-001", ResourceType.RDS_INSTANCE, "storage_encrypted", false, true,
            "has unencrypted storage"),
        Arguments.of("RDS-001", ResourceType.RDS_CLUSTER, "storage_encrypted", false, true,
            "has unencrypted storage"),
        Arguments.of("RDS-002", ResourceType.RDS_INSTANCE, "publicly_accessible", true, false,
            "is publicly accessible"),
        Arguments.of("S3-002", ResourceType.S3_BUCKET, "default_encryption", "none", "aws:kms",
            "has no default encryption"),
        Arguments.of("LOGS-001", ResourceType.CLOUDWATCH_LOG_GROUP, "never_expires", true, false,
            "keeps its events forever"),
        Arguments.of("ECR-001", ResourceType.ECR_REPOSITORY, "scan_on_push", false, true,
            "does not scan images on push"),
        Arguments.of("ECR-003", ResourceType.ECR_REPOSITORY, "lifecycle_policy", false, true,
            "has no lifecycle policy"),
        Arguments.of("VPC-001", ResourceType.VPC, "flow_logs_enabled", false, true, "has no active flow log"),
        Arguments.of("SUBNET-001", ResourceType.SUBNET, "map_public_ip_on_launch", true, false,
            "assigns public IPv4 addresses on launch"),
        Arguments.of("AMI-001", ResourceType.EC2_IMAGE, "is_public", true, false, "is public"),
        Arguments.of("RDS-003", ResourceType.RDS_SNAPSHOT, "is_public", true, false, "is public"),
        Arguments.of("RDS-004", ResourceType.RDS_SNAPSHOT, "encrypted", false, true, "is not encrypted"),
        Arguments.of("CT-001", ResourceType.CLOUDTRAIL_TRAIL, "is_multi_region_trail", false, true,
            "records one region only"),
        Arguments.of("CT-002", ResourceType.CLOUDTRAIL_TRAIL, "is_logging", false, true, "is not logging"),
        Arguments.of("CT-003", ResourceType.CLOUDTRAIL_TRAIL, "log_file_validation_enabled", false, true,
            "does not validate its log files"),
        Arguments.of("ACCOUNT-001", ResourceType.AWS_ACCOUNT, "root_mfa_active", false, true,
            "has a root user without MFA"),
        Arguments.of("ACCOUNT-002", ResourceType.AWS_ACCOUNT, "root_access_keys_present", true, false,
            "has root user access keys"),
        Arguments.of("ACCOUNT-005", ResourceType.AWS_ACCOUNT, "multi_region_trail_logging", false, true,
            "has no multi-region CloudTrail trail that is logging"),
        Arguments.of("IAM-005", ResourceType.IAM_POLICY, "allows_full_admin", true, false,
            "allows every action on every resource"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("rules")
  void evaluate_whenTheAttributeHasTheFailingValue_failsWithTheValueAsEvidence(String ruleId, ResourceType type,
      String attribute, Object failing, Object passing, String problem) {
    Resource resource = resource(type, "r-1").name("data").putAttributes(attribute, failing).build();

    List<Finding> findings = evaluate(ruleId, resource);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(ruleId);
      assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
      assertThat(f.severity()).isEqualTo(Resources.rule(ruleId).severity());
      assertThat(f.evidence()).containsExactly(Map.entry(attribute, failing));
      assertThat(f.message()).isEqualTo(noun(type) + " data (r-1) " + problem + " (" + attribute + " " + failing
          + ")");
      assertThat(f.resourceId()).isEqualTo(resource.resourceId());
      assertThat(f.resourceType()).isEqualTo(type);
      assertThat(f.accountId()).isEqualTo(Resources.ACCOUNT);
      assertThat(f.accountName()).isEqualTo("engineering");
      assertThat(f.region()).isEqualTo("us-east-1");
      assertThat(f.name()).isEqualTo("data");
      assertThat(f.department()).isEqualTo("platform");
      assertThat(f.remediation()).isEqualTo(Resources.rule(ruleId).remediation());
    });
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("rules")
  void evaluate_whenTheAttributeHasAnotherValue_passes(String ruleId, ResourceType type, String attribute,
      Object failing, Object passing, String problem) {
    Resource resource = resource(type, "r-1").putAttributes(attribute, passing).build();

    assertThat(evaluate(ruleId, resource)).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("rules")
  void evaluate_whenTheAttributeWasUnknownAtCollection_reportsUnknown(String ruleId, ResourceType type,
      String attribute, Object failing, Object passing, String problem) {
    Resource resource = resource(type, "r-1").addUnknownAttributes(attribute).build();

    List<Finding> findings = evaluate(ruleId, resource);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.UNKNOWN);
      assertThat(f.evidence()).containsExactly(Map.entry(Finding.UNKNOWN_ATTRIBUTES, List.of(attribute)));
      assertThat(f.message()).isEqualTo(noun(type) + " r-1: could not be determined: " + attribute);
    });
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("rules")
  void evaluate_whenTheAttributeIsMissingOrOfAnotherType_reportsUnknown(String ruleId, ResourceType type,
      String attribute, Object failing, Object passing, String problem) {
    Resource missing = resource(type, "r-1").build();
    Resource mistyped = resource(type, "r-2").putAttributes(attribute, List.of(failing)).build();

    assertThat(evaluate(ruleId, missing)).extracting(Finding::status).containsExactly(FindingStatus.UNKNOWN);
    assertThat(evaluate(ruleId, mistyped)).extracting(Finding::status).containsExactly(FindingStatus.UNKNOWN);
  }

  private static String noun(ResourceType type) {
    return Map.ofEntries(Map.entry(ResourceType.EBS_VOLUME, "EBS volume"),
        Map.entry(ResourceType.EBS_SNAPSHOT, "EBS snapshot"), Map.entry(ResourceType.RDS_INSTANCE, "RDS instance"),
        Map.entry(ResourceType.RDS_CLUSTER, "RDS cluster"), Map.entry(ResourceType.S3_BUCKET, "S3 bucket"),
        Map.entry(ResourceType.CLOUDWATCH_LOG_GROUP, "log group"),
        Map.entry(ResourceType.ECR_REPOSITORY, "ECR repository"), Map.entry(ResourceType.VPC, "VPC"),
        Map.entry(ResourceType.SUBNET, "subnet"), Map.entry(ResourceType.EC2_IMAGE, "AMI"),
        Map.entry(ResourceType.RDS_SNAPSHOT, "RDS snapshot"), Map.entry(ResourceType.CLOUDTRAIL_TRAIL, "CloudTrail trail"),
        Map.entry(ResourceType.AWS_ACCOUNT, "AWS account"), Map.entry(ResourceType.IAM_POLICY, "IAM policy")).get(type);
  }
}
