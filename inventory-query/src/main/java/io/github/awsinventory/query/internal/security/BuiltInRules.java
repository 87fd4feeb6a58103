package io.github.awsinventory.query.internal.security;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.types.ApiGatewayRestApi;
import io.github.awsinventory.model.types.ApiGatewayV2Api;
import io.github.awsinventory.model.types.AwsAccount;
import io.github.awsinventory.model.types.CloudFrontDistribution;
import io.github.awsinventory.model.types.CloudTrailTrail;
import io.github.awsinventory.model.types.CloudWatchLogGroup;
import io.github.awsinventory.model.types.EbsSnapshot;
import io.github.awsinventory.model.types.EbsVolume;
import io.github.awsinventory.model.types.Ec2Image;
import io.github.awsinventory.model.types.EcrRepository;
import io.github.awsinventory.model.types.EcsCluster;
import io.github.awsinventory.model.types.EcsService;
import io.github.awsinventory.model.types.EfsFileSystem;
import io.github.awsinventory.model.types.EksCluster;
import io.github.awsinventory.model.types.ElastiCacheCluster;
import io.github.awsinventory.model.types.IamPolicy;
import io.github.awsinventory.model.types.KinesisStream;
import io.github.awsinventory.model.types.OpenSearchDomain;
import io.github.awsinventory.model.types.RdsCluster;
import io.github.awsinventory.model.types.RdsInstance;
import io.github.awsinventory.model.types.RdsSnapshot;
import io.github.awsinventory.model.types.RedshiftCluster;
import io.github.awsinventory.model.types.S3Bucket;
import io.github.awsinventory.model.types.SfnStateMachine;
import io.github.awsinventory.model.types.SnsTopic;
import io.github.awsinventory.model.types.SqsQueue;
import io.github.awsinventory.model.types.Subnet;
import io.github.awsinventory.model.types.Vpc;
import io.github.awsinventory.query.security.Control;
import io.github.awsinventory.query.security.SecurityRule;
import io.github.awsinventory.query.security.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The built-in security rules, documented in {@code docs/SECURITY_RULES.md}. */
public final class BuiltInRules {

  /** Ports of databases and data stores that SG-003 reports when open to the internet. */
  static final Integer[] DATABASE_PORTS = {1433, 1521, 3306, 5432, 5439, 6379, 9042, 9200, 11211, 27017};

  private static final String WORLD = "0.0.0.0/0 or ::/0";

