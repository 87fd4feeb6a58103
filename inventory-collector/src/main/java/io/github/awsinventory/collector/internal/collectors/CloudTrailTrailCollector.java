package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep.Detail;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.CloudTrailTrail;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusResponse;
import software.amazon.awssdk.services.cloudtrail.model.ResourceTag;
import software.amazon.awssdk.services.cloudtrail.model.Tag;
import software.amazon.awssdk.services.cloudtrail.model.Trail;
import software.amazon.awssdk.services.cloudtrail.model.TrailNotFoundException;

/**
 * {@code cloudtrail_trail}: DescribeTrails without shadow trails, so that each trail is collected once, in its home
 * region; then two detail steps per trail, GetTrailStatus and ListTags.
 *
 * <p>DescribeTrails tells the trail's settings, so only {@code is_logging} (and {@code latest_delivery_time}) can be
 * unknown, when GetTrailStatus fails; a trail deleted since the listing is dropped. The resource's state is
 * {@code Logging} or {@code NotLogging}. The name is the {@code Name} tag, else the trail's name.
 */
public final class CloudTrailTrailCollector implements ItemCollector<Trail> {

  private static final List<DetailStep<Trail>> DETAILS = List.of(
      DetailStep.of("GetTrailStatus", CloudTrailTrailCollector::status, CloudTrailTrail.IS_LOGGING,
          CloudTrailTrail.LATEST_DELIVERY_TIME),
      DetailStep.tags("ListTags", CloudTrailTrailCollector::tags));

  @Override
  public TypeDescriptor descriptor() {
    return CloudTrailTrail.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<Trail>> details() {
    return DETAILS;
  }

  @Override
  public void list(CollectionContext context, ListedItems<Trail> items) {
    // DescribeTrails is not paginated; without shadow trails it answers the trails whose home is this region
    List<Trail> trails = context.client(CloudTrailClient.class).describeTrails(r -> r.includeShadowTrails(false))
        .trailList();
    for (Trail trail : trails) {
      if (trail.homeRegion() != null && !trail.homeRegion().equals(context.region())) {
        continue;
      }
      Resource.Builder r = items.add(trail, trail.trailARN(), trail.name());
      settings(r, trail);
    }
  }

  /** Puts what DescribeTrails tells. */
  static void settings(Resource.Builder r, Trail trail) {
    CloudTrailTrail.HOME_REGION.put(r, trail.homeRegion());
    CloudTrailTrail.IS_MULTI_REGION_TRAIL.put(r, Boolean.TRUE.equals(trail.isMultiRegionTrail()));
    CloudTrailTrail.IS_ORGANIZATION_TRAIL.put(r, Boolean.TRUE.equals(trail.isOrganizationTrail()));
    CloudTrailTrail.LOG_FILE_VALIDATION_ENABLED.put(r, Boolean.TRUE.equals(trail.logFileValidationEnabled()));
    if (trail.kmsKeyId() != null && !trail.kmsKeyId().isEmpty()) {
      CloudTrailTrail.KMS_KEY_ID.put(r, trail.kmsKeyId());
    }
    CloudTrailTrail.S3_BUCKET_NAME.put(r, trail.s3BucketName());
  }

  private static Detail status(CollectionContext context, Trail trail) {
    GetTrailStatusResponse status;
    try {
      status = context.client(CloudTrailClient.class).getTrailStatus(s -> s.name(trail.trailARN()));
    } catch (TrailNotFoundException e) {
      return Detail.VANISHED;
    }
    boolean logging = Boolean.TRUE.equals(status.isLogging());
    Instant delivered = status.latestDeliveryTime();
    return r -> {
      r.state(logging ? "Logging" : "NotLogging");
      CloudTrailTrail.IS_LOGGING.put(r, logging);
      CloudTrailTrail.LATEST_DELIVERY_TIME.put(r, delivered);
    };
  }

  private static Detail tags(CollectionContext context, Trail trail) {
    List<Tag> list = new ArrayList<>();
    for (ResourceTag tags : context.client(CloudTrailClient.class)
        .listTagsPaginator(t -> t.resourceIdList(trail.trailARN())).resourceTagList()) {
      list.addAll(tags.tagsList());
    }
    Map<String, String> tags = Attributes.tags(list, Tag::key, Tag::value);
    return r -> r.tags(tags).name(Attributes.name(tags, trail.name()));
  }
}
