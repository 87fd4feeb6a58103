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

  /** The broad tier's scope in each region (the Tagging API); its resources have the types their ARNs give. */
  public static final String TAGGING_API = "tagging_api";
  /** The broad tier's scope for global services, once per account. */
  public static final String TAGGING_API_GLOBAL = "tagging_api_global";

  /** Every built-in type an estate builds, in the order of {@code config/accounts.json.example}. */
  public static final List<String> ALL = List.of(EC2_INSTANCE, EBS_VOLUME, EBS_SNAPSHOT, ELASTIC_IP, SECURITY_GROUP,
      NAT_GATEWAY, LOAD_BALANCER, S3_BUCKET, RDS_INSTANCE, RDS_CLUSTER, LAMBDA_FUNCTION, DYNAMODB_TABLE, IAM_USER);

  private ResourceTypes() {}
}
