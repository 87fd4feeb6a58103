package io.github.awsinventory.testkit.estate;

import java.util.List;

/**
 * The names of the resource types an estate builds, as aws-inventory spells them (the test kit does not
 * depend on {@code inventory-model}, so they are plain strings here).
 */
public final class ResourceTypes {

  /** An EC2 instance. */
  public static final String EC2_INSTANCE = "ec2_instance";
  /** An EBS volume (root volumes of instances included). */
  public static final String EBS_VOLUME = "ebs_volume";
  /** An EBS snapshot owned by the account. */
  public static final String EBS_SNAPSHOT = "ebs_snapshot";
  /** An Elastic IP address (those of NAT gateways included). */
  public static final String ELASTIC_IP = "elastic_ip";
  /** A VPC security group (the default group of each VPC included). */
  public static final String SECURITY_GROUP = "security_group";
  /** A NAT gateway. */
  public static final String NAT_GATEWAY = "nat_gateway";
  /** An Elastic Load Balancing v2 load balancer. */
  public static final String LOAD_BALANCER = "load_balancer";
  /** An S3 bucket, in its own region. */
  public static final String S3_BUCKET = "s3_bucket";
  /** An RDS DB instance. */
  public static final String RDS_INSTANCE = "rds_instance";
  /** An RDS DB cluster (Aurora). */
  public static final String RDS_CLUSTER = "rds_cluster";
  /** A Lambda function. */
  public static final String LAMBDA_FUNCTION = "lambda_function";
  /** A DynamoDB table. */
  public static final String DYNAMODB_TABLE = "dynamodb_table";
  /** An IAM user, in region {@link BuiltResource#GLOBAL}. */
  public static final String IAM_USER = "iam_user";
  /** A customer managed KMS key. */
  public static final String KMS_KEY = "kms_key";
  /** A Secrets Manager secret. */
  public static final String SECRETSMANAGER_SECRET = "secretsmanager_secret";
  /** A CloudWatch Logs log group. */
  public static final String CLOUDWATCH_LOG_GROUP = "cloudwatch_log_group";
  /** An ECR repository. */
  public static final String ECR_REPOSITORY = "ecr_repository";
  /** A VPC (the default VPC of each region included, trait {@link Traits#DEFAULT}). */
  public static final String VPC = "vpc";
  /** A subnet (the default subnets of each region included, trait {@link Traits#DEFAULT}). */
  public static final String SUBNET = "subnet";
  /** An AMI the account owns. */
  public static final String EC2_IMAGE = "ec2_image";
  /** An Auto Scaling group. */
  public static final String AUTOSCALING_GROUP = "autoscaling_group";
  /** A classic load balancer. */
  public static final String ELB_CLASSIC_LOAD_BALANCER = "elb_classic_load_balancer";
  /** A manual RDS DB snapshot. */
  public static final String RDS_SNAPSHOT = "rds_snapshot";
  /** A CloudTrail trail, in its home region. */
  public static final String CLOUDTRAIL_TRAIL = "cloudtrail_trail";
  /** One item per account, in region {@link BuiltResource#GLOBAL}. */
  public static final String AWS_ACCOUNT = "aws_account";
  /** An IAM role, in region {@link BuiltResource#GLOBAL} (the Lambda execution role included). */
  public static final String IAM_ROLE = "iam_role";
  /** A customer managed IAM policy, in region {@link BuiltResource#GLOBAL}. */
  public static final String IAM_POLICY = "iam_policy";
  /** An ACM certificate. */
  public static final String ACM_CERTIFICATE = "acm_certificate";
  /** An EKS cluster. */
  public static final String EKS_CLUSTER = "eks_cluster";
  /** An ECS cluster. */
  public static final String ECS_CLUSTER = "ecs_cluster";
  /** An ECS service. */
  public static final String ECS_SERVICE = "ecs_service";
  /** An EFS file system. */
  public static final String EFS_FILE_SYSTEM = "efs_file_system";
  /** An ElastiCache cluster. */
  public static final String ELASTICACHE_CLUSTER = "elasticache_cluster";
  /** An OpenSearch Service domain. */
  public static final String OPENSEARCH_DOMAIN = "opensearch_domain";
  /** A provisioned Redshift cluster. */
  public static final String REDSHIFT_CLUSTER = "redshift_cluster";
  /** An SQS queue. */
  public static final String SQS_QUEUE = "sqs_queue";
  /** An SNS topic. */
  public static final String SNS_TOPIC = "sns_topic";
  /** A Kinesis data stream. */
  public static final String KINESIS_STREAM = "kinesis_stream";
  /** A Step Functions state machine. */
  public static final String SFN_STATE_MACHINE = "sfn_state_machine";
  /** An API Gateway REST API. */
  public static final String APIGATEWAY_REST_API = "apigateway_rest_api";
  /** An API Gateway HTTP or WebSocket API. */
  public static final String APIGATEWAYV2_API = "apigatewayv2_api";
  /** A Route 53 hosted zone, in region {@link BuiltResource#GLOBAL}. */
  public static final String ROUTE53_HOSTED_ZONE = "route53_hosted_zone";
  /** A CloudFront distribution, in region {@link BuiltResource#GLOBAL}. */
  public static final String CLOUDFRONT_DISTRIBUTION = "cloudfront_distribution";

  /**
   * An ECS task definition, which no deep collector covers: the broad tier finds the ones the estate registers
   * for its ECS services, because the emulator's Tagging API lists task definitions whether tagged or not.
   */
  public static final String ECS_TASK_DEFINITION = "ecs_task_definition";

  /** An ElastiCache replication group, which no deep collector covers: the broad tier finds it. */
  public static final String ELASTICACHE_REPLICATION_GROUP = "elasticache_replicationgroup";

  /** The broad tier's scope in each region (the Tagging API); its resources have the types their ARNs give. */
  public static final String TAGGING_API = "tagging_api";
  /** The broad tier's scope for global services, once per account. */
  public static final String TAGGING_API_GLOBAL = "tagging_api_global";

  /** Every built-in type an estate builds, in the order of the type catalogue. */
  public static final List<String> ALL = List.of(EC2_INSTANCE, EBS_VOLUME, EBS_SNAPSHOT, ELASTIC_IP, SECURITY_GROUP,
      NAT_GATEWAY, LOAD_BALANCER, S3_BUCKET, RDS_INSTANCE, RDS_CLUSTER, LAMBDA_FUNCTION, DYNAMODB_TABLE, IAM_USER,
      KMS_KEY, SECRETSMANAGER_SECRET, CLOUDWATCH_LOG_GROUP, ECR_REPOSITORY, VPC, SUBNET, EC2_IMAGE, AUTOSCALING_GROUP,
      ELB_CLASSIC_LOAD_BALANCER, RDS_SNAPSHOT, CLOUDTRAIL_TRAIL, AWS_ACCOUNT, IAM_ROLE, IAM_POLICY, ACM_CERTIFICATE,
      EKS_CLUSTER, ECS_CLUSTER, ECS_SERVICE, EFS_FILE_SYSTEM, ELASTICACHE_CLUSTER, OPENSEARCH_DOMAIN, REDSHIFT_CLUSTER,
      SQS_QUEUE, SNS_TOPIC, KINESIS_STREAM, SFN_STATE_MACHINE, APIGATEWAY_REST_API, APIGATEWAYV2_API,
      ROUTE53_HOSTED_ZONE, CLOUDFRONT_DISTRIBUTION);

  private ResourceTypes() {}
}
