package io.github.awsinventory.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.awsinventory.model.catalog.CatalogException;
import org.junit.jupiter.api.Test;

class ResourceTypeTest {

  @Test
  void builtIn_hasTheFourteenTypesInStableOrder() {
    assertThat(ResourceType.builtIn()).extracting(ResourceType::name).containsExactly(
        "ec2_instance", "ebs_volume", "ebs_snapshot", "elastic_ip", "security_group", "nat_gateway", "load_balancer",
        "s3_bucket", "rds_instance", "rds_cluster", "lambda_function", "dynamodb_table", "iam_user", "kms_key",
        "secretsmanager_secret", "cloudwatch_log_group", "ecr_repository", "vpc", "subnet", "ec2_image",
        "autoscaling_group", "elb_classic_load_balancer", "rds_snapshot", "cloudtrail_trail", "aws_account",
        "iam_role", "iam_policy", "acm_certificate", "eks_cluster", "ecs_cluster", "ecs_service", "efs_file_system",
        "elasticache_cluster", "opensearch_domain", "redshift_cluster", "sqs_queue", "sns_topic", "kinesis_stream",
        "sfn_state_machine", "apigateway_rest_api", "apigatewayv2_api", "route53_hosted_zone",
        "cloudfront_distribution");
  }

  @Test
  void of_builtInName_returnsTheConstant() {
    assertThat(ResourceType.of("ec2_instance")).isSameAs(ResourceType.EC2_INSTANCE);
    assertThat(ResourceType.EC2_INSTANCE.isBuiltIn()).isTrue();
  }

  @Test
  void of_customName_isAnOpenSetMember() {
    ResourceType widget = ResourceType.of("acme_widget");

    assertThat(widget.isBuiltIn()).isFalse();
    assertThat(widget).isEqualTo(ResourceType.of("acme_widget")).hasToString("acme_widget");
  }

  @Test
  void of_invalidName_namesTheValueAndTheRule() {
    assertThatThrownBy(() -> ResourceType.of("SQS-Queue"))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("SQS-Queue").hasMessageContaining("[a-z][a-z0-9_]*");
    assertThatThrownBy(() -> ResourceType.of("1queue")).isInstanceOf(CatalogException.class);
    assertThatThrownBy(() -> ResourceType.of("a".repeat(65))).isInstanceOf(CatalogException.class);
  }

  @Test
  void parse_legacyShortNames_mapToNewTypes() {
    assertThat(ResourceType.parse("ec2")).containsExactly(ResourceType.EC2_INSTANCE);
    assertThat(ResourceType.parse("RDS")).containsExactly(ResourceType.RDS_INSTANCE, ResourceType.RDS_CLUSTER);
    assertThat(ResourceType.parse("s3")).containsExactly(ResourceType.S3_BUCKET);
    assertThat(ResourceType.parse("lambda")).containsExactly(ResourceType.LAMBDA_FUNCTION);
    assertThat(ResourceType.parse("iam_user")).containsExactly(ResourceType.IAM_USER);
  }

  @Test
  void parse_invalidName_namesTheValueTheNearestKnownNameAndTheFix() {
    assertThatThrownBy(() -> ResourceType.parse(" EC2-Instance"))
        .isInstanceOf(CatalogException.class)
        .hasMessage("resource type must match [a-z][a-z0-9_]* and have at most 64 characters (was ' EC2-Instance'); "
            + "did you mean ec2_instance? use a built-in type [ec2_instance, ebs_volume, ebs_snapshot, elastic_ip, "
            + "security_group, nat_gateway, load_balancer, s3_bucket, rds_instance, rds_cluster, lambda_function, "
            + "dynamodb_table, iam_user, kms_key, secretsmanager_secret, cloudwatch_log_group, ecr_repository, vpc, "
            + "subnet, ec2_image, autoscaling_group, elb_classic_load_balancer, rds_snapshot, cloudtrail_trail, "
            + "aws_account, iam_role, iam_policy, acm_certificate, eks_cluster, ecs_cluster, ecs_service, "
            + "efs_file_system, elasticache_cluster, opensearch_domain, redshift_cluster, sqs_queue, sns_topic, "
            + "kinesis_stream, sfn_state_machine, apigateway_rest_api, apigatewayv2_api, route53_hosted_zone, "
            + "cloudfront_distribution], a short name [ec2, lambda, rds, s3] or a lower-case name of your own such as "
            + "'acme_widget'");
  }

  @Test
  void parse_invalidNameFarFromAnyKnownName_offersNoGuess() {
    assertThatThrownBy(() -> ResourceType.parse("queue-of-messages"))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("(was 'queue-of-messages'); use a built-in type [")
        .hasMessageNotContaining("did you mean");
  }
}
