package io.github.awsinventory.model.types;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The broad tier: resources of every service, found by a source that lists many services at once (the Resource
 * Groups Tagging API, or AWS Config's advanced queries where an account records with Config) rather than by a
 * collector that knows the type. A broad item's type comes from its ARN
 * ({@code arn:aws:sqs:eu-west-1:111111111111:jobs} is an {@code sqs_queue}); it carries its tags, its department,
 * its ARN's parts and {@link #SOURCE}, and nothing else: no attributes of its type and no cost (unknown, never 0).
 * Where a deep collector covers an ARN, the deep item is the only one.
 *
 * <p>A broad source is collected as its own scope per account and region (and one per account for global
 * services), named by {@link #TAGGING_API} and {@link #TAGGING_API_GLOBAL}, or {@link #AWS_CONFIG} and
 * {@link #AWS_CONFIG_GLOBAL}, in a run's coverage. An item from AWS Config also carries
 * {@link #CONFIG_RESOURCE_TYPE}, its created time and, when small enough, {@link #CONFIGURATION}.
 *
 * <pre>{@code
 * boolean broad = BroadTier.SOURCE.read(resource).isPresent();   // found by the broad tier, not a deep collector
 * }</pre>
 */
public final class BroadTier {

  /** {@link #SOURCE} of an item found by the Resource Groups Tagging API. */
  public static final String TAGGING_API_SOURCE = "tagging-api";

  /** {@link #SOURCE} of an item found by AWS Config ({@code SelectResourceConfig}). */
  public static final String AWS_CONFIG_SOURCE = "aws-config";

  /** The scope type of AWS Config in one region: the resources it recorded in that region. */
  public static final ResourceType AWS_CONFIG = ResourceType.of("aws_config");

  /** The scope type of AWS Config for global resources (IAM), recorded with region {@code global}: once per account. */
  public static final ResourceType AWS_CONFIG_GLOBAL = ResourceType.of("aws_config_global");

  /** The scope type of the Tagging API in one region: its resources of that region. */
  public static final ResourceType TAGGING_API = ResourceType.of("tagging_api");

  /** The scope type of the Tagging API for global services (IAM, CloudFront, Route 53): once per account. */
  public static final ResourceType TAGGING_API_GLOBAL = ResourceType.of("tagging_api_global");

  /** {@code source} (string): what found the resource, {@code tagging-api} or {@code aws-config}; absent on deep items. */
  public static final AttributeKey<String> SOURCE = AttributeKey.string("source",
      "what found the resource: `tagging-api` or `aws-config`; absent on items of a deep collector");

  /** {@code config_resource_type} (string): AWS Config's name of the type, e.g. {@code AWS::SQS::Queue}. */
  public static final AttributeKey<String> CONFIG_RESOURCE_TYPE = AttributeKey.string("config_resource_type",
      "AWS Config's name of the resource's type, e.g. `AWS::SQS::Queue` (items from AWS Config only)");

  /** {@code configuration} (map): the configuration AWS Config recorded, when it is at most 16 KB as JSON. */
  public static final AttributeKey<Map<String, Object>> CONFIGURATION = AttributeKey.map("configuration",
      "the configuration AWS Config recorded, as it recorded it, when it is at most 16 KB as JSON (items from "
          + "AWS Config only; a larger one is listed in the item's unknown attributes)");

  /** {@code arn_service} (string): the ARN's service, e.g. {@code sqs}. */
  public static final AttributeKey<String> ARN_SERVICE = AttributeKey.string("arn_service",
      "the ARN's service, e.g. `sqs`");

  /** {@code arn_resource} (string): the ARN's resource part, e.g. {@code file-system/fs-0123}. */
  public static final AttributeKey<String> ARN_RESOURCE = AttributeKey.string("arn_resource",
      "the ARN's resource part, e.g. `file-system/fs-0123`");

  /** The IAM actions the broad tier calls, for the read-only member-account role. */
  public static final List<String> IAM_ACTIONS = List.of("tag:GetResources");

  /** The IAM actions the AWS Config source calls. */
  public static final List<String> AWS_CONFIG_IAM_ACTIONS = List.of("config:SelectResourceConfig");

  private BroadTier() {}

  /**
   * Whether a scope type is one of the broad tier's.
   *
   * @param type a scope's type
   * @return true for {@link #TAGGING_API}, {@link #TAGGING_API_GLOBAL}, {@link #AWS_CONFIG} and
   *     {@link #AWS_CONFIG_GLOBAL}
   */
  public static boolean isBroadScope(ResourceType type) {
    return sourceOf(type).isPresent();
  }

  /**
   * The {@link #SOURCE} that a broad scope type writes.
   *
   * @param type a scope's type
   * @return the source, empty for a deep type
   */
  public static Optional<String> sourceOf(ResourceType type) {
    if (TAGGING_API.equals(type) || TAGGING_API_GLOBAL.equals(type)) {
      return Optional.of(TAGGING_API_SOURCE);
    }
    if (AWS_CONFIG.equals(type) || AWS_CONFIG_GLOBAL.equals(type)) {
      return Optional.of(AWS_CONFIG_SOURCE);
    }
    return Optional.empty();
  }

  /**
   * Whether a resource was found by the broad tier.
   *
   * @param resource a resource
   * @return true when it carries {@link #SOURCE}
   */
  public static boolean isBroad(Resource resource) {
    return SOURCE.read(resource).isPresent();
  }
}
