package io.github.awsinventory.query.security;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One security check of one or more resource types, such as {@code EBS-001} "EBS volume not encrypted".
 * {@link SecurityCheck} evaluates every resource against the rules of its type.
 *
 * <p>A rule reads only the resource's attributes (documented per type in {@code docs/RESOURCE_TYPES.md})
 * and the report time; it calls no AWS API. It is stateless and thread-safe. It returns the resource's
 * findings for this rule — none when the resource passes — and reports an attribute it needs but cannot
 * read (named in {@link Resource#unknownAttributes()}, or missing) as a finding with status
 * {@link FindingStatus#UNKNOWN}, never as a pass or a fail.
 *
 * <p>The built-in rules are {@link SecurityRules#builtIn()}. Add your own by passing them to
 * {@link SecurityCheck#of} together with the built-in ones, or register them for
 * {@link SecurityRules#discover()} in
 * {@code META-INF/services/io.github.awsinventory.query.security.SecurityRule} (the class then needs a
 * public no-argument constructor). Ids must be unique; use your own prefix.
 *
 * <pre>{@code
 * public final class TablesHaveDeletionProtection implements SecurityRule {
 *   public String id() { return "ACME-001"; }
 *   public String title() { return "DynamoDB table without deletion protection"; }
 *   public Severity severity() { return Severity.LOW; }
 *   public Set<ResourceType> resourceTypes() { return Set.of(ResourceType.DYNAMODB_TABLE); }
 *   public String remediation() { return "Turn on deletion protection (dynamodb update-table "
 *       + "--deletion-protection-enabled)."; }
 *
 *   public List<Finding> evaluate(Resource table, Instant asOf) {
 *     Optional<Boolean> protectedTable = table.booleanAttribute("deletion_protection");
 *     if (protectedTable.isEmpty()) {
 *       return List.of(Finding.unknown(this, table, "deletion_protection"));
 *     }
 *     if (protectedTable.get()) {
 *       return List.of();
 *     }
 *     return List.of(Finding.fail(this, table)
 *         .putEvidence("deletion_protection", false)
 *         .message("DynamoDB table " + table.name() + " has no deletion protection")
 *         .build());
 *   }
 * }
 *
 * SecurityCheck check = SecurityCheck.of(SecurityRules.builtInWith(new TablesHaveDeletionProtection()));
 * }</pre>
 */
public interface SecurityRule {

  /**
   * The rule's stable id, e.g. {@code EBS-001}: unique among the rules of a check, used to sort and to
   * suppress findings.
   *
   * @return the id
   */
  String id();

  /**
   * What the rule finds, as a short noun phrase, e.g. {@code EBS volume not encrypted}.
   *
   * @return the title
   */
  String title();

  /**
   * How serious a failure of this rule is.
   *
   * @return the severity
   */
  Severity severity();

  /**
   * The resource types the rule checks; other resources are never passed to {@link #evaluate}.
   *
   * @return one or more types
   */
  Set<ResourceType> resourceTypes();

  /**
   * How to fix a failure, in one or two sentences.
   *
   * @return the remediation
   */
  String remediation();

  /**
   * The controls of published standards that this rule matches (CIS AWS Foundations Benchmark, AWS
   * Foundational Security Best Practices), so that Security Hub and Prowler users recognise it; none by
   * default.
   *
   * @return the controls, sorted by standard and id
   */
  default List<Control> controls() {
    return List.of();
  }

  /**
   * Evaluates one resource. Build findings with {@link Finding#fail(SecurityRule, Resource)} and
   * {@link Finding#unknown(SecurityRule, Resource, String...)}.
   *
   * @param resource a resource of one of {@link #resourceTypes()}
   * @param asOf the report time: rules that depend on age (key older than, runtime deprecated on)
   *     compare with it, never with the clock
   * @return the resource's findings for this rule; empty when it passes
   */
  List<Finding> evaluate(Resource resource, Instant asOf);
}
