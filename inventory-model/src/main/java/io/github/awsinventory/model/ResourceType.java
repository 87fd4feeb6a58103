package io.github.awsinventory.model;

import io.github.awsinventory.model.catalog.CatalogException;
import io.github.awsinventory.model.util.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kind of an inventoried resource: an open set of names matching {@code [a-z][a-z0-9_]*} (at most 64
 * characters). Forty-three types are built in; embedders add their own simply by naming them (and
 * registering a collector for them).
 *
 * <pre>{@code
 * ResourceType widget = ResourceType.of("acme_widget");
 * ResourceType.EC2_INSTANCE.isBuiltIn();   // true
 * ResourceType.parse("ec2");               // EC2_INSTANCE: the original system's short names still work
 * }</pre>
 */
public final class ResourceType implements Comparable<ResourceType> {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  /** An EC2 instance. */
  public static final ResourceType EC2_INSTANCE = new ResourceType("ec2_instance");
  /** An EBS volume. */
  public static final ResourceType EBS_VOLUME = new ResourceType("ebs_volume");
  /** An EBS snapshot owned by the account. */
  public static final ResourceType EBS_SNAPSHOT = new ResourceType("ebs_snapshot");
  /** An Elastic IP address. */
  public static final ResourceType ELASTIC_IP = new ResourceType("elastic_ip");
  /** A VPC security group. */
  public static final ResourceType SECURITY_GROUP = new ResourceType("security_group");
  /** A NAT gateway. */
  public static final ResourceType NAT_GATEWAY = new ResourceType("nat_gateway");
  /** An Elastic Load Balancing v2 load balancer (application, network or gateway). */
  public static final ResourceType LOAD_BALANCER = new ResourceType("load_balancer");
  /** An S3 bucket (its region is the bucket's own region). */
  public static final ResourceType S3_BUCKET = new ResourceType("s3_bucket");
  /** An RDS DB instance. */
  public static final ResourceType RDS_INSTANCE = new ResourceType("rds_instance");
  /** An RDS (Aurora or Multi-AZ) DB cluster. */
  public static final ResourceType RDS_CLUSTER = new ResourceType("rds_cluster");
  /** A Lambda function. */
  public static final ResourceType LAMBDA_FUNCTION = new ResourceType("lambda_function");
  /** A DynamoDB table. */
  public static final ResourceType DYNAMODB_TABLE = new ResourceType("dynamodb_table");
  /** An IAM user (region {@code global}). */
  public static final ResourceType IAM_USER = new ResourceType("iam_user");
  /** A customer managed KMS key. */
  public static final ResourceType KMS_KEY = new ResourceType("kms_key");
  /** A Secrets Manager secret. */
  public static final ResourceType SECRETSMANAGER_SECRET = new ResourceType("secretsmanager_secret");
  /** A CloudWatch Logs log group. */
  public static final ResourceType CLOUDWATCH_LOG_GROUP = new ResourceType("cloudwatch_log_group");
  /** An ECR private repository. */
  public static final ResourceType ECR_REPOSITORY = new ResourceType("ecr_repository");
  /** A VPC. */
  public static final ResourceType VPC = new ResourceType("vpc");
  /** A VPC subnet. */
  public static final ResourceType SUBNET = new ResourceType("subnet");
  /** An AMI (EC2 image) the account owns. */
  public static final ResourceType EC2_IMAGE = new ResourceType("ec2_image");
  /** An EC2 Auto Scaling group. */
  public static final ResourceType AUTOSCALING_GROUP = new ResourceType("autoscaling_group");
  /** A Classic Load Balancer (Elastic Load Balancing v1). */
  public static final ResourceType ELB_CLASSIC_LOAD_BALANCER = new ResourceType("elb_classic_load_balancer");
  /** A DB snapshot of an RDS DB instance that the account owns. */
  public static final ResourceType RDS_SNAPSHOT = new ResourceType("rds_snapshot");
  /** A CloudTrail trail, in its home region. */
  public static final ResourceType CLOUDTRAIL_TRAIL = new ResourceType("cloudtrail_trail");
  /** An AWS account's own security settings, one item per account (region {@code global}). */
  public static final ResourceType AWS_ACCOUNT = new ResourceType("aws_account");
  /** An IAM role (region {@code global}). */
  public static final ResourceType IAM_ROLE = new ResourceType("iam_role");
  /** A customer managed IAM policy (region {@code global}). */
  public static final ResourceType IAM_POLICY = new ResourceType("iam_policy");
  /** An ACM certificate. */
  public static final ResourceType ACM_CERTIFICATE = new ResourceType("acm_certificate");
  /** An EKS cluster. */
  public static final ResourceType EKS_CLUSTER = new ResourceType("eks_cluster");
  /** An ECS cluster. */
  public static final ResourceType ECS_CLUSTER = new ResourceType("ecs_cluster");
  /** An ECS service. */
  public static final ResourceType ECS_SERVICE = new ResourceType("ecs_service");
  /** An EFS file system. */
  public static final ResourceType EFS_FILE_SYSTEM = new ResourceType("efs_file_system");
  /** An ElastiCache cache cluster. */
  public static final ResourceType ELASTICACHE_CLUSTER = new ResourceType("elasticache_cluster");
  /** An OpenSearch Service domain. */
  public static final ResourceType OPENSEARCH_DOMAIN = new ResourceType("opensearch_domain");
  /** A provisioned Redshift cluster. */
  public static final ResourceType REDSHIFT_CLUSTER = new ResourceType("redshift_cluster");
  /** An SQS queue. */
  public static final ResourceType SQS_QUEUE = new ResourceType("sqs_queue");
  /** An SNS topic. */
  public static final ResourceType SNS_TOPIC = new ResourceType("sns_topic");
  /** A Kinesis data stream. */
  public static final ResourceType KINESIS_STREAM = new ResourceType("kinesis_stream");
  /** A Step Functions state machine. */
  public static final ResourceType SFN_STATE_MACHINE = new ResourceType("sfn_state_machine");
  /** An API Gateway REST API. */
  public static final ResourceType APIGATEWAY_REST_API = new ResourceType("apigateway_rest_api");
  /** An API Gateway HTTP or WebSocket API. */
  public static final ResourceType APIGATEWAYV2_API = new ResourceType("apigatewayv2_api");
  /** A Route 53 hosted zone. */
  public static final ResourceType ROUTE53_HOSTED_ZONE = new ResourceType("route53_hosted_zone");
  /** A CloudFront distribution. */
  public static final ResourceType CLOUDFRONT_DISTRIBUTION = new ResourceType("cloudfront_distribution");

