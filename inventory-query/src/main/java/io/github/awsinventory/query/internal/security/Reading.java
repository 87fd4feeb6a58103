package io.github.awsinventory.query.internal.security;

import io.github.awsinventory.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a resource's attributes for one evaluation and remembers the ones that could not be determined:
 * unknown at collection, missing, or of the wrong type.
 */
final class Reading {

  private final Resource resource;
  private final List<String> undetermined = new ArrayList<>();

  Reading(Resource resource) {
    this.resource = resource;
  }

  Optional<Boolean> bool(String name) {
    return noted(name, resource.booleanAttribute(name));
  }

  Optional<String> string(String name) {
    return noted(name, resource.stringAttribute(name));
  }

  Optional<List<?>> list(String name) {
    Object value = resource.attributes().get(name);
    return noted(name, value instanceof List<?> ? Optional.of((List<?>) value) : Optional.empty());
  }

  Optional<Map<?, ?>> map(String name) {
    Object value = resource.attributes().get(name);
    return noted(name, value instanceof Map<?, ?> ? Optional.of((Map<?, ?>) value) : Optional.empty());
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

  private <T> Optional<T> noted(String name, Optional<T> value) {
    if (value.isEmpty()) {
      undetermined(name);
    }
    return value;
  }
}
