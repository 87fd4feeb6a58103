package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.DetailStep.Detail;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.CloudFrontDistribution;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.Aliases;
import software.amazon.awssdk.services.cloudfront.model.CacheBehavior;
import software.amazon.awssdk.services.cloudfront.model.CacheBehaviors;
import software.amazon.awssdk.services.cloudfront.model.DefaultCacheBehavior;
import software.amazon.awssdk.services.cloudfront.model.DistributionConfig;
import software.amazon.awssdk.services.cloudfront.model.DistributionList;
import software.amazon.awssdk.services.cloudfront.model.DistributionSummary;
import software.amazon.awssdk.services.cloudfront.model.NoSuchDistributionException;
import software.amazon.awssdk.services.cloudfront.model.Origin;
import software.amazon.awssdk.services.cloudfront.model.Origins;
import software.amazon.awssdk.services.cloudfront.model.Tag;
import software.amazon.awssdk.services.cloudfront.model.Tags;
import software.amazon.awssdk.services.cloudfront.model.ViewerCertificate;

/**
 * {@code cloudfront_distribution}, a global type (region {@code global}): ListDistributions (1000 per page,
 * following NextMarker) gives each distribution's status, domain name, aliases, cache behaviours' viewer protocol
 * policies, viewer certificate, web ACL, custom origins and price class. Two detail steps follow: GetDistributionConfig, for what the listing lacks
 * (whether access logging is on, the default root object), and ListTagsForResource. A distribution deleted before
 * GetDistributionConfig is dropped; a failed step leaves its attributes unknown.
 *
 * <p>A listing whose summaries carry no cache behaviour (as an emulator's may) is completed from the configuration
 * that GetDistributionConfig returns, which holds the same settings.
 */
public final class CloudFrontDistributionCollector implements ItemCollector<DistributionSummary> {

  /** ListDistributions' largest page; the SDK has no paginator for it, so the collector follows NextMarker. */
  private static final String PAGE_SIZE = "1000";

  private static final List<DetailStep<DistributionSummary>> DETAILS = List.of(
      DetailStep.of("GetDistributionConfig", CloudFrontDistributionCollector::config,
          CloudFrontDistribution.LOGGING_ENABLED, CloudFrontDistribution.DEFAULT_ROOT_OBJECT),
      DetailStep.tags("ListTagsForResource", CloudFrontDistributionCollector::tags));

