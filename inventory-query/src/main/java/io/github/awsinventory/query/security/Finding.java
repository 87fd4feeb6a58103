package io.github.awsinventory.query.security;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceIdentity;
import io.github.awsinventory.query.QueryException;
import io.github.awsinventory.query.internal.security.EvidenceValues;
import io.github.awsinventory.query.internal.security.Labels;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One resource's failure of one {@link SecurityRule}, or the rule's inability to tell
 * ({@link FindingStatus#UNKNOWN}): the rule, the resource's identity, the evidence and a sentence that
 * names the problem with its values.
 *
 * <p>Rules build findings from the rule and the resource, which fills in everything but the evidence and
 * the message:
 *
 * <pre>{@code
 * Finding finding = Finding.fail(rule, volume)
 *     .putEvidence("encrypted", false)
 *     .message("EBS volume data (vol-0abc) is not encrypted")
 *     .build();
 * Finding unknown = Finding.unknown(rule, volume, "encrypted");
 * }</pre>
 *
 * <p>{@link #evidence()} holds JSON-like values ({@link String}, {@link Boolean},
 * {@link java.math.BigDecimal}, {@link List}, {@link Map}); other numbers, instants, dates and enums are
 * converted on build, in the order the rule put them.
 */
@Value.Immutable
public abstract class Finding implements ResourceIdentity {

  /** The evidence key of an {@link FindingStatus#UNKNOWN} finding: the attributes that could not be read. */
  public static final String UNKNOWN_ATTRIBUTES = "unknown_attributes";

  Finding() {}

  /**
   * Returns a new, empty builder; {@link #fail(SecurityRule, Resource)} is usually more convenient.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder for a failure of a rule by a resource: rule, resource identity and status
   * {@link FindingStatus#FAIL} are set; add the evidence and the message.
   *
   * @param rule the failed rule
   * @param resource the resource that fails it
   * @return a builder
   */
  public static Builder fail(SecurityRule rule, Resource resource) {
    return builder().rule(rule).resource(resource).status(FindingStatus.FAIL);
  }

  /**
   * Returns the finding that a rule could not be evaluated because attributes it needs could not be
   * determined: status {@link FindingStatus#UNKNOWN}, the attribute names as evidence under
   * {@value #UNKNOWN_ATTRIBUTES}, and the message {@code <resource>: could not be determined: <names>}.
   *
   * @param rule the rule
   * @param resource the resource
   * @param attributes the attributes that are unknown or missing, at least one
   * @return the finding
   * @throws QueryException without attributes
   */
  public static Finding unknown(SecurityRule rule, Resource resource, String... attributes) {
    return unknown(rule, resource, Arrays.asList(attributes));
  }

  /**
   * As {@link #unknown(SecurityRule, Resource, String...)}, for a list of attribute names.
   *
   * @param rule the rule
   * @param resource the resource
   * @param attributes the attributes that are unknown or missing, at least one
   * @return the finding
   * @throws QueryException without attributes
   */
  public static Finding unknown(SecurityRule rule, Resource resource, List<String> attributes) {
    if (attributes.isEmpty()) {
      throw new QueryException("an unknown finding of rule " + rule.id() + " for " + resource.resourceId()
          + " must name at least one attribute that could not be determined (was none); pass the names the rule "
          + "needed");
    }
    return builder().rule(rule).resource(resource).status(FindingStatus.UNKNOWN)
        .putEvidence(UNKNOWN_ATTRIBUTES, List.copyOf(attributes))
        .message(Labels.describe(resource) + ": could not be determined: " + String.join(", ", attributes))
        .build();
  }

  /**
   * The id of the rule, e.g. {@code SG-001}.
   *
   * @return the rule id
   */
  public abstract String ruleId();

  /**
   * The rule's title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The rule's severity.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Whether the resource fails the rule or the rule could not tell.
   *
   * @return the status
   */
  public abstract FindingStatus status();

  /**
   * The resource's department.
   *
   * @return the department
   */
  @Value.Default
  public String department() {
    return Resource.UNASSIGNED;
  }

  /**
   * The attribute values that triggered the finding, JSON-like, in the order the rule put them; for an
   * {@link FindingStatus#UNKNOWN} finding, {@value #UNKNOWN_ATTRIBUTES} with the attribute names.
   *
   * @return the evidence
   */
  public abstract Map<String, Object> evidence();

  /**
   * One sentence naming the problem with its values, e.g.
   * {@code security group bastion (sg-123) allows 0.0.0.0/0 on port 22 (tcp 22-22)}.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * The rule's remediation.
   *
   * @return how to fix it
   */
  public abstract String remediation();

  /**
   * The controls of published standards that the rule matches, such as {@code CIS 3.1}; empty when it
   * matches none.
   *
   * @return the controls
   */
  public abstract List<Control> controls();

  @Value.Check
  Finding normalize() {
    check(!ruleId().isBlank(), "ruleId must not be blank; build findings with Finding.fail(rule, resource)");
    check(!message().isBlank(), "message of a " + ruleId() + " finding must not be blank for " + resourceId()
        + "; name the problem and its values");
    if (EvidenceValues.isNormalized(evidence())) {
      return this;
    }
    Map<String, Object> normalized;
    try {
      normalized = EvidenceValues.normalizeMap(evidence(), "evidence");
    } catch (IllegalArgumentException e) {
      throw new QueryException(ruleId() + " finding for " + resourceId() + ": " + e.getMessage(), e);
    }
    return builder().from(this).evidence(normalized).build();
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new QueryException(message);
    }
  }

  /** Builds {@link Finding}s; obtained from {@link Finding#builder()} or {@link Finding#fail}. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}

    /**
     * Sets the rule's id, title, severity, remediation and controls.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder rule(SecurityRule rule) {
      ruleId(rule.id()).title(rule.title()).severity(rule.severity()).remediation(rule.remediation())
          .controls(rule.controls());
      return this;
    }

    /**
     * Sets the resource's id, type, account, account name, region, name and department.
     *
     * @param resource the resource
     * @return this builder
     */
    public Builder resource(Resource resource) {
      resourceId(resource.resourceId()).resourceType(resource.resourceType()).accountId(resource.accountId())
          .accountName(resource.accountName()).region(resource.region()).name(resource.name())
          .department(resource.department());
      return this;
    }
  }
}