  private static final List<SecurityRule> ALL = List.of(
      new AttributeValueRule<>("EBS-001", Severity.HIGH, "EBS volume not encrypted",
          "Volumes cannot be encrypted in place: snapshot the volume, copy the snapshot with encryption, create "
              + "a volume from the copy and swap it in; turn on EBS encryption by default in every region.",
          Map.of(ResourceType.EBS_VOLUME, EbsVolume.ENCRYPTED), false, "is not encrypted")
          .matching(Control.cis("2.2.1"), Control.fsbp("EC2.3")),
      new AttributeValueRule<>("EBS-002", Severity.HIGH, "EBS snapshot not encrypted",
          "Copy the snapshot with encryption (ec2 copy-snapshot --encrypted) and delete the unencrypted "
              + "original; turn on EBS encryption by default so that new snapshots are encrypted.",
          Map.of(ResourceType.EBS_SNAPSHOT, EbsSnapshot.ENCRYPTED), false, "is not encrypted"),
      new AttributeValueRule<>("RDS-001", Severity.HIGH, "RDS storage not encrypted",
          "Storage encryption cannot be turned on for an existing database: snapshot it, copy the snapshot "
              + "with a KMS key, restore from the encrypted copy and move clients to it.",
          Map.of(ResourceType.RDS_INSTANCE, RdsInstance.STORAGE_ENCRYPTED, ResourceType.RDS_CLUSTER,
              RdsCluster.STORAGE_ENCRYPTED),
          false, "has unencrypted storage")
          .matching(Control.cis("2.3.1"), Control.fsbp("RDS.3"), Control.fsbp("RDS.27")),
      new AttributeValueRule<>("RDS-002", Severity.CRITICAL, "RDS instance publicly accessible",
          "Modify the DB instance with --no-publicly-accessible and keep it in private subnets; reach it "
              + "through a VPN, a bastion or Session Manager port forwarding.",
          Map.of(ResourceType.RDS_INSTANCE, RdsInstance.PUBLICLY_ACCESSIBLE), true, "is publicly accessible")
          .matching(Control.cis("2.3.3"), Control.fsbp("RDS.2")),
      PublicAccessBlockRule.bucket().matching(Control.cis("2.1.4"), Control.fsbp("S3.1"), Control.fsbp("S3.8")),
      new AttributeValueRule<>("S3-002", Severity.MEDIUM, "S3 bucket without default encryption",
          "Configure default encryption for the bucket (s3api put-bucket-encryption with SSE-S3 or SSE-KMS).",
          Map.of(ResourceType.S3_BUCKET, S3Bucket.DEFAULT_ENCRYPTION), "none", "has no default encryption")
          .matching(Control.fsbp("S3.4")),
      OpenIngressRule.onPorts("SG-001", Severity.CRITICAL, "Security group open to the internet on SSH",
          "Remove the inbound rules that allow port 22 from " + WORLD + "; allow SSH only from known "
              + "addresses, or use Session Manager instead.",
          "port", 22).matching(Control.cis("5.2"), Control.cis("5.3"), Control.fsbp("EC2.13")),
      OpenIngressRule.onPorts("SG-002", Severity.CRITICAL, "Security group open to the internet on RDP",
          "Remove the inbound rules that allow port 3389 from " + WORLD + "; allow RDP only from known "
              + "addresses, or use Fleet Manager or a VPN instead.",
          "port", 3389).matching(Control.cis("5.2"), Control.cis("5.3"), Control.fsbp("EC2.14")),
      OpenIngressRule.onPorts("SG-003", Severity.HIGH, "Security group open to the internet on a database port",
          "Remove the inbound rules that open database ports to " + WORLD + "; allow only the security "
              + "groups or private ranges of the applications that use the database.",
          "database port", DATABASE_PORTS).matching(Control.fsbp("EC2.19")),
      OpenIngressRule.onAllPorts("SG-004", Severity.CRITICAL, "Security group open to the internet on all ports",
          "Replace the inbound rule that allows all traffic (or every port) from " + WORLD + " with rules for "
              + "the ports the service needs, from the sources that need them.").matching(Control.fsbp("EC2.18")),
      new ConsoleWithoutMfaRule().matching(Control.cis("1.10"), Control.fsbp("IAM.5")),
      AccessKeyRule.rotation().matching(Control.cis("1.14"), Control.fsbp("IAM.3")),
      AccessKeyRule.usage().matching(Control.cis("1.12"), Control.fsbp("IAM.8")),
      new ImdsV1Rule().matching(Control.cis("5.6"), Control.fsbp("EC2.8")),
      new DeprecatedRuntimeRule().matching(Control.fsbp("Lambda.2")),
      KmsKeyRule.rotation().matching(Control.cis("3.6"), Control.fsbp("KMS.4")),
      KmsKeyRule.deletion().matching(Control.fsbp("KMS.3")),
      SecretRotationRule.rotation().matching(Control.fsbp("SecretsManager.1")),
      SecretRotationRule.age().matching(Control.fsbp("SecretsManager.4")),
      new AttributeValueRule<>("LOGS-001", Severity.LOW, "CloudWatch Logs log group that never expires",
          "Set a retention period that covers what the group's events are needed for (logs put-retention-policy), "
              + "exporting to S3 first what must be kept longer.",
          Map.of(ResourceType.CLOUDWATCH_LOG_GROUP, CloudWatchLogGroup.NEVER_EXPIRES), true,
          "keeps its events forever"),
      new LogGroupEncryptionRule(),
      new AttributeValueRule<>("ECR-001", Severity.MEDIUM, "ECR repository without scan on push",
          "Turn on scan on push for the repository (ecr put-image-scanning-configuration --image-scanning-"
              + "configuration scanOnPush=true), or enhanced scanning for the registry.",
          Map.of(ResourceType.ECR_REPOSITORY, EcrRepository.SCAN_ON_PUSH), false, "does not scan images on push")
          .matching(Control.fsbp("ECR.1")),
      new TagMutabilityRule().matching(Control.fsbp("ECR.2")),
      new AttributeValueRule<>("ECR-003", Severity.LOW, "ECR repository without a lifecycle policy",
          "Add a lifecycle policy that expires untagged images and keeps a bounded number of tagged ones "
              + "(ecr put-lifecycle-policy).",
          Map.of(ResourceType.ECR_REPOSITORY, EcrRepository.LIFECYCLE_POLICY), false, "has no lifecycle policy")
          .matching(Control.fsbp("ECR.3")),
      new AttributeValueRule<>("VPC-001", Severity.MEDIUM, "VPC without flow logs",
          "Create a flow log for the VPC (ec2 create-flow-logs --resource-type VPC) that records at least "
              + "rejected traffic, to CloudWatch Logs or S3, so that traffic can be investigated after an incident.",
          Map.of(ResourceType.VPC, Vpc.FLOW_LOGS_ENABLED), false, "has no active flow log")
          .matching(Control.cis("3.7"), Control.fsbp("EC2.6")),
      new AttributeValueRule<>("SUBNET-001", Severity.MEDIUM, "Subnet assigns public IP addresses automatically",
          "Turn off auto-assign public IPv4 (ec2 modify-subnet-attribute --no-map-public-ip-on-launch) and give a "
              + "public address, or an Elastic IP, only to the instances that must be reachable from the internet.",
          Map.of(ResourceType.SUBNET, Subnet.MAP_PUBLIC_IP_ON_LAUNCH), true, "assigns public IPv4 addresses on launch")
          .matching(Control.fsbp("EC2.15")),
      new AttributeValueRule<>("AMI-001", Severity.HIGH, "AMI is public",
          "Make the AMI private (ec2 modify-image-attribute --launch-permission \"Remove=[{Group=all}]\") and share "
              + "it with the accounts that need it by account id; turn on block public access for AMIs.",
          Map.of(ResourceType.EC2_IMAGE, Ec2Image.IS_PUBLIC), true, "is public"),
      new ClassicPlainHttpRule().matching(Control.fsbp("ELB.3")),
      new AttributeValueRule<>("RDS-003", Severity.CRITICAL, "RDS snapshot is public",
          "Remove 'all' from the snapshot's restore attribute (rds modify-db-snapshot-attribute --attribute-name "
              + "restore --values-to-remove all) and share it only with the account ids that need it.",
          Map.of(ResourceType.RDS_SNAPSHOT, RdsSnapshot.IS_PUBLIC), true, "is public")
          .matching(Control.fsbp("RDS.1")),
      new AttributeValueRule<>("RDS-004", Severity.HIGH, "RDS snapshot not encrypted",
          "Copy the snapshot with a KMS key (rds copy-db-snapshot --kms-key-id) and delete the unencrypted "
              + "original; encrypt the source DB instance so that its new snapshots are encrypted.",
          Map.of(ResourceType.RDS_SNAPSHOT, RdsSnapshot.ENCRYPTED), false, "is not encrypted")
          .matching(Control.fsbp("RDS.4")),
      new AttributeValueRule<>("CT-001", Severity.MEDIUM, "CloudTrail trail not multi-region",
          "Make the trail record every region (cloudtrail update-trail --is-multi-region-trail), or keep one "
              + "multi-region trail that records management events and delete the single-region ones.",
          Map.of(ResourceType.CLOUDTRAIL_TRAIL, CloudTrailTrail.IS_MULTI_REGION_TRAIL), false,
          "records one region only").matching(Control.cis("3.1"), Control.fsbp("CloudTrail.1")),
      new AttributeValueRule<>("CT-002", Severity.HIGH, "CloudTrail trail not logging",
          "Start the trail (cloudtrail start-logging), or delete it if another trail records the same events.",
          Map.of(ResourceType.CLOUDTRAIL_TRAIL, CloudTrailTrail.IS_LOGGING), false, "is not logging"),
      new AttributeValueRule<>("CT-003", Severity.MEDIUM, "CloudTrail log file validation off",
          "Turn on log file validation (cloudtrail update-trail --enable-log-file-validation), so that changed "
              + "or deleted log files can be detected.",
          Map.of(ResourceType.CLOUDTRAIL_TRAIL, CloudTrailTrail.LOG_FILE_VALIDATION_ENABLED), false,
          "does not validate its log files").matching(Control.cis("3.2"), Control.fsbp("CloudTrail.4")),
      new AbsentAttributeRule("CT-004", Severity.MEDIUM, "CloudTrail trail not encrypted with KMS",
          "Encrypt the trail's log files with a customer managed KMS key (cloudtrail update-trail --kms-key-id) "
              + "whose policy lets CloudTrail encrypt and the log readers decrypt.",
          ResourceType.CLOUDTRAIL_TRAIL, CloudTrailTrail.KMS_KEY_ID, "is not encrypted with a KMS key")
          .matching(Control.cis("3.5"), Control.fsbp("CloudTrail.2")),
      new AttributeValueRule<>("ACCOUNT-001", Severity.HIGH, "Root user without MFA",
          "Sign in as the root user and assign it an MFA device (a hardware key where possible); keep the root "
              + "user for the few tasks that need it.",
          Map.of(ResourceType.AWS_ACCOUNT, AwsAccount.ROOT_MFA_ACTIVE), false, "has a root user without MFA")
          .matching(Control.cis("1.5"), Control.fsbp("IAM.9")),
      new AttributeValueRule<>("ACCOUNT-002", Severity.HIGH, "Root user access keys exist",
          "Delete the root user's access keys (Security credentials of the root user) after moving whatever "
              + "uses them to IAM roles.",
          Map.of(ResourceType.AWS_ACCOUNT, AwsAccount.ROOT_ACCESS_KEYS_PRESENT), true, "has root user access keys")
          .matching(Control.cis("1.4"), Control.fsbp("IAM.4")),
      new PasswordPolicyRule().matching(Control.cis("1.8"), Control.cis("1.9"), Control.fsbp("IAM.7")),
      new EbsDefaultEncryptionRule().matching(Control.cis("2.2.1"), Control.fsbp("EC2.7")),
      new AttributeValueRule<>("ACCOUNT-005", Severity.HIGH, "No multi-region CloudTrail trail logging",
          "Create a multi-region trail that records read and write management events (cloudtrail create-trail "
              + "--is-multi-region-trail, then start-logging), or start the one that is stopped.",
          Map.of(ResourceType.AWS_ACCOUNT, AwsAccount.MULTI_REGION_TRAIL_LOGGING), false,
          "has no multi-region CloudTrail trail that is logging")
          .matching(Control.cis("3.1"), Control.fsbp("CloudTrail.1")),
      PublicAccessBlockRule.account().matching(Control.cis("2.1.4"), Control.fsbp("S3.1")),
      new RoleTrustRule(),
      new AttributeValueRule<>("IAM-005", Severity.HIGH, "Customer managed policy allows full administrative access",
          "Replace the statement that allows \"*\" on \"*\" with the actions and resources the policy's users "
              + "need; keep full access to a few break-glass roles, granted by the AWS managed AdministratorAccess "
              + "policy.",
          Map.of(ResourceType.IAM_POLICY, IamPolicy.ALLOWS_FULL_ADMIN), true, "allows every action on every resource")
          .matching(Control.cis("1.16"), Control.fsbp("IAM.1")),
      new CertificateExpiryRule().matching(Control.fsbp("ACM.1")),
      EksClusterRules.publicEndpoint().matching(Control.fsbp("EKS.1")),
      EksClusterRules.auditLogging().matching(Control.fsbp("EKS.8")),
      new AttributeValueRule<>("EKS-003", Severity.MEDIUM, "EKS secrets not encrypted with KMS",
          "Associate a KMS key with the cluster for secrets (eks associate-encryption-config with resources "
              + "[\"secrets\"]); it cannot be removed afterwards.",
          Map.of(ResourceType.EKS_CLUSTER, EksCluster.SECRETS_ENCRYPTED), false,
          "does not encrypt Kubernetes secrets with a KMS key").matching(Control.fsbp("EKS.3")),
      new AttributeValueRule<>("ECS-001", Severity.MEDIUM, "ECS cluster without Container Insights",
          "Turn on Container Insights for the cluster (ecs update-cluster-settings --settings "
              + "name=containerInsights,value=enabled), and make it the account default (ecs put-account-setting).",
          Map.of(ResourceType.ECS_CLUSTER, EcsCluster.CONTAINER_INSIGHTS), "disabled",
          "has Container Insights off").matching(Control.fsbp("ECS.12")),
      new AttributeValueRule<>("ECS-002", Severity.HIGH, "ECS service assigns public IPs automatically",
          "Update the service's awsvpc network configuration to assignPublicIp=DISABLED, run its tasks in private "
              + "subnets and reach the internet through a NAT gateway or VPC endpoints.",
          Map.of(ResourceType.ECS_SERVICE, EcsService.ASSIGN_PUBLIC_IP), "ENABLED",
          "assigns public IP addresses to its tasks").matching(Control.fsbp("ECS.2")),
      new AttributeValueRule<>("EFS-001", Severity.HIGH, "EFS file system not encrypted",
          "File systems cannot be encrypted in place: create an encrypted file system, copy the data (AWS DataSync "
              + "or AWS Backup restore) and move the clients; require encryption with an SCP or IAM condition on "
              + "elasticfilesystem:Encrypted.",
          Map.of(ResourceType.EFS_FILE_SYSTEM, EfsFileSystem.ENCRYPTED), false, "is not encrypted")
          .matching(Control.cis("2.4.1"), Control.fsbp("EFS.1")),
      new AttributeValueRule<>("ELASTICACHE-001", Severity.HIGH, "ElastiCache cluster not encrypted at rest",
          "At-rest encryption cannot be turned on for an existing cluster: create an encrypted replication group "
              + "from a backup of this one and move the clients to it.",
          Map.of(ResourceType.ELASTICACHE_CLUSTER, ElastiCacheCluster.AT_REST_ENCRYPTION_ENABLED), false,
          "is not encrypted at rest").matching(Control.fsbp("ElastiCache.4")),
      new AttributeValueRule<>("ELASTICACHE-002", Severity.MEDIUM, "ElastiCache cluster not encrypted in transit",
          "Turn on in-transit encryption (modify-replication-group --transit-encryption-enabled, first in "
              + "preferred mode while the clients move to TLS, then required).",
          Map.of(ResourceType.ELASTICACHE_CLUSTER, ElastiCacheCluster.TRANSIT_ENCRYPTION_ENABLED), false,
          "is not encrypted in transit").matching(Control.fsbp("ElastiCache.5")),
      new AttributeValueRule<>("OPENSEARCH-001", Severity.HIGH, "OpenSearch domain not encrypted at rest",
          "Turn on encryption at rest (opensearch update-domain-config --encryption-at-rest-options Enabled=true; "
              + "domains on engine versions before OpenSearch 1.0 / Elasticsearch 6.7 need a new domain).",
          Map.of(ResourceType.OPENSEARCH_DOMAIN, OpenSearchDomain.ENCRYPTION_AT_REST), false,
          "is not encrypted at rest").matching(Control.fsbp("Opensearch.1")),
      new AttributeValueRule<>("OPENSEARCH-002", Severity.MEDIUM, "OpenSearch domain without node-to-node encryption",
          "Turn on node-to-node encryption (opensearch update-domain-config --node-to-node-encryption-options "
              + "Enabled=true); it cannot be turned off again.",
          Map.of(ResourceType.OPENSEARCH_DOMAIN, OpenSearchDomain.NODE_TO_NODE_ENCRYPTION), false,
          "does not encrypt traffic between its nodes").matching(Control.fsbp("Opensearch.3")),
      new AttributeValueRule<>("OPENSEARCH-003", Severity.HIGH, "OpenSearch domain not in a VPC",
          "A domain cannot move from a public endpoint into a VPC: create a domain in the VPC, restore a snapshot "
              + "into it and move the clients; meanwhile restrict the public domain's access policy to known "
              + "principals and addresses.",
          Map.of(ResourceType.OPENSEARCH_DOMAIN, OpenSearchDomain.IN_VPC), false,
          "has a public endpoint, not a VPC one").matching(Control.fsbp("Opensearch.2")),
      new AttributeValueRule<>("REDSHIFT-001", Severity.CRITICAL, "Redshift cluster publicly accessible",
          "Modify the cluster with --no-publicly-accessible and keep it in private subnets; reach it through a "
              + "VPN, a bastion or the Redshift Data API.",
          Map.of(ResourceType.REDSHIFT_CLUSTER, RedshiftCluster.PUBLICLY_ACCESSIBLE), true, "is publicly accessible")
          .matching(Control.fsbp("Redshift.1")),
      new AttributeValueRule<>("REDSHIFT-002", Severity.HIGH, "Redshift cluster not encrypted",
          "Turn on encryption (redshift modify-cluster --encrypted with a KMS key); Redshift migrates the data to "
              + "an encrypted cluster, read-only while it runs.",
          Map.of(ResourceType.REDSHIFT_CLUSTER, RedshiftCluster.ENCRYPTED), false, "is not encrypted")
          .matching(Control.fsbp("Redshift.10")),
      new AttributeValueRule<>("SQS-001", Severity.MEDIUM, "SQS queue not encrypted at rest",
          "Turn on server-side encryption for the queue: SQS managed keys (sqs set-queue-attributes "
              + "SqsManagedSseEnabled=true) or a KMS key (KmsMasterKeyId).",
          Map.of(ResourceType.SQS_QUEUE, SqsQueue.ENCRYPTION), "none", "is not encrypted at rest")
          .matching(Control.fsbp("SQS.1")),
      new AttributeValueRule<>("SQS-002", Severity.CRITICAL, "SQS queue policy open to everyone",
          "Replace the principal * in the queue policy with the accounts, roles or services that use the queue, "
              + "or restrict the statement with a condition such as aws:SourceArn or aws:SourceAccount.",
          Map.of(ResourceType.SQS_QUEUE, SqsQueue.OPEN_TO_EVERYONE), true, "has a policy open to everyone")
          .matching(Control.fsbp("SQS.3")),
      new AttributeValueRule<>("SNS-001", Severity.MEDIUM, "SNS topic not encrypted at rest",
          "Turn on server-side encryption for the topic with a KMS key (sns set-topic-attributes "
              + "--attribute-name KmsMasterKeyId); publishers then need kms:GenerateDataKey and kms:Decrypt on it.",
          Map.of(ResourceType.SNS_TOPIC, SnsTopic.ENCRYPTED), false, "is not encrypted at rest")
          .matching(Control.fsbp("SNS.1")),
      new AttributeValueRule<>("SNS-002", Severity.CRITICAL, "SNS topic policy open to everyone",
          "Replace the principal * in the topic policy with the accounts, roles or services that publish and "
              + "subscribe, or restrict the statement with a condition such as aws:SourceArn or aws:SourceAccount.",
          Map.of(ResourceType.SNS_TOPIC, SnsTopic.OPEN_TO_EVERYONE), true, "has a policy open to everyone"),
      new AttributeValueRule<>("KINESIS-001", Severity.MEDIUM, "Kinesis stream not encrypted at rest",
          "Turn on server-side encryption for the stream (kinesis start-stream-encryption --encryption-type KMS "
              + "--key-id alias/aws/kinesis, or a KMS key of your own); producers and consumers need access to the "
              + "key.",
          Map.of(ResourceType.KINESIS_STREAM, KinesisStream.ENCRYPTION_TYPE), "NONE", "is not encrypted at rest")
          .matching(Control.fsbp("Kinesis.1")),
      new AttributeValueRule<>("SFN-001", Severity.MEDIUM, "Step Functions state machine without logging",
          "Turn on logging to CloudWatch Logs for the state machine (at least level ERROR) in its logging "
              + "configuration; the role it runs as needs the CloudWatch Logs log delivery permissions.",
          Map.of(ResourceType.SFN_STATE_MACHINE, SfnStateMachine.LOGGING_LEVEL), "OFF", "does not log its executions")
          .matching(Control.fsbp("StepFunctions.1")),
      new StageListRule("APIGW-001", Severity.MEDIUM, "API Gateway REST or WebSocket API stage without execution "
          + "logging",
          "Turn on CloudWatch execution logging for every stage at level ERROR or INFO (a REST stage's method "
              + "settings */* logging/loglevel, a WebSocket stage's default route settings), after setting the "
              + "account's API Gateway CloudWatch Logs role.",
          Map.of(ResourceType.APIGATEWAY_REST_API, ApiGatewayRestApi.STAGES_WITHOUT_EXECUTION_LOGGING,
              ResourceType.APIGATEWAYV2_API, ApiGatewayV2Api.STAGES_WITHOUT_EXECUTION_LOGGING),
          "has stages without execution logging")
          .except(api -> ApiGatewayV2Api.PROTOCOL_TYPE.read(api).equals(Optional.of("HTTP")))
          .matching(Control.fsbp("APIGateway.1")),
      new StageListRule("APIGW-002", Severity.MEDIUM, "API Gateway REST API stage without a WAF web ACL",
          "Associate an AWS WAF web ACL with every stage (wafv2 associate-web-acl with the stage's ARN) to filter "
              + "requests before they reach the API.",
          Map.of(ResourceType.APIGATEWAY_REST_API, ApiGatewayRestApi.STAGES_WITHOUT_WAF),
          "has stages without a WAF web ACL")
          .matching(Control.fsbp("APIGateway.4")),
      new StageListRule("APIGW-004", Severity.MEDIUM, "API Gateway REST API stage caches responses unencrypted",
          "Turn on cache encryption (caching/dataEncrypted) for every method setting of the stage that caches "
              + "responses.",
          Map.of(ResourceType.APIGATEWAY_REST_API, ApiGatewayRestApi.STAGES_WITH_CACHE_UNENCRYPTED),
          "has stages that cache responses unencrypted")
          .matching(Control.fsbp("APIGateway.5")),
      new StageListRule("APIGW-005", Severity.LOW, "API Gateway REST API stage without X-Ray tracing",
          "Turn on AWS X-Ray tracing for every stage (tracingEnabled) to follow requests through the API and its "
              + "integrations.",
          Map.of(ResourceType.APIGATEWAY_REST_API, ApiGatewayRestApi.STAGES_WITHOUT_TRACING),
          "has stages without X-Ray tracing")
          .matching(Control.fsbp("APIGateway.3")),
      new StageListRule("APIGW-006", Severity.MEDIUM, "API Gateway REST API stage without access logging",
          "Configure access logging for every stage (accessLogSettings with a CloudWatch Logs log group or a "
              + "Firehose stream and a log format) to record who called the API.",
          Map.of(ResourceType.APIGATEWAY_REST_API, ApiGatewayRestApi.STAGES_WITHOUT_ACCESS_LOGGING),
          "has stages without access logging"),
      new StageListRule("APIGW-003", Severity.MEDIUM, "API Gateway HTTP or WebSocket API stage without access logging",
          "Configure access logging for every stage (AccessLogSettings with a CloudWatch Logs log group and a log "
              + "format) to record who called the API.",
          Map.of(ResourceType.APIGATEWAYV2_API, ApiGatewayV2Api.STAGES_WITHOUT_ACCESS_LOGGING),
          "has stages without access logging")
          .matching(Control.fsbp("APIGateway.9")),
      Route53Rules.queryLogging().matching(Control.fsbp("Route53.2")),
      Route53Rules.dnssecSigning(),
      CloudFrontRules.viewerHttps().matching(Control.fsbp("CloudFront.3")),
      new AttributeValueRule<>("CLOUDFRONT-002", Severity.MEDIUM, "CloudFront distribution without a WAF web ACL",
          "Associate an AWS WAF web ACL (a global one, created in us-east-1 with scope CLOUDFRONT) with the "
              + "distribution to filter requests at the edge.",
          Map.of(ResourceType.CLOUDFRONT_DISTRIBUTION, CloudFrontDistribution.WAF_ENABLED), false,
          "has no WAF web ACL")
          .matching(Control.fsbp("CloudFront.6")),
      new AttributeValueRule<>("CLOUDFRONT-003", Severity.MEDIUM, "CloudFront distribution without access logging",
          "Turn on standard logging for the distribution (Logging with an S3 bucket that has ACLs enabled) so that "
              + "every viewer request is recorded.",
          Map.of(ResourceType.CLOUDFRONT_DISTRIBUTION, CloudFrontDistribution.LOGGING_ENABLED), false,
          "does not log viewer requests")
          .matching(Control.fsbp("CloudFront.5")),
      CloudFrontRules.originHttps().matching(Control.fsbp("CloudFront.9")),
      CloudFrontRules.viewerTls().matching(Control.fsbp("CloudFront.15")));

  private BuiltInRules() {}

  /**
   * The built-in rules, in a stable order.
   *
   * @return an immutable list
   */
  public static List<SecurityRule> all() {
    return ALL;
  }
}
