package io.github.awsinventory.query.security;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.query.QueryException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Evaluates resources against security rules into a {@link SecurityReport}. A pure function of the
 * resources and the report time: feed it from any query, a file or a test estate. It streams — it holds
 * the findings, never the resources — and is thread-safe, so one check can serve many runs.
 *
 * <pre>{@code
 * SecurityCheck check = SecurityCheck.of(SecurityRules.builtInWith(new TablesHaveDeletionProtection()));
 * SecurityReport report = check.run(resources, Instant.now());          // any Iterable<Resource>
 * SecurityReport fromStream = check.run(stream::iterator, Instant.now()); // or a Stream<Resource>
 * }</pre>
 */
public final class SecurityCheck {

  private final List<SecurityRule> rules;
  private final Map<ResourceType, List<SecurityRule>> rulesByType;

  private SecurityCheck(List<SecurityRule> rules) {
    this.rules = rules;
    Map<ResourceType, List<SecurityRule>> byType = new HashMap<>();
    for (SecurityRule rule : rules) {
      for (ResourceType type : rule.resourceTypes()) {
        byType.computeIfAbsent(type, t -> new ArrayList<>()).add(rule);
      }
    }
    byType.replaceAll((type, list) -> List.copyOf(list));
    this.rulesByType = Map.copyOf(byType);
  }

  /**
   * A check of some rules.
   *
   * @param rules the rules, e.g. {@link SecurityRules#builtIn()} or {@link SecurityRules#discover()}
   * @return the check
   * @throws QueryException when there are no rules, a rule is incomplete (blank id, title or
   *     remediation, no severity, no types) or two rules share an id
   */
  public static SecurityCheck of(Collection<? extends SecurityRule> rules) {
    Objects.requireNonNull(rules, "rules");
    if (rules.isEmpty()) {
      throw new QueryException("a security check needs at least one rule (was none); pass "
          + "SecurityRules.builtIn()");
    }
    return new SecurityCheck(SecurityRules.validated(rules));
  }

  /**
   * A check of the built-in rules.
   *
   * @return the check
   */
  public static SecurityCheck builtIn() {
    return of(SecurityRules.builtIn());
  }

  /**
   * The rules, in the order given.
   *
   * @return an immutable list
   */
  public List<SecurityRule> rules() {
    return rules;
  }

  /**
   * Evaluates every resource against the rules of its type. Resources of a type no rule checks are
   * skipped and not counted as evaluated.
   *
   * @param resources the resources, read once
   * @param asOf the report time, which age-dependent rules compare with
   * @return the report
   * @throws QueryException when a rule throws, returns null, or returns a finding for another rule or
   *     resource; the message names the rule and the resource
   */
  public SecurityReport run(Iterable<Resource> resources, Instant asOf) {
    Objects.requireNonNull(resources, "resources");
    Objects.requireNonNull(asOf, "asOf");
    Map<ResourceType, Long> evaluated = new HashMap<>();
    for (ResourceType type : rulesByType.keySet()) {
      evaluated.put(type, 0L);
    }
    Map<String, long[]> countsByRule = new LinkedHashMap<>();
    for (SecurityRule rule : rules) {
      countsByRule.put(rule.id(), new long[2]);
    }
    List<Finding> findings = new ArrayList<>();
    for (Resource resource : resources) {
      List<SecurityRule> applicable = rulesByType.get(resource.resourceType());
      if (applicable == null) {
        continue;
      }
      evaluated.merge(resource.resourceType(), 1L, Long::sum);
      for (SecurityRule rule : applicable) {
        for (Finding finding : evaluate(rule, resource, asOf)) {
          findings.add(finding);
          countsByRule.get(rule.id())[finding.status() == FindingStatus.FAIL ? 0 : 1]++;
        }
      }
    }
    List<SecurityReport.RuleSummary> summaries = new ArrayList<>();
    for (SecurityRule rule : rules) {
      long[] counts = countsByRule.get(rule.id());
      summaries.add(new SecurityReport.RuleSummary(rule, counts[0], counts[1]));
    }
    return new SecurityReport(asOf, evaluated, summaries, findings);
  }

  private static List<Finding> evaluate(SecurityRule rule, Resource resource, Instant asOf) {
    List<Finding> findings;
    try {
      findings = rule.evaluate(resource, asOf);
    } catch (RuntimeException e) {
      throw new QueryException("security rule " + rule.id() + " failed on " + resource.resourceId() + ": "
          + e, e);
    }
    if (findings == null) {
      throw new QueryException("security rule " + rule.id() + " returned null for " + resource.resourceId()
          + "; return an empty list when the resource passes");
    }
    for (Finding finding : findings) {
      if (!finding.ruleId().equals(rule.id()) || !finding.resourceId().equals(resource.resourceId())) {
        throw new QueryException("security rule " + rule.id() + " returned a finding of rule "
            + finding.ruleId() + " for " + finding.resourceId() + " while evaluating " + resource.resourceId()
            + "; build findings with Finding.fail(this, resource)");
      }
    }
    return findings;
  }
}
