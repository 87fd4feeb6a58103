package io.github.awsinventory.query.security;

import static io.github.awsinventory.query.security.Resources.AS_OF;
import static io.github.awsinventory.query.security.Resources.group;
import static io.github.awsinventory.query.security.Resources.ingress;
import static io.github.awsinventory.query.security.Resources.resource;
import static io.github.awsinventory.query.security.Resources.tcp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.query.report.ReportTable;
import io.github.awsinventory.query.report.Reports;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SecurityReportTest {

  private static final String MARKETING = "222222222222";

  /** Eight findings in two accounts: three critical, four high (one unknown), one medium. */
  private static List<Resource> estate() {
    return List.of(
        resource(ResourceType.LAMBDA_FUNCTION, "mailer").putAttributes("runtime", "python3.8").build(),
        inMarketing(resource(ResourceType.EBS_VOLUME, "vol-m").putAttributes("encrypted", false)),
        resource(ResourceType.EBS_VOLUME, "vol-e").putAttributes("encrypted", false).build(),
        resource(ResourceType.EBS_VOLUME, "vol-ok").putAttributes("encrypted", true).build(),
        inMarketing(resource(ResourceType.SECURITY_GROUP, "sg-open").putAttributes("group_id", "sg-open")
            .putAttributes("ingress_rules", List.of(ingress("-1", null, null, List.of("0.0.0.0/0"), List.of())))),
        group("sg-ssh", List.of(tcp(22, 22, "0.0.0.0/0"))),
        resource(ResourceType.RDS_INSTANCE, "app-db").putAttributes("publicly_accessible", true)
            .putAttributes("storage_encrypted", false).build(),
        resource(ResourceType.IAM_USER, "alice").region("global").addUnknownAttributes("console_access")
            .putAttributes("mfa_active", false).putAttributes("access_keys", List.of()).build());
  }

  private static Resource inMarketing(Resource.Builder resource) {
    Resource r = resource.build();
    return r.toBuilder().resourceId(r.resourceId().replace(Resources.ACCOUNT, MARKETING)).accountId(MARKETING)
        .accountName("marketing").build();
  }

  private static SecurityReport report(List<Resource> resources) {
    return SecurityCheck.builtIn().run(resources, AS_OF);
  }

  private static List<Object> keys(Object map) {
    return new ArrayList<>(((Map<?, ?>) map).keySet());
  }

  private static String text(SecurityReport report) {
    StringWriter text = new StringWriter();
    Reports.printText(report, new PrintWriter(text));
    return text.toString();
  }

  @Test
  void findings_areSortedBySeverityThenRuleThenAccountThenResource() {
    SecurityReport report = report(estate());

    assertThat(report.findings()).extracting(Finding::severity, Finding::ruleId, Finding::accountId, Finding::name)
        .containsExactly(
            tuple(Severity.CRITICAL, "RDS-002", Resources.ACCOUNT, "app-db"),
            tuple(Severity.CRITICAL, "SG-001", Resources.ACCOUNT, "web"),
            tuple(Severity.CRITICAL, "SG-004", MARKETING, "sg-open"),
            tuple(Severity.HIGH, "EBS-001", Resources.ACCOUNT, "vol-e"),
            tuple(Severity.HIGH, "EBS-001", MARKETING, "vol-m"),
            tuple(Severity.HIGH, "IAM-001", Resources.ACCOUNT, "alice"),
            tuple(Severity.HIGH, "RDS-001", Resources.ACCOUNT, "app-db"),
            tuple(Severity.MEDIUM, "LAMBDA-001", Resources.ACCOUNT, "mailer"));
  }

  @Test
  void counts_bySeverityAndStatus_andPerRule() {
    SecurityReport report = report(estate());

    assertThat(report.count(FindingStatus.FAIL)).isEqualTo(7);
    assertThat(report.count(FindingStatus.UNKNOWN)).isEqualTo(1);
    assertThat(report.count(Severity.CRITICAL, FindingStatus.FAIL)).isEqualTo(3);
    assertThat(report.count(Severity.HIGH, FindingStatus.FAIL)).isEqualTo(3);
    assertThat(report.count(Severity.HIGH, FindingStatus.UNKNOWN)).isEqualTo(1);
    assertThat(report.count(Severity.MEDIUM, FindingStatus.FAIL)).isEqualTo(1);
    assertThat(report.count(Severity.LOW, FindingStatus.FAIL)).isZero();
    assertThat(report.hasFailures()).isTrue();
    assertThat(report.totalResourcesEvaluated()).isEqualTo(8);
    assertThat(report.rules()).extracting(SecurityReport.RuleSummary::id).containsExactly("RDS-002", "RDS-003",
        "REDSHIFT-001", "SG-001", "SG-002", "SG-004", "SNS-002", "SQS-002", "ACCOUNT-001", "ACCOUNT-002",
        "ACCOUNT-005", "AMI-001", "CT-002", "EBS-001", "EBS-002", "ECS-002", "EFS-001", "EKS-001", "ELASTICACHE-001",
        "ELB-001", "IAM-001", "IAM-004", "IAM-005", "KMS-002", "OPENSEARCH-001", "OPENSEARCH-003", "RDS-001",
        "RDS-004", "REDSHIFT-002", "S3-001", "SG-003", "ACCOUNT-003", "ACCOUNT-004", "ACCOUNT-006", "ACM-001",
        "APIGW-001", "APIGW-002", "APIGW-003", "APIGW-004", "APIGW-006", "CLOUDFRONT-001", "CLOUDFRONT-002",
        "CLOUDFRONT-003", "CLOUDFRONT-004", "CLOUDFRONT-005", "CT-001", "CT-003", "CT-004", "EC2-001",
        "ECR-001", "ECR-002", "ECS-001", "EKS-002", "EKS-003", "ELASTICACHE-002", "IAM-002", "IAM-003", "KINESIS-001",
        "KMS-001", "LAMBDA-001", "OPENSEARCH-002", "ROUTE53-001", "S3-002", "SECRETS-001", "SECRETS-002", "SFN-001",
        "SNS-001", "SQS-001", "SUBNET-001", "VPC-001", "APIGW-005", "ECR-003", "LOGS-001", "LOGS-002", "ROUTE53-002");
    assertThat(report.rules()).filteredOn(r -> r.failed() + r.unknown() > 0)
        .extracting(SecurityReport.RuleSummary::id, SecurityReport.RuleSummary::failed,
            SecurityReport.RuleSummary::unknown)
        .containsExactly(tuple("RDS-002", 1L, 0L), tuple("SG-001", 1L, 0L), tuple("SG-004", 1L, 0L),
            tuple("EBS-001", 2L, 0L), tuple("IAM-001", 0L, 1L), tuple("RDS-001", 1L, 0L),
            tuple("LAMBDA-001", 1L, 0L));
  }

  @Test
  void onlyUnknownFindings_areNoFailures() {
    SecurityReport report = report(List.of(resource(ResourceType.EBS_VOLUME, "v").addUnknownAttributes("encrypted")
        .build()));

    assertThat(report.hasFailures()).isFalse();
    assertThat(report.findings()).extracting(Finding::status).containsExactly(FindingStatus.UNKNOWN);
  }

  @Test
  void json_hasTheDocumentedKeysInOrder_andTheValues() {
    SecurityReport report = report(estate());

    Map<String, Object> json = report.toJson();

    assertThat(json.keySet()).containsExactly("report", "as_of", "has_failures", "counts", "resources_evaluated",
        "rules", "findings");
    assertThat(json).containsEntry("report", "security").containsEntry("as_of", "2026-11-25T12:00:00.000Z")
        .containsEntry("has_failures", true);
    assertThat(json.get("counts")).isEqualTo(Map.of(
        "resources_evaluated", 8L,
        "findings", 8L,
        "by_status", Map.of("FAIL", 7L, "UNKNOWN", 1L),
        "by_severity", Map.of(
            "CRITICAL", Map.of("FAIL", 3L, "UNKNOWN", 0L),
            "HIGH", Map.of("FAIL", 3L, "UNKNOWN", 1L),
            "MEDIUM", Map.of("FAIL", 1L, "UNKNOWN", 0L),
            "LOW", Map.of("FAIL", 0L, "UNKNOWN", 0L))));
    assertThat(keys(json.get("counts"))).containsExactly("resources_evaluated", "findings",
        "by_status", "by_severity");
    assertThat(keys(((Map<?, ?>) json.get("counts")).get("by_severity")))
        .containsExactly("CRITICAL", "HIGH", "MEDIUM", "LOW");
    assertThat(keys(json.get("resources_evaluated"))).containsExactly("acm_certificate", "apigateway_rest_api",
        "apigatewayv2_api", "aws_account", "cloudfront_distribution", "cloudtrail_trail", "cloudwatch_log_group",
        "ebs_snapshot", "ebs_volume", "ec2_image", "ec2_instance", "ecr_repository", "ecs_cluster", "ecs_service",
        "efs_file_system", "eks_cluster", "elasticache_cluster", "elb_classic_load_balancer", "iam_policy",
        "iam_role", "iam_user", "kinesis_stream", "kms_key", "lambda_function", "opensearch_domain", "rds_cluster",
        "rds_instance", "rds_snapshot", "redshift_cluster", "route53_hosted_zone", "s3_bucket",
        "secretsmanager_secret", "security_group", "sfn_state_machine", "sns_topic", "sqs_queue", "subnet", "vpc");
    assertThat(((Map<?, ?>) json.get("resources_evaluated")).get("ebs_volume")).isEqualTo(3L);

    Map<?, ?> rule = (Map<?, ?>) ((List<?>) json.get("rules")).get(0);
    assertThat(keys(rule)).containsExactly("id", "title", "severity", "resource_types", "failed", "unknown",
        "remediation", "controls");
    assertThat(rule.get("controls")).isEqualTo(List.of("CIS 2.3.3", "FSBP RDS.2"));
    assertThat(rule.get("id")).isEqualTo("RDS-002");
    assertThat(rule.get("resource_types")).isEqualTo(List.of("rds_instance"));
    assertThat(rule.get("failed")).isEqualTo(1L);

    List<?> findings = (List<?>) json.get("findings");
    assertThat(findings).hasSize(8);
    Map<?, ?> ssh = (Map<?, ?>) findings.get(1);
    assertThat(keys(ssh)).containsExactly("rule_id", "title", "severity", "status", "account_id", "account_name",
        "region", "resource_type", "resource_id", "name", "department", "message", "evidence", "remediation",
        "controls");
    assertThat(ssh.get("controls")).isEqualTo(List.of("CIS 5.2", "CIS 5.3", "FSBP EC2.13"));
    assertThat(ssh.get("rule_id")).isEqualTo("SG-001");
    assertThat(ssh.get("severity")).isEqualTo("CRITICAL");
    assertThat(ssh.get("status")).isEqualTo("FAIL");
    assertThat(ssh.get("resource_type")).isEqualTo("security_group");
    assertThat(ssh.get("message")).isEqualTo("security group web (sg-ssh) allows 0.0.0.0/0 on port 22 (tcp 22-22)");
    assertThat(keys(ssh.get("evidence"))).containsExactly("ingress_rules", "ports");
    Map<?, ?> unknown = (Map<?, ?>) findings.get(5);
    assertThat(unknown.get("status")).isEqualTo("UNKNOWN");
    assertThat(unknown.get("evidence")).isEqualTo(Map.of("unknown_attributes", List.of("console_access")));
  }

  @Test
  void json_writesNumbersInPlainNotation() {
    SecurityReport report = report(List.of(group("sg-es", List.of(tcp(9200, 9200, "0.0.0.0/0")))));

    String json = Reports.json(report);

    assertThat(json).contains("\"from_port\" : 9200", "\"ports\" : [ 9200 ]").doesNotContain("E+");
  }

  @Test
  void table_hasOneRowPerFindingInReportOrder() {
    SecurityReport report = report(estate());
    StringWriter csv = new StringWriter();

    ReportTable table = report.table().orElseThrow();
    Reports.writeCsv(report, csv);

    assertThat(table.headers()).containsExactly("rule_id", "severity", "status", "account_id", "account_name",
        "region", "resource_type", "resource_id", "name", "department", "message", "remediation", "controls");
    assertThat(table.rows()).hasSize(8);
    Finding first = report.findings().get(0);
    assertThat(table.rows().get(0)).containsExactly("RDS-002", "CRITICAL", "FAIL", Resources.ACCOUNT, "engineering",
        "us-east-1", "rds_instance", first.resourceId(), "app-db", "platform",
        "RDS instance app-db is publicly accessible (publicly_accessible true)", first.remediation(),
        "CIS 2.3.3; FSBP RDS.2");
    assertThat(table.rows()).extracting(row -> row.get(0)).containsExactly("RDS-002", "SG-001", "SG-004", "EBS-001",
        "EBS-001", "IAM-001", "RDS-001", "LAMBDA-001");
    assertThat(table.rows().get(5).get(2)).isEqualTo("UNKNOWN");
    String[] lines = csv.toString().split("\r\n");
    assertThat(lines).hasSize(9);
    assertThat(lines[0]).isEqualTo(String.join(",", table.headers()));
    assertThat(lines[1]).startsWith("RDS-002,CRITICAL,FAIL,111111111111,engineering,us-east-1,rds_instance,");
  }

  @Test
  void text_summarizesListsFindingsAndRemediationOnce_within100Columns() {
    String text = text(report(estate()));

    List<String> lines = text.lines().collect(Collectors.toList());
    assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
    assertThat(lines).allSatisfy(line -> assertThat(line).doesNotEndWith(" "));
    assertThat(lines.subList(0, 5)).containsExactly(
        "Security report as of 2026-11-25T12:00:00.000Z",
        "Resources evaluated: 8 (ebs_volume 3, iam_user 1, lambda_function 1, rds_instance 1, security_group",
        "  2)",
        "Failed: 7 (CRITICAL 3, HIGH 3, MEDIUM 1, LOW 0)",
        "Unknown: 1 (attributes that could not be determined at collection)");
    assertThat(text).contains("\nFailed (7)\nSEVERITY  RULE        ACCOUNT      REGION     RESOURCE  MESSAGE\n"
        + "CRITICAL  RDS-002     engineering  us-east-1  app-db    RDS instance app-db is publicly accessible\n");
    assertThat(text).contains("\nUnknown (1)\n");
    assertThat(text).contains("\nHIGH      IAM-001  engineering  global  alice     IAM user alice: could not be "
        + "determined:\n" + " ".repeat(50) + "console_access\n");
    assertThat(lines).filteredOn(l -> l.startsWith("EBS-001 (HIGH)")).containsExactly(
        "EBS-001 (HIGH) EBS volume not encrypted: 2 failed, 0 unknown [CIS 2.2.1, FSBP EC2.3]");
    assertThat(lines).filteredOn(l -> l.startsWith("SG-002")).isEmpty();
    assertThat(lines.indexOf("Remediation")).isGreaterThan(lines.indexOf("Unknown (1)"));
  }

  @Test
  void text_wrapsLongMessagesAndCutsLongCells_toFit100Columns() {
    List<Map<String, Object>> rules = IntStream.range(0, 12).mapToObj(i -> tcp(20 - i, 22 + i, "0.0.0.0/0"))
        .collect(Collectors.toList());
    Resource group = resource(ResourceType.SECURITY_GROUP, "sg-0123456789abcdef0")
        .name("a-security-group-with-a-rather-long-name-for-a-column")
        .accountName("an-account-with-a-very-long-name").region("ap-southeast-2")
        .putAttributes("group_id", "sg-0123456789abcdef0").putAttributes("ingress_rules", rules).build();
    SecurityReport report = report(List.of(group));
    String message = report.findings().get(0).message();

    String text = text(report);

    List<String> lines = text.lines().collect(Collectors.toList());
    assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
    assertThat(text).contains("a-security-group-with…", "an-account-wi…");
    int messageColumn = lines.stream().filter(l -> l.startsWith("SEVERITY")).findFirst().orElseThrow()
        .indexOf("MESSAGE");
    List<String> messageLines = new ArrayList<>();
    int row = lines.indexOf(lines.stream().filter(l -> l.startsWith("CRITICAL")).findFirst().orElseThrow());
    messageLines.add(lines.get(row).substring(messageColumn).replace(" ", ""));
    for (int i = row + 1; i < lines.size() && lines.get(i).startsWith(" ".repeat(messageColumn)); i++) {
      messageLines.add(lines.get(i).substring(messageColumn).replace(" ", ""));
    }
    assertThat(messageLines.size()).isGreaterThan(1);
    assertThat(String.join("", messageLines)).isEqualTo(message.replace(" ", ""));
  }

  @Test
  void text_withoutFindings_saysSo() {
    SecurityReport report = report(List.of(resource(ResourceType.EBS_VOLUME, "v").putAttributes("encrypted", true)
        .build()));

    String text = text(report);

    assertThat(report.findings()).isEmpty();
    assertThat(report.toJson().get("findings")).isEqualTo(List.of());
    assertThat(text.lines()).containsExactly(
        "Security report as of 2026-11-25T12:00:00.000Z",
        "Resources evaluated: 1 (ebs_volume 1)",
        "Failed: 0 (CRITICAL 0, HIGH 0, MEDIUM 0, LOW 0)",
        "Unknown: 0",
        "",
        "No findings: every evaluated resource passed every rule.");
    assertThat(Arrays.asList(text.split("\n"))).hasSize(6);
  }
}