  private static final List<ResourceType> BUILT_IN = List.of(
      EC2_INSTANCE, EBS_VOLUME, EBS_SNAPSHOT, ELASTIC_IP, SECURITY_GROUP, NAT_GATEWAY, LOAD_BALANCER,
      S3_BUCKET, RDS_INSTANCE, RDS_CLUSTER, LAMBDA_FUNCTION, DYNAMODB_TABLE, IAM_USER, KMS_KEY,
      SECRETSMANAGER_SECRET, CLOUDWATCH_LOG_GROUP, ECR_REPOSITORY, VPC, SUBNET, EC2_IMAGE, AUTOSCALING_GROUP,
      ELB_CLASSIC_LOAD_BALANCER, RDS_SNAPSHOT, CLOUDTRAIL_TRAIL, AWS_ACCOUNT, IAM_ROLE, IAM_POLICY, ACM_CERTIFICATE,
      EKS_CLUSTER, ECS_CLUSTER, ECS_SERVICE, EFS_FILE_SYSTEM, ELASTICACHE_CLUSTER, OPENSEARCH_DOMAIN, REDSHIFT_CLUSTER,
      SQS_QUEUE, SNS_TOPIC, KINESIS_STREAM, SFN_STATE_MACHINE, APIGATEWAY_REST_API, APIGATEWAYV2_API,
      ROUTE53_HOSTED_ZONE, CLOUDFRONT_DISTRIBUTION);

