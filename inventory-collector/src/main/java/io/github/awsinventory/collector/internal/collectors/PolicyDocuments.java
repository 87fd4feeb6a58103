package io.github.awsinventory.collector.internal.collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/** Reads resource policies (queue and topic policies) that the collectors record a verdict of. */
final class PolicyDocuments {

  private static final ObjectMapper JSON = new ObjectMapper();

  private PolicyDocuments() {}

  /**
   * Whether a resource policy is open to everyone: it has an {@code Allow} statement whose principal is {@code *},
   * {@code {"AWS": "*"}} or {@code {"AWS": [..., "*", ...]}} and that has no {@code Condition} (a condition such as
   * {@code aws:SourceArn} may restrict the wildcard; whether it does is not judged here, so such a statement is not
   * counted).
   *
   * @param policy the policy document; null or blank for a resource without a policy
   * @return the verdict; empty when the policy is not a JSON document
   */
  static Optional<Boolean> openToEveryone(String policy) {
    if (policy == null || policy.isBlank()) {
      return Optional.of(false);
    }
    JsonNode document;
    try {
      document = JSON.readTree(policy);
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
    if (document == null || !document.isObject()) {
      return Optional.empty();
    }
    JsonNode statements = document.path("Statement");
    if (statements.isObject()) {
      return Optional.of(isOpen(statements));
    }
    for (JsonNode statement : statements) {
      if (isOpen(statement)) {
        return Optional.of(true);
      }
    }
    return Optional.of(false);
  }

  private static boolean isOpen(JsonNode statement) {
    if (!"Allow".equals(statement.path("Effect").asText())) {
      return false;
    }
    JsonNode condition = statement.get("Condition");
    if (condition != null && !condition.isNull() && !condition.isEmpty()) {
      return false;
    }
    JsonNode principal = statement.path("Principal");
    if (principal.isTextual()) {
      return "*".equals(principal.asText());
    }
    JsonNode aws = principal.path("AWS");
    if (aws.isTextual()) {
      return "*".equals(aws.asText());
    }
    for (JsonNode value : aws) {
      if ("*".equals(value.asText())) {
        return true;
      }
    }
    return false;
  }
}
