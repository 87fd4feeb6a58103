package io.github.awsinventory.query.security;

import io.github.awsinventory.query.QueryException;
import io.github.awsinventory.query.internal.security.BuiltInRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The available security rules: the built-in ones, and those registered with {@link ServiceLoader}.
 *
 * <pre>{@code
 * SecurityCheck.of(SecurityRules.builtIn());                        // the built-in rules only
 * SecurityCheck.of(SecurityRules.builtInWith(new MyRule()));        // plus your own
 * SecurityCheck.of(SecurityRules.discover());                       // plus every registered rule
 * }</pre>
 *
 * <p>To register a rule, name its class (public, with a public no-argument constructor) in
 * {@code META-INF/services/io.github.awsinventory.query.security.SecurityRule} on the class path.
 */
public final class SecurityRules {

  private SecurityRules() {}

  /**
   * The built-in rules ({@code docs/SECURITY_RULES.md}), in a stable order.
   *
   * @return an immutable list
   */
  public static List<SecurityRule> builtIn() {
    return BuiltInRules.all();
  }

  /**
   * The built-in rules followed by your own.
   *
   * @param custom your rules
   * @return an immutable list
   * @throws QueryException when a rule is incomplete or two rules share an id
   */
  public static List<SecurityRule> builtInWith(SecurityRule... custom) {
    List<SecurityRule> rules = new ArrayList<>(builtIn());
    rules.addAll(Arrays.asList(custom));
    return validated(rules);
  }

  /**
   * The built-in rules followed by those registered with {@link ServiceLoader}, loaded with the class
   * loader of this class.
   *
   * @return an immutable list
   * @throws QueryException when a registered rule is incomplete or two rules share an id
   * @throws java.util.ServiceConfigurationError when a registered class cannot be loaded
   */
  public static List<SecurityRule> discover() {
    return discover(SecurityRules.class.getClassLoader());
  }

  /**
   * The built-in rules followed by those registered with {@link ServiceLoader} in a class loader.
   *
   * @param loader where to look for {@code META-INF/services/io.github.awsinventory.query.security.SecurityRule}
   * @return an immutable list
   * @throws QueryException when a registered rule is incomplete or two rules share an id
   * @throws java.util.ServiceConfigurationError when a registered class cannot be loaded
   */
  public static List<SecurityRule> discover(ClassLoader loader) {
    List<SecurityRule> rules = new ArrayList<>(builtIn());
    ServiceLoader.load(SecurityRule.class, loader).forEach(rules::add);
    return validated(rules);
  }

  /** Checks that every rule is complete and every id unique. */
  static List<SecurityRule> validated(Collection<? extends SecurityRule> rules) {
    Map<String, SecurityRule> byId = new HashMap<>();
    for (SecurityRule rule : rules) {
      if (rule == null) {
        throw new QueryException("security rules must not contain null (found one among " + rules.size()
            + " rules); leave the missing rule out");
      }
      String name = rule.getClass().getName();
      require(rule.id() != null && !rule.id().isBlank() && rule.id().strip().equals(rule.id()),
          "id of security rule " + name + " must be non-blank without surrounding spaces (was '" + rule.id()
              + "'); use an id such as ACME-001");
      require(rule.title() != null && !rule.title().isBlank(), "title of security rule " + rule.id()
          + " (" + name + ") must not be blank; give it a one-line title");
      require(rule.severity() != null, "severity of security rule " + rule.id() + " (" + name
          + ") must not be null; return one of Severity's values");
      require(rule.resourceTypes() != null && !rule.resourceTypes().isEmpty(), "resourceTypes of security rule "
          + rule.id() + " (" + name + ") must name at least one type, such as ResourceType.EBS_VOLUME");
      require(rule.remediation() != null && !rule.remediation().isBlank(), "remediation of security rule "
          + rule.id() + " (" + name + ") must not be blank; say how to fix what the rule finds");
      SecurityRule other = byId.putIfAbsent(rule.id(), rule);
      if (other != null) {
        throw new QueryException("security rule id " + rule.id() + " is used twice, by "
            + other.getClass().getName() + " and " + name + "; give each rule its own id (built-in ids are "
            + String.join(", ", builtIn().stream().map(SecurityRule::id).toArray(String[]::new))
            + "; prefix your own, e.g. ACME-001)");
      }
    }
    return List.copyOf(rules);
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new QueryException(message);
    }
  }
}
