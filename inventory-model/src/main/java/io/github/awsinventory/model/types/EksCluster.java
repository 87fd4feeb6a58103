package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.time.Instant;
import java.util.List;

/**
 * {@code eks_cluster}: An EKS cluster (its control plane). Its attribute keys, through which collectors write and
 * rules read, and its {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class EksCluster {

  /** {@code kubernetes_version} (string): the cluster's Kubernetes version, such as {@code 1.31}. */
  public static final AttributeKey<String> KUBERNETES_VERSION = AttributeKey.string("kubernetes_version",
      "the cluster's Kubernetes version, such as `1.31`");

  /** {@code platform_version} (string): the EKS platform version, such as {@code eks.12}. */
  public static final AttributeKey<String> PLATFORM_VERSION = AttributeKey.string("platform_version",
      "the EKS platform version, such as `eks.12`");

  /** {@code cluster_status} (string): {@code CREATING}, {@code ACTIVE}, {@code UPDATING}, {@code DELETING}, ... */
  public static final AttributeKey<String> STATUS = AttributeKey.string("cluster_status",
      "`CREATING`, `ACTIVE`, `UPDATING`, `DELETING`, `FAILED` or `PENDING`");

  /** {@code support_type} (string): the upgrade policy's support type, {@code STANDARD} or {@code EXTENDED}. */
  public static final AttributeKey<String> SUPPORT_TYPE = AttributeKey.string("support_type",
      "the upgrade policy: `STANDARD` (upgraded when standard support ends) or `EXTENDED` (stays on the version "
      + "in extended support); absent when the cluster does not report one");

  /** {@code endpoint_public_access} (boolean): whether the API server endpoint is reachable from the internet. */
  public static final AttributeKey<Boolean> ENDPOINT_PUBLIC_ACCESS = AttributeKey.bool("endpoint_public_access",
      "whether the Kubernetes API server endpoint is reachable from the internet");

  /** {@code public_access_cidrs} (list of strings): the CIDR blocks allowed to reach the public endpoint. */
  public static final AttributeKey<List<String>> PUBLIC_ACCESS_CIDRS = AttributeKey.stringList("public_access_cidrs",
      "the CIDR blocks allowed to reach the public endpoint (`0.0.0.0/0` is everyone)");

  /** {@code endpoint_private_access} (boolean): whether the endpoint is reachable from within the VPC. */
  public static final AttributeKey<Boolean> ENDPOINT_PRIVATE_ACCESS = AttributeKey.bool("endpoint_private_access",
      "whether the Kubernetes API server endpoint is reachable from within the cluster's VPC");

  /** {@code enabled_log_types} (list of strings): the control-plane log types sent to CloudWatch Logs. */
  public static final AttributeKey<List<String>> ENABLED_LOG_TYPES = AttributeKey.stringList("enabled_log_types",
      "the control-plane log types sent to CloudWatch Logs, sorted: `api`, `audit`, `authenticator`, "
      + "`controllerManager`, `scheduler`; empty when logging is off");

  /** {@code secrets_encrypted} (boolean): whether Kubernetes secrets are envelope-encrypted with a KMS key. */
  public static final AttributeKey<Boolean> SECRETS_ENCRYPTED = AttributeKey.bool("secrets_encrypted",
      "whether Kubernetes secrets are envelope-encrypted with a KMS key (an `encryptionConfig` for `secrets`)");

  /** {@code secrets_key_arn} (string): the KMS key that encrypts the secrets; absent when they are not. */
  public static final AttributeKey<String> SECRETS_KEY_ARN = AttributeKey.string("secrets_key_arn",
      "the KMS key that encrypts the secrets; absent when they are not encrypted");

  /** {@code creation_date} (time): when the cluster was created. */
  public static final AttributeKey<Instant> CREATION_DATE = AttributeKey.time("creation_date",
      "when the cluster was created");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.EKS_CLUSTER)
      .description("An EKS cluster")
      .service("eks")
      .arnFormat("arn:<partition>:eks:<region>:<account>:cluster/<name>")
      .attributes(KUBERNETES_VERSION, PLATFORM_VERSION, STATUS, SUPPORT_TYPE, ENDPOINT_PUBLIC_ACCESS,
          PUBLIC_ACCESS_CIDRS, ENDPOINT_PRIVATE_ACCESS, ENABLED_LOG_TYPES, SECRETS_ENCRYPTED, SECRETS_KEY_ARN,
          CREATION_DATE)
      .iamActions("eks:ListClusters", "eks:DescribeCluster")
      .costModel("cluster hours at the standard-support price (extended support is not priced; worker nodes are "
          + "EC2 instances or Fargate, billed as their own resources)")
      .build();

  private EksCluster() {}
}
