package io.github.awsinventory.query.internal.security;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.types.SecurityGroup;
import java.util.Map;

/** How findings name a resource in their messages: {@code EBS volume scratch (vol-0abc)}. */
public final class Labels {

  private static final Map<ResourceType, String> NOUNS = Map.ofEntries(
      Map.entry(ResourceType.EC2_INSTANCE, "EC2 instance"),
      Map.entry(ResourceType.EBS_VOLUME, "EBS volume"),
      Map.entry(ResourceType.EBS_SNAPSHOT, "EBS snapshot"),
      Map.entry(ResourceType.ELASTIC_IP, "Elastic IP"),
      Map.entry(ResourceType.SECURITY_GROUP, "security group"),
      Map.entry(ResourceType.NAT_GATEWAY, "NAT gateway"),
      Map.entry(ResourceType.LOAD_BALANCER, "load balancer"),
      Map.entry(ResourceType.S3_BUCKET, "S3 bucket"),
      Map.entry(ResourceType.RDS_INSTANCE, "RDS instance"),
      Map.entry(ResourceType.RDS_CLUSTER, "RDS cluster"),
      Map.entry(ResourceType.LAMBDA_FUNCTION, "Lambda function"),
      Map.entry(ResourceType.DYNAMODB_TABLE, "DynamoDB table"),
      Map.entry(ResourceType.IAM_USER, "IAM user"),
      Map.entry(ResourceType.KMS_KEY, "KMS key"),
      Map.entry(ResourceType.SECRETSMANAGER_SECRET, "Secrets Manager secret"),
      Map.entry(ResourceType.CLOUDWATCH_LOG_GROUP, "log group"),
      Map.entry(ResourceType.ECR_REPOSITORY, "ECR repository"),
      Map.entry(ResourceType.VPC, "VPC"),
      Map.entry(ResourceType.EC2_IMAGE, "AMI"),
      Map.entry(ResourceType.ELB_CLASSIC_LOAD_BALANCER, "classic load balancer"),
      Map.entry(ResourceType.RDS_SNAPSHOT, "RDS snapshot"),
      Map.entry(ResourceType.CLOUDTRAIL_TRAIL, "CloudTrail trail"),
      Map.entry(ResourceType.AWS_ACCOUNT, "AWS account"),
      Map.entry(ResourceType.IAM_ROLE, "IAM role"),
      Map.entry(ResourceType.IAM_POLICY, "IAM policy"),
      Map.entry(ResourceType.ACM_CERTIFICATE, "ACM certificate"),
      Map.entry(ResourceType.EKS_CLUSTER, "EKS cluster"),
      Map.entry(ResourceType.ECS_CLUSTER, "ECS cluster"),
      Map.entry(ResourceType.ECS_SERVICE, "ECS service"),
      Map.entry(ResourceType.EFS_FILE_SYSTEM, "EFS file system"),
      Map.entry(ResourceType.ELASTICACHE_CLUSTER, "ElastiCache cluster"),
      Map.entry(ResourceType.OPENSEARCH_DOMAIN, "OpenSearch domain"),
      Map.entry(ResourceType.REDSHIFT_CLUSTER, "Redshift cluster"),
      Map.entry(ResourceType.SQS_QUEUE, "SQS queue"),
      Map.entry(ResourceType.SNS_TOPIC, "SNS topic"),
      Map.entry(ResourceType.KINESIS_STREAM, "Kinesis stream"),
      Map.entry(ResourceType.SFN_STATE_MACHINE, "Step Functions state machine"),
      Map.entry(ResourceType.APIGATEWAY_REST_API, "API Gateway REST API"),
      Map.entry(ResourceType.APIGATEWAYV2_API, "API Gateway HTTP or WebSocket API"),
      Map.entry(ResourceType.ROUTE53_HOSTED_ZONE, "Route 53 hosted zone"),
      Map.entry(ResourceType.CLOUDFRONT_DISTRIBUTION, "CloudFront distribution"));

  private Labels() {}

  /**
   * The type's noun and the resource's label, e.g. {@code security group bastion (sg-0abc)}.
   *
   * @param resource the resource
   * @return the description
   */
  public static String describe(Resource resource) {
    return noun(resource.resourceType()) + " " + label(resource);
  }

  /**
   * The type as a noun, e.g. {@code EBS volume}; a custom type's name with spaces for underscores.
   *
   * @param type the type
   * @return the noun
   */
  public static String noun(ResourceType type) {
    String noun = NOUNS.get(type);
    return noun != null ? noun : type.name().replace('_', ' ');
  }

  /**
   * The resource's name, followed by its short id in parentheses when that differs:
   * {@code scratch (vol-0abc)}, {@code alice}.
   *
   * @param resource the resource
   * @return the label
   */
  public static String label(Resource resource) {
    String shortId = shortId(resource);
    return shortId.equals(resource.name()) ? resource.name() : resource.name() + " (" + shortId + ")";
  }

  /**
   * The resource's short id: a security group's {@code group_id}, else the last part of the ARN (after the
   * last {@code /}, or else the last {@code :}).
   *
   * @param resource the resource
   * @return the short id
   */
  public static String shortId(Resource resource) {
    if (ResourceType.SECURITY_GROUP.equals(resource.resourceType())) {
      String groupId = SecurityGroup.GROUP_ID.read(resource).orElse("");
      if (!groupId.isEmpty()) {
        return groupId;
      }
    }
    String id = resource.resourceId();
    int slash = id.lastIndexOf('/');
    int cut = slash >= 0 ? slash : id.lastIndexOf(':');
    String tail = id.substring(cut + 1);
    return tail.isEmpty() ? id : tail;
  }
}
