package io.github.awsinventory.query.internal.security;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.query.security.Control;
import io.github.awsinventory.query.security.Finding;
import io.github.awsinventory.query.security.SecurityRule;
import io.github.awsinventory.query.security.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/** The descriptive half of a built-in rule: id, severity, title, remediation and types. */
abstract class BuiltInRule implements SecurityRule {

  private final String id;
  private final Severity severity;
  private final String title;
  private final String remediation;
  private final Set<ResourceType> resourceTypes;
  private List<Control> controls = List.of();

  BuiltInRule(String id, Severity severity, String title, String remediation, ResourceType... types) {
    this.id = id;
    this.severity = severity;
    this.title = title;
    this.remediation = remediation;
    this.resourceTypes = Set.of(types);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String title() {
    return title;
  }

  @Override
  public final Severity severity() {
    return severity;
  }

  @Override
  public final Set<ResourceType> resourceTypes() {
    return resourceTypes;
  }

  @Override
  public final String remediation() {
    return remediation;
  }

  @Override
  public final List<Control> controls() {
    return controls;
  }

  /**
   * Names the controls the rule matches; called once, where the rule is declared.
   *
   * @param matched e.g. {@code Control.cis("3.1"), Control.fsbp("CloudTrail.1")}
   * @return this rule
   */
  final BuiltInRule matching(Control... matched) {
    if (!controls.isEmpty()) {
      throw new IllegalStateException(id + " already names its controls");
    }
    List<Control> sorted = new ArrayList<>(List.of(matched));
    Collections.sort(sorted);
    controls = List.copyOf(sorted);
    return this;
  }

  /** A failure with the rule and the resource filled in. */
  final Finding.Builder fail(Resource resource) {
    return Finding.fail(this, resource);
  }

  /** The one finding of a rule that could not read the named attributes. */
  final List<Finding> unknown(Resource resource, List<String> attributes) {
    return List.of(Finding.unknown(this, resource, attributes));
  }

  @Override
  public String toString() {
    return id + " " + title;
  }
}
