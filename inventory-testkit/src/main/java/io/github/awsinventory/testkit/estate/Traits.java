package io.github.awsinventory.testkit.estate;

import java.util.Set;

/**
 * The traits an {@link Estate} records on what it builds: planted properties that tests assert security
 * findings, cost estimates and cleanup candidates against. The estate derives them from what the emulator
 * answered (or, for a few judgements such as {@link #UNKNOWN_PRICE}, from the spec), never from guesses.
 *
 * <p>Most findings come in pairs — a violating trait and its compliant counterpart — so that a test can
 * check both that a finding is raised and that it is not raised where it should not be:
 *
 * <pre>{@code
 * assertThat(findings("ebs_volume_unencrypted")).containsExactlyInAnyOrderElementsOf(
 *     manifest.ofType(ResourceTypes.EBS_VOLUME).withTrait(Traits.UNENCRYPTED).arns());
 * }</pre>
 */
public final class Traits {

  /**
   * Storage without encryption at rest: EBS volumes and snapshots, RDS instances, clusters and snapshots, EFS,
   * OpenSearch, Redshift, Kinesis, SQS, SNS and ElastiCache.
   */
  public static final String UNENCRYPTED = "unencrypted";
  /** Storage encrypted at rest: as {@link #UNENCRYPTED}, for the encrypted ones. */
  public static final String ENCRYPTED = "encrypted";

  /** An RDS instance or Redshift cluster that is publicly accessible, or a public AMI or RDS snapshot. */
  public static final String PUBLIC = "public";
  /** The opposite of {@link #PUBLIC}. */
  public static final String PRIVATE = "private";

  /** An S3 bucket without any public access block. */
  public static final String NO_PUBLIC_ACCESS_BLOCK = "no_public_access_block";
  /** An S3 bucket whose public access block sets all four settings. */
  public static final String PUBLIC_ACCESS_BLOCK = "public_access_block";
  /** An S3 bucket without default encryption. */
  public static final String NO_DEFAULT_ENCRYPTION = "no_default_encryption";
  /** An S3 bucket with default encryption (SSE-S3). */
  public static final String DEFAULT_ENCRYPTION = "default_encryption";
  /** An S3 bucket with versioning enabled. */
  public static final String VERSIONED = "versioned";

  /**
   * A security group open to {@code 0.0.0.0/0} on SSH: an IPv4 ingress rule from anywhere whose port range
   * covers 22 and is not all ports.
   */
  public static final String OPEN_SSH = "open_ssh";
  /** A security group open to {@code ::/0} on SSH (as {@link #OPEN_SSH}, for IPv6). */
  public static final String OPEN_SSH_IPV6 = "open_ssh_ipv6";
  /** A security group open to the world on RDP: a rule covering 3389 that is not all ports. */
  public static final String OPEN_RDP = "open_rdp";
  /**
   * A security group open to the world on a database port: a rule covering 3306 (MySQL) or 5432
   * (PostgreSQL) that is not all ports.
   */
  public static final String OPEN_DB = "open_db";
  /** A security group open to the world on every port (protocol {@code -1}, or TCP 0–65535). */
  public static final String OPEN_ALL = "open_all";
  /** A security group with ingress rules, none of them from {@code 0.0.0.0/0} or {@code ::/0}. */
  public static final String RESTRICTED = "restricted";
  /**
   * What the emulator keeps or makes by itself, which collectors see too: the default security group of each VPC
   * and the security group of a classic load balancer, the default VPC and subnets, the automated snapshots of DB
   * instances; and the Lambda execution role the estate makes for its functions.
   */
  public static final String DEFAULT = "default";

  /** An IAM user with a console password. */
  public static final String CONSOLE_ACCESS = "console_access";
  /** An IAM user with a console password and no MFA device. */
  public static final String CONSOLE_WITHOUT_MFA = "console_without_mfa";
  /** An IAM user with an MFA device. */
  public static final String MFA = "mfa";
  /** An IAM user with an access key. */
  public static final String ACCESS_KEY = "access_key";

  /** An EC2 instance whose metadata service accepts IMDSv1 ({@code HttpTokens=optional}). */
  public static final String IMDSV1 = "imdsv1";
  /** An EC2 instance that requires IMDSv2 ({@code HttpTokens=required}). */
  public static final String IMDSV2 = "imdsv2";

  /** A Lambda function on a deprecated runtime (one of {@link #DEPRECATED_RUNTIMES}). */
  public static final String DEPRECATED_RUNTIME = "deprecated_runtime";
  /** A Lambda function on a supported runtime. */
  public static final String CURRENT_RUNTIME = "current_runtime";

  /** An EBS volume attached to no instance. */
  public static final String UNATTACHED = "unattached";
  /** An EBS volume attached to an instance. */
  public static final String ATTACHED = "attached";
  /** The root volume of an instance, created with it. */
  public static final String ROOT = "root";
  /** An EBS volume of the previous general-purpose type gp2. */
  public static final String GP2 = "gp2";

  /** An Elastic IP associated with nothing. */
  public static final String UNASSOCIATED = "unassociated";
  /** An Elastic IP associated with an instance or a NAT gateway's network interface. */
  public static final String ASSOCIATED = "associated";

  /** A stopped EC2 instance; the emulator dates the stop at the moment of the call. */
  public static final String STOPPED = "stopped";
  /** A running EC2 instance. */
  public static final String RUNNING = "running";
  /** An EC2 instance of a previous-generation family (one of {@link #PREVIOUS_GENERATION_FAMILIES}). */
  public static final String PREVIOUS_GENERATION = "previous_generation";
  /** An EC2 instance of a type no price list knows (a made-up type the emulator accepts). */
  public static final String UNKNOWN_PRICE = "unknown_price";

