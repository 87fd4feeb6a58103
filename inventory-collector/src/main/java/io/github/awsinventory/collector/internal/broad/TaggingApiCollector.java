package io.github.awsinventory.collector.internal.broad;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.ResourceSink;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.types.BroadTier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.arns.Arn;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;
import software.amazon.awssdk.services.resourcegroupstaggingapi.model.ResourceTagMapping;
import software.amazon.awssdk.services.resourcegroupstaggingapi.model.Tag;

/**
 * The broad tier through the Resource Groups Tagging API: {@code GetResources}, 100 per page (its maximum), lists
 * every resource of a region that carries a tag or carried one, of every service the API covers. Each ARN that no
 * deep collector covers becomes an item whose type comes from the ARN ({@link ArnTypes}), with its tags and
 * {@link BroadTier#SOURCE}; no attributes of its type, no cost.
 *
 * <p>The regional collector keeps the ARNs of its region; the global one asks the partition's global region
 * ({@code us-east-1} in {@code aws}) and keeps the ARNs without a region (IAM, CloudFront, Route 53), in region
 * {@code global}. A resource that was never tagged is invisible to the API.
 */
public final class TaggingApiCollector extends BroadCollector {

  /** GetResources' largest page. */
  static final int PAGE_SIZE = 100;

  /**
   * Creates the collector.
   *
   * @param global true for the once-per-account scope of global services
   * @param coverage the ARNs the run's deep collectors cover
   */
  public TaggingApiCollector(boolean global, DeepCoverage coverage) {
    super(global, coverage);
  }

  @Override
  public ResourceType type() {
    return global ? BroadTier.TAGGING_API_GLOBAL : BroadTier.TAGGING_API;
  }

  @Override
  public String service() {
    return "tagging";
  }

  @Override
  public List<String> iamActions() {
    return BroadTier.IAM_ACTIONS;
  }

  @Override
  public void collect(CollectionContext context, ResourceSink sink) {
    ResourceGroupsTaggingApiClient tagging = global
        ? context.client(ResourceGroupsTaggingApiClient.class, globalRegion(context))
        : context.client(ResourceGroupsTaggingApiClient.class);
    for (ResourceTagMapping mapping : tagging.getResourcesPaginator(r -> r.resourcesPerPage(PAGE_SIZE))
        .resourceTagMappingList()) {
      item(context, mapping).ifPresent(sink::accept);
    }
  }

  private Optional<Resource.Builder> item(CollectionContext context, ResourceTagMapping mapping) {
    String text = mapping.resourceARN();
    Arn arn;
    try {
      arn = Arn.fromString(text);
    } catch (IllegalArgumentException e) {
      context.detailError(String.valueOf(text), "arn", e);
      return Optional.empty();
    }
    String arnRegion = arn.region().orElse("");
    boolean inScope = global ? arnRegion.isEmpty() : arnRegion.equals(context.region());
    if (!inScope || coverage.covers(text, arn)) {
      return Optional.empty();
    }
    Optional<ResourceType> type = ArnTypes.typeOf(arn);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> tags = new LinkedHashMap<>();
    for (Tag tag : mapping.tags()) {
      if (tag.key() != null) {
        tags.put(tag.key(), tag.value() == null ? "" : tag.value());
      }
    }
    Resource.Builder resource = context.newResource(text, ArnTypes.nameOf(arn, tags.get("Name")))
        .resourceType(type.get())
        .tags(tags);
    BroadTier.SOURCE.put(resource, BroadTier.TAGGING_API_SOURCE);
    BroadTier.ARN_SERVICE.put(resource, arn.service());
    BroadTier.ARN_RESOURCE.put(resource, arn.resourceAsString());
    return Optional.of(resource);
  }
}