  /** The original system's short names and the types each stands for. */
  private static final Map<String, List<ResourceType>> LEGACY = Map.of(
      "ec2", List.of(EC2_INSTANCE),
      "rds", List.of(RDS_INSTANCE, RDS_CLUSTER),
      "s3", List.of(S3_BUCKET),
      "lambda", List.of(LAMBDA_FUNCTION));

  private final String name;

  private ResourceType(String name) {
    this.name = name;
  }

  /**
   * Returns the type with this name: the built-in constant where there is one, otherwise a custom type.
   *
   * @param name a name matching {@code [a-z][a-z0-9_]*}, at most 64 characters
   * @return the type
   * @throws CatalogException if the name does not match; the message names it, the nearest built-in or short
   *     name when it looks like a typo, and the rule
   */
  public static ResourceType of(String name) {
    Objects.requireNonNull(name, "name");
    return of(name, name);
  }

  private static ResourceType of(String name, String given) {
    for (ResourceType type : BUILT_IN) {
      if (type.name.equals(name)) {
        return type;
      }
    }
    if (!NAME.matcher(name).matches()) {
      throw new CatalogException("resource type must match [a-z][a-z0-9_]* and have at most 64 characters (was '"
          + given + "'); " + Suggestions.didYouMean(name, knownNames()) + "use a built-in type "
          + BUILT_IN + ", a short name " + LEGACY.keySet().stream().sorted().toList()
          + " or a lower-case name of your own such as 'acme_widget'");
    }
    return new ResourceType(name);
  }

  /** The built-in names and the short legacy names, the candidates for a "did you mean". */
  private static List<String> knownNames() {
    List<String> names = new ArrayList<>();
    BUILT_IN.forEach(type -> names.add(type.name));
    LEGACY.keySet().stream().sorted().forEach(names::add);
    return names;
  }

  /**
   * Returns the types a name stands for, accepting the original system's short names ({@code ec2},
   * {@code rds}, {@code s3}, {@code lambda}; {@code rds} stands for both instances and clusters) and
   * ignoring case.
   *
   * @param nameOrLegacyName a type name or a short legacy name
   * @return the types, never empty
   * @throws CatalogException if the name is not a valid type name, even ignoring case; the message names it,
   *     the nearest built-in or short name when it looks like a typo, and the rule
   */
  public static List<ResourceType> parse(String nameOrLegacyName) {
    Objects.requireNonNull(nameOrLegacyName, "nameOrLegacyName");
    String normalized = nameOrLegacyName.trim().toLowerCase(Locale.ROOT);
    List<ResourceType> legacy = LEGACY.get(normalized);
    return legacy != null ? legacy : List.of(of(normalized, nameOrLegacyName));
  }

  /**
   * Tells whether a name is one of the original system's short names.
   *
   * @param name a name as written in a configuration file
   * @return the types it stands for, when it is a legacy name
   */
  public static Optional<List<ResourceType>> legacy(String name) {
    return Optional.ofNullable(LEGACY.get(name.trim().toLowerCase(Locale.ROOT)));
  }

  /**
   * The twenty-three built-in types, in a stable order.
   * The twenty-one built-in types, in a stable order.
   *
   * @return an immutable list
   */
  public static List<ResourceType> builtIn() {
    return BUILT_IN;
  }

  /**
   * Whether this is one of the twenty-three built-in types.
   * Whether this is one of the twenty-one built-in types.
   *
   * @return true for a built-in type
   */
  public boolean isBuiltIn() {
    return BUILT_IN.contains(this);
  }

  /**
   * The type's name as stored in the table, e.g. {@code ec2_instance}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  @Override
  public int compareTo(ResourceType other) {
    return name.compareTo(other.name);
  }

  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof ResourceType && ((ResourceType) other).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