  @Override
  public TypeDescriptor descriptor() {
    return CloudFrontDistribution.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<DistributionSummary>> details() {
    return DETAILS;
  }

  @Override
  public void list(CollectionContext context, ListedItems<DistributionSummary> items) {
    CloudFrontClient cloudfront = context.client(CloudFrontClient.class);
    String marker = null;
    do {
      String from = marker;
      DistributionList page = cloudfront.listDistributions(r -> r.maxItems(PAGE_SIZE).marker(from)).distributionList();
      if (page == null) {
        return;
      }
      for (DistributionSummary summary : page.hasItems() ? page.items() : List.<DistributionSummary>of()) {
        add(context, items, summary);
      }
      marker = Boolean.TRUE.equals(page.isTruncated()) ? page.nextMarker() : null;
    } while (marker != null && !marker.isEmpty());
  }

  private static void add(CollectionContext context, ListedItems<DistributionSummary> items,
      DistributionSummary summary) {
    Resource.Builder r = items.add(summary, arn(context, summary), fallbackName(summary));
    if (summary.status() != null) {
      r.state(summary.status());
    }
    CloudFrontDistribution.DISTRIBUTION_ID.put(r, summary.id());
    CloudFrontDistribution.DOMAIN_NAME.put(r, summary.domainName());
    CloudFrontDistribution.LAST_MODIFIED_TIME.put(r, summary.lastModifiedTime());
    if (listsSettings(summary)) {
      settings(r, new Settings(summary.enabled(), summary.aliases(), summary.defaultCacheBehavior(),
          summary.cacheBehaviors(), summary.viewerCertificate(), summary.webACLId(), summary.origins(),
          summary.priceClassAsString()));
    }
  }

  /** The distribution's ARN in the documented form, built from its id (an emulator's listing may misspell it). */
  static String arn(CollectionContext context, DistributionSummary summary) {
    return "arn:" + context.partition() + ":cloudfront::" + context.accountId() + ":distribution/" + summary.id();
  }

  private static String fallbackName(DistributionSummary summary) {
    if (summary.aliases() != null && summary.aliases().hasItems() && !summary.aliases().items().isEmpty()) {
      return summary.aliases().items().get(0);
    }
    return summary.domainName() != null ? summary.domainName() : summary.id();
  }

  /** Whether a summary carries the distribution's settings: AWS's always do. */
  private static boolean listsSettings(DistributionSummary summary) {
    return summary.defaultCacheBehavior() != null;
  }

  private static Detail config(CollectionContext context, DistributionSummary summary) {
    DistributionConfig config;
    try {
      config = context.client(CloudFrontClient.class).getDistributionConfig(r -> r.id(summary.id()))
          .distributionConfig();
    } catch (NoSuchDistributionException e) {
      return Detail.VANISHED;
    }
    boolean complete = listsSettings(summary);
    return r -> {
      CloudFrontDistribution.LOGGING_ENABLED.put(r,
          config.logging() != null && Boolean.TRUE.equals(config.logging().enabled()));
      CloudFrontDistribution.DEFAULT_ROOT_OBJECT.put(r, config.defaultRootObject());
      if (!complete) {
        settings(r, new Settings(config.enabled(), config.aliases(), config.defaultCacheBehavior(),
            config.cacheBehaviors(), config.viewerCertificate(), config.webACLId(), config.origins(),
            config.priceClassAsString()));
        if (config.aliases() != null && config.aliases().hasItems() && !config.aliases().items().isEmpty()) {
          r.name(config.aliases().items().get(0));
        }
      }
    };
  }

  private static Detail tags(CollectionContext context, DistributionSummary summary) {
    String arn = summary.arn() != null ? summary.arn() : arn(context, summary);
    Tags listed = context.client(CloudFrontClient.class).listTagsForResource(r -> r.resource(arn)).tags();
    Map<String, String> tags = Attributes.tags(listed == null ? null : listed.items(), Tag::key, Tag::value);
    String tagged = tags.get("Name");
    return r -> {
      r.tags(tags);
      if (tagged != null && !tagged.isBlank()) {
        r.name(tagged);
      }
    };
  }

  /** The settings that a distribution's summary and its configuration both hold. */
  record Settings(Boolean enabled, Aliases aliases, DefaultCacheBehavior defaultBehavior, CacheBehaviors behaviors,
      ViewerCertificate certificate, String webAclId, Origins origins, String priceClass) {}

  /** Puts the settings' attributes. */
  static void settings(Resource.Builder r, Settings settings) {
    CloudFrontDistribution.ENABLED.put(r, Boolean.TRUE.equals(settings.enabled()));
    CloudFrontDistribution.ALIASES.put(r, settings.aliases() != null && settings.aliases().hasItems()
        ? settings.aliases().items() : List.of());
    CloudFrontDistribution.VIEWER_PROTOCOL_POLICIES.put(r, viewerProtocolPolicies(settings));
    ViewerCertificate certificate = settings.certificate();
    if (certificate != null) {
      CloudFrontDistribution.DEFAULT_CERTIFICATE.put(r,
          Boolean.TRUE.equals(certificate.cloudFrontDefaultCertificate()));
      CloudFrontDistribution.MINIMUM_PROTOCOL_VERSION.put(r, certificate.minimumProtocolVersionAsString());
    }
    CloudFrontDistribution.WAF_ENABLED.put(r, settings.webAclId() != null && !settings.webAclId().isEmpty());
    CloudFrontDistribution.WEB_ACL_ID.put(r, settings.webAclId());
    CloudFrontDistribution.ORIGIN_PROTOCOL_POLICIES.put(r, originProtocolPolicies(settings.origins()));
    CloudFrontDistribution.PRICE_CLASS.put(r, settings.priceClass());
  }

  /** The viewer protocol policy of the default cache behaviour, then of each ordered one. */
  static List<String> viewerProtocolPolicies(Settings settings) {
    List<String> policies = new ArrayList<>();
    if (settings.defaultBehavior() != null && settings.defaultBehavior().viewerProtocolPolicyAsString() != null) {
      policies.add(settings.defaultBehavior().viewerProtocolPolicyAsString());
    }
    if (settings.behaviors() != null && settings.behaviors().hasItems()) {
      for (CacheBehavior behavior : settings.behaviors().items()) {
        if (behavior.viewerProtocolPolicyAsString() != null) {
          policies.add(behavior.viewerProtocolPolicyAsString());
        }
      }
    }
    return policies;
  }

  /** The protocol policy of each custom origin, in order. */
  static List<String> originProtocolPolicies(Origins origins) {
    List<String> policies = new ArrayList<>();
    if (origins != null && origins.hasItems()) {
      for (Origin origin : origins.items()) {
        if (origin.customOriginConfig() != null && origin.customOriginConfig().originProtocolPolicyAsString() != null) {
          policies.add(origin.customOriginConfig().originProtocolPolicyAsString());
        }
      }
    }
    return policies;
  }
}
