package io.github.awsinventory.query.internal.report;

import io.github.awsinventory.model.ResourceType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The built-in {@link WasteRule}s, documented in {@code docs/REPORTS.md}, section "Cleanup report". */
final class WasteRules {

  private static final List<WasteRule> ALL = List.of(
      new DisabledKmsKeyRule(),
      new UnusedSecretRule(),
      new LogGroupWithoutRetentionRule(),
      new EmptyEcrRepositoryRule(),
      new OldImageRule(),
      new EmptyAutoScalingGroupRule(),
      new IdleClassicLoadBalancerRule(),
      new OldRdsSnapshotRule(),
      new IamWasteRules.UnusedRole(),
      new IamWasteRules.UnattachedPolicy(),
      new UnusedCertificateRule(),
      new EmptyEcsClusterRule(),
      new IdleEcsServiceRule(),
      new UnmountedFileSystemRule(),
      new UnusedSnsTopicRule(),
      new ApiGatewayWasteRules.RestApiWithoutStages(),
      new ApiGatewayWasteRules.V2ApiWithoutStages(),
      new EmptyHostedZoneRule(),
      new DisabledDistributionRule());

  private static final Map<ResourceType, List<WasteRule>> BY_TYPE =
      ALL.stream().collect(Collectors.groupingBy(WasteRule::type));

  private WasteRules() {}

  /**
   * The rules of one type.
   *
   * @param type the resource's type
   * @return the rules, in declaration order; empty for a type without any
   */
  static List<WasteRule> of(ResourceType type) {
    return BY_TYPE.getOrDefault(type, List.of());
  }

  /**
   * Every rule, in declaration order.
   *
   * @return the rules
   */
  static List<WasteRule> all() {
    return ALL;
  }
}
