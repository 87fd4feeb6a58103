package io.github.awsinventory.query.security;

import static io.github.awsinventory.query.security.Resources.evaluate;
import static io.github.awsinventory.query.security.Resources.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ECS rules. */
class EcsRulesTest {

  @Test
  void ecs001_containerInsightsDisabled_fails() {
    Resource cluster = resource(ResourceType.ECS_CLUSTER, "web").putAttributes("container_insights", "disabled")
        .build();

    assertThat(evaluate("ECS-001", cluster)).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
      assertThat(f.evidence()).containsExactly(Map.entry("container_insights", "disabled"));
      assertThat(f.message()).isEqualTo("ECS cluster web has Container Insights off (container_insights disabled)");
      assertThat(f.controls()).containsExactly(Control.fsbp("ECS.12"));
    });
  }

  @Test
  void ecs002_publicIpAssigned_fails_disabledPasses_unknownIsUnknown() {
    Resource open = resource(ResourceType.ECS_SERVICE, "api").putAttributes("assign_public_ip", "ENABLED").build();
    Resource closed = resource(ResourceType.ECS_SERVICE, "api").putAttributes("assign_public_ip", "DISABLED").build();
    Resource unknown = resource(ResourceType.ECS_SERVICE, "api").addUnknownAttributes("assign_public_ip").build();

    assertThat(evaluate("ECS-002", open)).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
      assertThat(f.evidence()).containsExactly(Map.entry("assign_public_ip", "ENABLED"));
      assertThat(f.message()).isEqualTo("ECS service api assigns public IP addresses to its tasks "
          + "(assign_public_ip ENABLED)");
      assertThat(f.controls()).containsExactly(Control.fsbp("ECS.2"));
    });
    assertThat(evaluate("ECS-002", closed)).isEmpty();
    assertThat(evaluate("ECS-002", unknown)).extracting(Finding::status).containsExactly(FindingStatus.UNKNOWN);
  }

  @Test
  void ecs001_containerInsightsEnabledOrEnhanced_passes_andMissingIsUnknown() {
    Resource enabled = resource(ResourceType.ECS_CLUSTER, "a").putAttributes("container_insights", "enabled").build();
    Resource enhanced = resource(ResourceType.ECS_CLUSTER, "b").putAttributes("container_insights", "enhanced")
        .build();
    Resource missing = resource(ResourceType.ECS_CLUSTER, "c").build();

    assertThat(evaluate("ECS-001", enabled)).isEmpty();
    assertThat(evaluate("ECS-001", enhanced)).isEmpty();
    assertThat(evaluate("ECS-001", missing)).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.UNKNOWN);
      assertThat(f.evidence()).containsExactly(Map.entry(Finding.UNKNOWN_ATTRIBUTES, List.of("container_insights")));
    });
  }
}
