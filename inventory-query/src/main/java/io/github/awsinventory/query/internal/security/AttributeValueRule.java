package io.github.awsinventory.query.internal.security;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.query.security.Finding;
import io.github.awsinventory.query.security.Severity;
import java.time.Instant;
import java.util.List;

/**
 * Fails a resource whose attribute has one value: {@code encrypted == false},
 * {@code default_encryption == "none"}. Any other value of the same type passes; a value that is unknown,
 * missing or of another type is unknown.
 */
final class AttributeValueRule extends BuiltInRule {

  private final String attribute;
  private final Object failingValue;
  private final String problem;

  /**
   * Creates the rule.
   *
   * @param problem what the message says after the resource, e.g. {@code is not encrypted}
   */
  AttributeValueRule(String id, Severity severity, String title, String remediation, String attribute,
      Object failingValue, String problem, ResourceType... types) {
    super(id, severity, title, remediation, types);
    this.attribute = attribute;
    this.failingValue = failingValue;
    this.problem = problem;
  }

  @Override
  public List<Finding> evaluate(Resource resource, Instant asOf) {
    Object value = resource.attributes().get(attribute);
    if (value == null || value.getClass() != failingValue.getClass()) {
      return unknown(resource, List.of(attribute));
    }
    if (!value.equals(failingValue)) {
      return List.of();
    }
    return List.of(fail(resource)
        .putEvidence(attribute, value)
        .message(Labels.describe(resource) + " " + problem + " (" + attribute + " " + value + ")")
        .build());
  }
}
