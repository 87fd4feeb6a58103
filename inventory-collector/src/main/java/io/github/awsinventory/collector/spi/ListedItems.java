package io.github.awsinventory.collector.spi;

import io.github.awsinventory.model.Resource;

/**
 * Where an {@link ItemCollector} adds the resources it lists. Not thread-safe: call it from the thread that runs
 * {@link ItemCollector#list}.
 *
 * @param <T> what the detail steps need per resource
 */
@FunctionalInterface
public interface ListedItems<T> {

  /**
   * Adds one listed resource and starts its detail steps. The returned builder has the scope filled in (type,
   * account, region, observation times, as {@link CollectionContext#newResource}); complete it with what the listing
   * tells (state, tags, attributes, creation time) before adding the next item or returning from {@code list}.
   * The detail steps' results are applied to it afterwards, and the resource is written once every step is done.
   *
   * @param item what the detail steps need
   * @param resourceId the resource's ARN
   * @param name a human-readable name
   * @return the resource's builder
   */
  Resource.Builder add(T item, String resourceId, String name);
}
