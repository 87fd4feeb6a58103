package io.github.awsinventory.query.internal.security;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.types.EbsSnapshot;
import io.github.awsinventory.model.types.EbsVolume;
import io.github.awsinventory.model.types.KinesisStream;
import io.github.awsinventory.model.types.RdsCluster;
import io.github.awsinventory.model.types.RdsInstance;
import io.github.awsinventory.model.types.S3Bucket;
import io.github.awsinventory.model.types.SfnStateMachine;
import io.github.awsinventory.model.types.SnsTopic;
import io.github.awsinventory.model.types.SqsQueue;
import io.github.awsinventory.query.security.Control;
import io.github.awsinventory.query.security.SecurityRule;
import io.github.awsinventory.query.security.Severity;
import java.util.List;
import java.util.Map;

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
      new PublicAccessBlockRule().matching(Control.cis("2.1.4"), Control.fsbp("S3.1"), Control.fsbp("S3.8")),
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
          .matching(Control.fsbp("StepFunctions.1")));

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
