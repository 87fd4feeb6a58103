package io.github.awsinventory.collector.spi;

import io.github.awsinventory.model.Resource;

/**
 * Receives collected resources. The collector fills in the department and the cost estimate and writes
 * the resource; {@link #accept} may block while the writer catches up (back-pressure).
 */
@FunctionalInterface
public interface ResourceSink {

  /**
   * Accepts one resource, typically started with {@link CollectionContext#newResource}.
   *
   * @param resource the resource, without department or cost
   */
  void accept(Resource.Builder resource);
}
