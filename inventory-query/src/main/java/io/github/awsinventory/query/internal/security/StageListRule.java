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
import java.util.function.Predicate;

/**
 * Fails an API whose attribute listing the stages that lack something ({@code stages_without_waf}) names a
 * stage; an empty list passes, and a list that is unknown or missing is unknown. The finding names the stages. An API
 * the rule does not apply to ({@link #except}) is not evaluated.
 */
final class StageListRule extends BuiltInRule {

  private final Map<ResourceType, AttributeKey<List<String>>> attributes;
  private final String problem;
  private Predicate<Resource> exempt = resource -> false;

  /**
   * Creates the rule.
   *
   * @param attributes the types the rule checks, each with its key of the list of stage names
   * @param problem what the message says after the resource, e.g. {@code has stages without a WAF web ACL}
   */
  StageListRule(String id, Severity severity, String title, String remediation,
      Map<ResourceType, AttributeKey<List<String>>> attributes, String problem) {
    super(id, severity, title, remediation, attributes.keySet().toArray(new ResourceType[0]));
    this.attributes = Map.copyOf(attributes);
    this.problem = problem;
  }

  /**
   * Leaves the resources a predicate matches unevaluated (an HTTP API for execution logging, which it has not). Called
   * once, while the rule is built.
   *
   * @param exempt the resources the rule does not apply to
   * @return this rule
   */
  StageListRule except(Predicate<Resource> exempt) {
    this.exempt = exempt;
    return this;
  }

  @Override
  public List<Finding> evaluate(Resource resource, Instant asOf) {
    AttributeKey<List<String>> attribute = attributes.get(resource.resourceType());
    if (attribute == null || exempt.test(resource)) {
      return List.of();
    }
    Optional<List<String>> stages = attribute.read(resource);
    if (stages.isEmpty()) {
      return unknown(resource, List.of(attribute.name()));
    }
    if (stages.get().isEmpty()) {
      return List.of();
    }
    return List.of(fail(resource)
        .putEvidence(attribute.name(), stages.get())
        .message(Labels.describe(resource) + " " + problem + " (" + attribute.name() + " " + stages.get() + ")")
        .build());
  }
}
