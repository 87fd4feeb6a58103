package io.github.awsinventory.query.internal.security;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.query.security.Finding;
import io.github.awsinventory.query.security.Severity;
import java.time.Instant;
import java.util.List;

/**
 * Fails a resource without an attribute whose absence is the fact the rule looks for: a trail without
 * {@code kms_key_id} is not encrypted with KMS. The attribute being present passes; being unknown is unknown.
 */
final class AbsentAttributeRule extends BuiltInRule {

  private final ResourceType type;
  private final AttributeKey<?> attribute;
  private final String problem;

  /**
   * Creates the rule.
   *
   * @param problem what the message says after the resource, e.g. {@code is not encrypted with a KMS key}
   */
  AbsentAttributeRule(String id, Severity severity, String title, String remediation, ResourceType type,
      AttributeKey<?> attribute, String problem) {
    super(id, severity, title, remediation, type);
    this.type = type;
    this.attribute = attribute;
    this.problem = problem;
  }

  @Override
  public List<Finding> evaluate(Resource resource, Instant asOf) {
    if (!type.equals(resource.resourceType())) {
      return List.of();
    }
    if (attribute.isUnknown(resource)) {
      return unknown(resource, List.of(attribute.name()));
    }
    if (resource.attributes().containsKey(attribute.name())) {
      return List.of();
    }
    return List.of(fail(resource).message(Labels.describe(resource) + " " + problem + " (no " + attribute.name()
        + ")").build());
  }
}
