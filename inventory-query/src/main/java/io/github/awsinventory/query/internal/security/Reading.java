package io.github.awsinventory.query.internal.security;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.AttributeKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a resource's attributes through their catalogue keys for one evaluation and remembers the ones that
 * could not be determined: unknown at collection, missing, or of the wrong type.
 */
final class Reading {

  private final Resource resource;
  private final List<String> undetermined = new ArrayList<>();

  Reading(Resource resource) {
    this.resource = resource;
  }

  /** The value of an attribute; empty, and noted, when it is unknown, missing or of another type. */
  <T> Optional<T> value(AttributeKey<T> key) {
    return noted(key.name(), key.read(resource));
  }

  /**
   * The entries of a list-of-maps attribute as a plain list, without checking them: the rule looks at each
   * entry and notes the ones it cannot read by their index, rather than dismissing the whole list.
   */
  Optional<List<?>> entries(AttributeKey<List<Map<String, Object>>> key) {
    Object value = resource.attributes().get(key.name());
    return noted(key.name(), value instanceof List<?> ? Optional.of((List<?>) value) : Optional.empty());
  }

  /** Records a value that could not be determined, such as a key of a nested map. */
  void undetermined(String name) {
    if (!undetermined.contains(name)) {
      undetermined.add(name);
    }
  }

  /** The names of what could not be determined, in the order they were read. */
  List<String> undetermined() {
    return List.copyOf(undetermined);
  }

  boolean complete() {
    return undetermined.isEmpty();
  }

  /**
   * A nested map of a resource's attributes, such as one ingress rule, as the keys of its entries read it.
   * The resource's attributes are normalized, so the keys of their maps are strings.
   */
  @SuppressWarnings("unchecked")
  static Map<String, ?> entry(Map<?, ?> map) {
    return (Map<String, ?>) map;
  }

  private <T> Optional<T> noted(String name, Optional<T> value) {
    if (value.isEmpty()) {
      undetermined(name);
    }
    return value;
  }
}
