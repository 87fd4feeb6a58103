package io.github.awsinventory.model.types;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import java.util.List;
import java.util.Optional;

/**
 * The broad tier: resources of every service, found by a source that lists many services at once (the Resource
 * Groups Tagging API) rather than by a collector that knows the type. A broad item's type comes from its ARN
 * ({@code arn:aws:sqs:eu-west-1:111111111111:jobs} is an {@code sqs_queue}); it carries its tags, its department,
 * its ARN's parts and {@link #SOURCE}, and nothing else: no attributes of its type and no cost (unknown, never 0).
 * Where a deep collector covers an ARN, the deep item is the only one.
 *
 * <p>A broad source is collected as its own scope per account and region (and one per account for global
 * services), named by {@link #TAGGING_API} or {@link #TAGGING_API_GLOBAL} in a run's coverage.
 *
 * <pre>{@code
 * boolean broad = BroadTier.SOURCE.read(resource).isPresent();   // found by the broad tier, not a deep collector
 * }</pre>
 */
public final class BroadTier {

  /** {@link #SOURCE} of an item found by the Resource Groups Tagging API. */
  public static final String TAGGING_API_SOURCE = "tagging-api";

  /** The scope type of the Tagging API in one region: its resources of that region. */
  public static final ResourceType TAGGING_API = ResourceType.of("tagging_api");

  /** The scope type of the Tagging API for global services (IAM, CloudFront, Route 53): once per account. */
  public static final ResourceType TAGGING_API_GLOBAL = ResourceType.of("tagging_api_global");

  /** {@code source} (string): what found the resource, {@code tagging-api}; absent on deep items. */
  public static final AttributeKey<String> SOURCE = AttributeKey.string("source",
      "what found the resource: `tagging-api`; absent on items of a deep collector");

  /** {@code arn_service} (string): the ARN's service, e.g. {@code sqs}. */
  public static final AttributeKey<String> ARN_SERVICE = AttributeKey.string("arn_service",
      "the ARN's service, e.g. `sqs`");

  /** {@code arn_resource} (string): the ARN's resource part, e.g. {@code file-system/fs-0123}. */
  public static final AttributeKey<String> ARN_RESOURCE = AttributeKey.string("arn_resource",
      "the ARN's resource part, e.g. `file-system/fs-0123`");

  /** The IAM actions the broad tier calls, for the read-only member-account role. */
  public static final List<String> IAM_ACTIONS = List.of("tag:GetResources");

  private BroadTier() {}

  /**
   * Whether a scope type is one of the broad tier's.
   *
   * @param type a scope's type
   * @return true for {@link #TAGGING_API} and {@link #TAGGING_API_GLOBAL}
   */
  public static boolean isBroadScope(ResourceType type) {
    return TAGGING_API.equals(type) || TAGGING_API_GLOBAL.equals(type);
  }

  /**
   * The {@link #SOURCE} that a broad scope type writes.
   *
   * @param type a scope's type
   * @return the source, empty for a deep type
   */
  public static Optional<String> sourceOf(ResourceType type) {
    return isBroadScope(type) ? Optional.of(TAGGING_API_SOURCE) : Optional.empty();
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
