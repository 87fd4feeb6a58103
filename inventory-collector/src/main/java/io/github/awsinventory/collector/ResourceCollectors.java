package io.github.awsinventory.collector;

import io.github.awsinventory.collector.spi.ResourceCollector;
import io.github.awsinventory.model.ResourceType;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** The resource collectors registered with {@link ServiceLoader}: the built-in ones and any on the class path. */
public final class ResourceCollectors {

  private ResourceCollectors() {}

  /**
   * Every registered collector.
   *
   * @return collectors, in class-path order
   */
  public static List<ResourceCollector> discover() {
    List<ResourceCollector> collectors = new ArrayList<>();
    ServiceLoader.load(ResourceCollector.class, ResourceCollectors.class.getClassLoader()).forEach(collectors::add);
    return collectors;
  }

  /**
   * The types of every registered collector, e.g. to validate a configuration that names custom types.
   *
   * @return types
   */
  public static List<ResourceType> discoveredTypes() {
    return discover().stream().map(ResourceCollector::type).distinct().collect(Collectors.toList());
  }
}