  /**
   * An EBS snapshot: a cleanup candidate once older than {@code stale_resource_days}. The emulator dates
   * every snapshot at the moment it is created, so a test that wants it stale moves its report clock.
   */
  public static final String SNAPSHOT = "snapshot";

  /** A DynamoDB table with provisioned capacity. */
  public static final String PROVISIONED = "provisioned";
  /** A DynamoDB table billed per request. */
  public static final String ON_DEMAND = "on_demand";

  /** A load balancer (v2 or classic) reachable from the internet. */
  public static final String INTERNET_FACING = "internet_facing";
  /** An internal load balancer. */
  public static final String INTERNAL = "internal";

  /**
   * A tagged resource of a service without a built-in collector: the broad tier finds it through the Tagging API,
   * typed by its ARN, with its tags and an unknown cost.
   */
  public static final String BROAD = "broad";

  /** A VPC with an active flow log. */
  public static final String FLOW_LOGS = "flow_logs";
  /** A VPC without flow logs. */
  public static final String NO_FLOW_LOGS = "no_flow_logs";
  /** A subnet that gives instances launched in it a public IP address. */
  public static final String AUTO_PUBLIC_IP = "auto_public_ip";
  /** A subnet that gives instances no public IP address unless asked. */
  public static final String NO_AUTO_PUBLIC_IP = "no_auto_public_ip";

  /** A KMS key or secret with automatic rotation on. */
  public static final String ROTATION = "rotation";
  /** A KMS key or secret without automatic rotation. */
  public static final String NO_ROTATION = "no_rotation";
  /** A CloudFront distribution that lets viewers use HTTP and reaches its origin over HTTP. */
  public static final String ALLOWS_HTTP = "allows_http";
  /** A CloudFront distribution that forces HTTPS, requires TLS 1.2, is behind a web ACL and logs. */
  public static final String HTTPS_ONLY = "https_only";
  /** A disabled KMS key (still billed, it encrypts and decrypts nothing) or CloudFront distribution. */
  public static final String DISABLED = "disabled";
  /** A KMS key scheduled for deletion (no longer billed; it can be cancelled until the deletion date). */
  public static final String PENDING_DELETION = "pending_deletion";
  /** A log group without a retention setting: its events are kept forever. */
  public static final String NEVER_EXPIRES = "never_expires";
  /** A log group that stores events. */
  public static final String STORING = "storing";
  /** A log group with a retention setting. */
  public static final String RETENTION = "retention";
  /** An ECR repository that scans images on push. */
  public static final String SCAN_ON_PUSH = "scan_on_push";
  /** An ECR repository that does not scan images on push. */
  public static final String NO_SCAN_ON_PUSH = "no_scan_on_push";
  /** A CloudTrail trail that records every region, is logging and validates its log files. */
  public static final String MULTI_REGION_LOGGING = "multi_region_logging";
  /** A CloudTrail trail of one region that is not logging and does not validate its log files. */
  public static final String SINGLE_REGION_NOT_LOGGING = "single_region_not_logging";
  /** An SQS queue or SNS topic whose policy allows everyone ({@code "Principal": "*"}, no condition). */
  public static final String OPEN_TO_EVERYONE = "open_to_everyone";
  /** An IAM role that trusts another account without requiring an external id. */
  public static final String TRUST_WITHOUT_EXTERNAL_ID = "trust_without_external_id";
  /** An IAM role that trusts another account only with an external id. */
  public static final String TRUST_WITH_EXTERNAL_ID = "trust_with_external_id";
  /** A customer managed IAM policy that allows every action on every resource. */
  public static final String FULL_ADMIN = "full_admin";
  /** A customer managed IAM policy, or a certificate, that nothing uses. */
  public static final String UNUSED = "unused";
  /**
   * A container of nothing: an ECS cluster without services or tasks, an ECR repository without images, an API
   * without stages, a classic load balancer without instances, a log group without events.
   */
  public static final String EMPTY = "empty";
  /** An ECS cluster with Container Insights on. */
  public static final String CONTAINER_INSIGHTS = "container_insights";
  /** An ECS cluster without Container Insights. */
  public static final String NO_CONTAINER_INSIGHTS = "no_container_insights";
  /** An Auto Scaling group whose desired capacity is zero. */
  public static final String ZERO_CAPACITY = "zero_capacity";
  /** An EKS cluster whose public endpoint admits {@code 0.0.0.0/0}, or an ECS service that assigns public IPs. */
  public static final String PUBLIC_ENDPOINT = "public_endpoint";
  /** An EKS cluster without a public endpoint, or an ECS service that assigns no public IPs. */
  public static final String PRIVATE_ENDPOINT = "private_endpoint";

  /** Lambda runtimes that get {@link #DEPRECATED_RUNTIME}. */
  public static final Set<String> DEPRECATED_RUNTIMES = Set.of("python2.7", "python3.6", "python3.7", "python3.8",
      "nodejs10.x", "nodejs12.x", "nodejs14.x", "nodejs16.x", "java8", "go1.x", "ruby2.7", "dotnetcore3.1",
      "dotnet6");

  /** EC2 instance families that get {@link #PREVIOUS_GENERATION}. */
  public static final Set<String> PREVIOUS_GENERATION_FAMILIES = Set.of("t1", "m1", "m2", "m3", "m4", "c1", "c3",
      "c4", "r3", "r4", "i2", "g2", "p2", "x1", "x1e");

  private Traits() {}
}
