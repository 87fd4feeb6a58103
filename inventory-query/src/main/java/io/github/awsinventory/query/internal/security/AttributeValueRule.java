package io.github.awsinventory.query.internal.security;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.query.security.Finding;
import io.github.awsinventory.query.security.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fails a resource whose attribute has one value: {@code encrypted == false},
 * {@code default_encryption == "none"}. Any other value of the same type passes; a value that is unknown,
 * missing or of another type is unknown.
 *
 * @param <T> the type of the attribute's values
 */
final class AttributeValueRule<T> extends BuiltInRule {

  private final Map<ResourceType, AttributeKey<T>> attributes;
  private final T failingValue;
  private final String problem;

  /**
   * Creates the rule.
   *
   * @param attributes the types the rule checks, each with its key of the attribute
   * @param problem what the message says after the resource, e.g. {@code is not encrypted}
   */
  AttributeValueRule(String id, Severity severity, String title, String remediation,
      Map<ResourceType, AttributeKey<T>> attributes, T failingValue, String problem) {
    super(id, severity, title, remediation, attributes.keySet().toArray(new ResourceType[0]));
    this.attributes = Map.copyOf(attributes);
    this.failingValue = failingValue;
    this.problem = problem;
  }

  @Override
  public List<Finding> evaluate(Resource resource, Instant asOf) {
    AttributeKey<T> attribute = attributes.get(resource.resourceType());
    if (attribute == null) {
      return List.of();
    }
    Optional<T> value = attribute.read(resource);
    if (value.isEmpty()) {
      return unknown(resource, List.of(attribute.name()));
    }
    if (!value.get().equals(failingValue)) {
      return List.of();
    }
    return List.of(fail(resource)
        .putEvidence(attribute.name(), value.get())
        .message(Labels.describe(resource) + " " + problem + " (" + attribute.name() + " " + value.get() + ")")
        .build());
  }
}
