package io.github.awsinventory.query.internal.report;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.model.types.ElbClassicLoadBalancer;
import io.github.awsinventory.query.report.CleanupCandidate;
import java.time.Instant;
import java.util.Optional;

/**
 * A Classic Load Balancer with no registered instances: it is billed by the hour and can serve nothing. How long it
 * has had none is not collected, so its age is unknown; the saving is its estimated cost.
 */
final class IdleClassicLoadBalancerRule implements WasteRule {

  @Override
  public CleanupCandidate.Reason reason() {
    return CleanupCandidate.Reason.IDLE_CLASSIC_LOAD_BALANCER;
  }

  @Override
  public ResourceType type() {
    return ResourceType.ELB_CLASSIC_LOAD_BALANCER;
  }

  @Override
  public Optional<Waste> evaluate(Resource balancer, CostThresholds thresholds, Instant now) {
    return ElbClassicLoadBalancer.REGISTERED_INSTANCE_COUNT.read(balancer).filter(count -> count.signum() == 0)
        .map(count -> new Waste("no registered instances ("
            + ElbClassicLoadBalancer.SCHEME.read(balancer).orElse("?") + ")", null));
  }
}
