package io.github.awsinventory.collector.spi;

import io.github.awsinventory.model.Resource;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** {@link ItemCollector#collect}: the listing, then every item's detail steps one after another. */
final class SerialDetails {

  private SerialDetails() {}

  static <T> void collect(ItemCollector<T> collector, CollectionContext context, ResourceSink sink) {
    List<DetailStep<T>> steps = collector.details();
    List<Listed<T>> listed = new ArrayList<>();
    collector.list(context, (item, resourceId, name) -> {
      Resource.Builder resource = context.newResource(resourceId, name);
      listed.add(new Listed<>(item, resourceId, resource));
      return resource;
    });
    for (Listed<T> entry : listed) {
      boolean vanished = false;
      for (DetailStep<T> step : steps) {
        vanished |= !apply(step, context, entry.item, entry.resourceId, entry.resource);
      }
      if (!vanished) {
        sink.accept(entry.resource);
      }
    }
  }

  /** Applies one step; false when it found that the item vanished. */
  private static <T> boolean apply(DetailStep<T> step, CollectionContext context, T item, String resourceId,
      Resource.Builder resource) {
    DetailStep.Detail detail;
    try {
      detail = step.fetch(context, item);
    } catch (AwsServiceException e) {
      resource.addAllUnknownAttributes(step.unknownOnFailure());
      step.fallback().ifPresent(f -> f.applyTo(resource));
      context.detailError(resourceId, String.join(", ", step.unknownOnFailure()), e);
      return true;
    }
    if (detail == DetailStep.Detail.VANISHED) {
      return false;
    }
    detail.applyTo(resource);
    return true;
  }

  private record Listed<T>(T item, String resourceId, Resource.Builder resource) {}
}
