package io.github.awsinventory.query.report;

import io.github.awsinventory.query.render.Money;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A cost optimisation: which rule, which resource, why, what to do, and the estimated monthly savings
 * (absent when the prices involved are unknown).
 */
public final class Recommendation {

  private final String ruleId;
  private final ResourceRef resource;
  private final String reason;
  private final String action;
  private final BigDecimal monthlySavings;

  Recommendation(String ruleId, ResourceRef resource, String reason, String action, BigDecimal monthlySavings) {
    this.ruleId = ruleId;
    this.resource = resource;
    this.reason = reason;
    this.action = action;
    this.monthlySavings = monthlySavings;
  }

  /**
   * The rule: {@code stopped-instance-ebs}, {@code unattached-volume}, {@code unassociated-eip},
   * {@code gp2-to-gp3}, {@code previous-generation} or {@code old-snapshot}.
   *
   * @return the rule id
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * The resource.
   *
   * @return the resource
   */
  public ResourceRef resource() {
    return resource;
  }

  /**
   * Why, with the values that matter.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * What to do.
   *
   * @return the action
   */
  public String action() {
    return action;
  }

  /**
   * Estimated monthly savings.
   *
   * @return USD per month; empty when unknown
   */
  public Optional<BigDecimal> monthlySavings() {
    return Optional.ofNullable(monthlySavings);
  }

  Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("rule", ruleId);
    json.put("resource", resource.toJson());
    json.put("reason", reason);
    json.put("action", action);
    json.put("monthly_savings", Money.round(monthlySavings));
    return json;
  }
}
