package io.github.awsinventory.query.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.query.QueryException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecurityRulesTest {

  @Test
  void builtIn_areTheDocumentedRules_withTheirSeveritiesAndTypes() {
    List<String> rules = SecurityRules.builtIn().stream()
        .map(r -> r.id() + " " + r.severity() + " " + r.resourceTypes().stream().map(ResourceType::name).sorted()
            .collect(Collectors.joining(",")))
        .collect(Collectors.toList());

    assertThat(rules).containsExactly(
        "EBS-001 HIGH ebs_volume",
        "EBS-002 HIGH ebs_snapshot",
        "RDS-001 HIGH rds_cluster,rds_instance",
        "RDS-002 CRITICAL rds_instance",
        "S3-001 HIGH s3_bucket",
        "S3-002 MEDIUM s3_bucket",
        "SG-001 CRITICAL security_group",
        "SG-002 CRITICAL security_group",
        "SG-003 HIGH security_group",
        "SG-004 CRITICAL security_group",
        "IAM-001 HIGH iam_user",
        "IAM-002 MEDIUM iam_user",
        "IAM-003 MEDIUM iam_user",
        "EC2-001 MEDIUM ec2_instance",
        "LAMBDA-001 MEDIUM lambda_function",
        "KMS-001 MEDIUM kms_key",
        "KMS-002 HIGH kms_key",
        "SECRETS-001 MEDIUM secretsmanager_secret",
        "SECRETS-002 MEDIUM secretsmanager_secret",
        "LOGS-001 LOW cloudwatch_log_group",
        "LOGS-002 LOW cloudwatch_log_group",
        "ECR-001 MEDIUM ecr_repository",
        "ECR-002 MEDIUM ecr_repository",
        "ECR-003 LOW ecr_repository",
        "VPC-001 MEDIUM vpc",
        "SUBNET-001 MEDIUM subnet",
        "AMI-001 HIGH ec2_image",
        "ELB-001 HIGH elb_classic_load_balancer",
        "RDS-003 CRITICAL rds_snapshot",
        "RDS-004 HIGH rds_snapshot",
        "CT-001 MEDIUM cloudtrail_trail",
        "CT-002 HIGH cloudtrail_trail",
        "CT-003 MEDIUM cloudtrail_trail",
        "CT-004 MEDIUM cloudtrail_trail",
        "ACCOUNT-001 HIGH aws_account",
        "ACCOUNT-002 HIGH aws_account",
        "ACCOUNT-003 MEDIUM aws_account",
        "ACCOUNT-004 MEDIUM aws_account",
        "ACCOUNT-005 HIGH aws_account",
        "ACCOUNT-006 MEDIUM aws_account",
        "IAM-004 HIGH iam_role",
        "IAM-005 HIGH iam_policy",
        "ACM-001 MEDIUM acm_certificate",
        "EKS-001 HIGH eks_cluster",
        "EKS-002 MEDIUM eks_cluster",
        "EKS-003 MEDIUM eks_cluster",
        "ECS-001 MEDIUM ecs_cluster",
        "ECS-002 HIGH ecs_service",
        "EFS-001 HIGH efs_file_system",
        "ELASTICACHE-001 HIGH elasticache_cluster",
        "ELASTICACHE-002 MEDIUM elasticache_cluster",
        "OPENSEARCH-001 HIGH opensearch_domain",
        "OPENSEARCH-002 MEDIUM opensearch_domain",
        "OPENSEARCH-003 HIGH opensearch_domain",
        "REDSHIFT-001 CRITICAL redshift_cluster",
        "REDSHIFT-002 HIGH redshift_cluster",
        "SQS-001 MEDIUM sqs_queue",
        "SQS-002 CRITICAL sqs_queue",
        "SNS-001 MEDIUM sns_topic",
        "SNS-002 CRITICAL sns_topic",
        "KINESIS-001 MEDIUM kinesis_stream",
        "SFN-001 MEDIUM sfn_state_machine",
        "APIGW-001 MEDIUM apigateway_rest_api,apigatewayv2_api",
        "APIGW-002 MEDIUM apigateway_rest_api",
        "APIGW-004 MEDIUM apigateway_rest_api",
        "APIGW-005 LOW apigateway_rest_api",
        "APIGW-006 MEDIUM apigateway_rest_api",
        "APIGW-003 MEDIUM apigatewayv2_api",
        "ROUTE53-001 MEDIUM route53_hosted_zone",
        "ROUTE53-002 LOW route53_hosted_zone",
        "CLOUDFRONT-001 MEDIUM cloudfront_distribution",
        "CLOUDFRONT-002 MEDIUM cloudfront_distribution",
        "CLOUDFRONT-003 MEDIUM cloudfront_distribution",
        "CLOUDFRONT-004 MEDIUM cloudfront_distribution",
        "CLOUDFRONT-005 MEDIUM cloudfront_distribution");
    assertThat(SecurityRules.builtIn()).allSatisfy(r -> {
      assertThat(r.title()).isNotBlank();
      assertThat(r.remediation()).isNotBlank().endsWith(".");
    });
  }

  @Test
  void builtInWith_appendsCustomRules() {
    List<SecurityRule> rules = SecurityRules.builtInWith(new CustomRules.TablesHaveDeletionProtection());

    assertThat(rules).hasSize(SecurityRules.builtIn().size() + 1);
    assertThat(rules.get(rules.size() - 1).id()).isEqualTo("ACME-001");
  }

  @Test
  void builtInWith_aDuplicateId_isRejectedNamingBothClasses() {
    assertThatThrownBy(() -> SecurityRules.builtInWith(new CustomRules.DuplicateOfEbs001()))
        .isInstanceOf(QueryException.class)
        .hasMessageStartingWith("security rule id EBS-001 is used twice, by "
            + "io.github.awsinventory.query.internal.security.AttributeValueRule and "
            + "io.github.awsinventory.query.security.CustomRules$DuplicateOfEbs001; give each rule its own id");
  }

  @Test
  void discover_findsTheBuiltInRulesAndThoseRegisteredWithServiceLoader() {
    List<SecurityRule> rules = SecurityRules.discover();

    assertThat(rules.subList(0, SecurityRules.builtIn().size())).isEqualTo(SecurityRules.builtIn());
    assertThat(rules.subList(SecurityRules.builtIn().size(), rules.size())).singleElement()
        .isInstanceOf(CustomRules.TablesHaveDeletionProtection.class);
  }

  @Test
  void discover_rejectsARegisteredRuleThatReusesAnId(@TempDir Path dir) throws Exception {
    Path services = Files.createDirectories(dir.resolve("META-INF/services"));
    Files.writeString(services.resolve(SecurityRule.class.getName()),
        CustomRules.DuplicateOfEbs001.class.getName() + "\n");

    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      assertThatThrownBy(() -> SecurityRules.discover(loader))
          .isInstanceOf(QueryException.class)
          .hasMessageContaining("security rule id EBS-001 is used twice");
    }
  }

  @Test
  void anIncompleteRule_isRejectedNamingTheField() {
    SecurityRule noRemediation = CustomRules.describedAs("ACME-001", "t", Severity.LOW,
        Set.of(ResourceType.DYNAMODB_TABLE), " ");
    SecurityRule noTypes = CustomRules.describedAs("ACME-002", "t", Severity.LOW, Set.of(), "r");
    SecurityRule spacedId = CustomRules.describedAs(" ACME-003", "t", Severity.LOW,
        Set.of(ResourceType.DYNAMODB_TABLE), "r");

    assertThatThrownBy(() -> SecurityRules.builtInWith(noRemediation))
        .isInstanceOf(QueryException.class)
        .hasMessageStartingWith("remediation of security rule ACME-001 (")
        .hasMessageEndingWith(") must not be blank; say how to fix what the rule finds");
    assertThatThrownBy(() -> SecurityRules.builtInWith(noTypes))
        .isInstanceOf(QueryException.class)
        .hasMessageStartingWith("resourceTypes of security rule ACME-002 (")
        .hasMessageEndingWith(") must name at least one type, such as ResourceType.EBS_VOLUME");
    assertThatThrownBy(() -> SecurityRules.builtInWith(spacedId))
        .isInstanceOf(QueryException.class)
        .hasMessageContaining("must be non-blank without surrounding spaces (was ' ACME-003'); use an id such as "
            + "ACME-001");
  }
}
