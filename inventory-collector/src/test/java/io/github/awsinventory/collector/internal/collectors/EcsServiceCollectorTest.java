package io.github.awsinventory.collector.internal.collectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecs.model.AssignPublicIp;
import software.amazon.awssdk.services.ecs.model.Service;

class EcsServiceCollectorTest {

  @Test
  void assignPublicIp_isTheAwsvpcSetting_elseDisabled() {
    Service enabled = Service.builder().networkConfiguration(n -> n.awsvpcConfiguration(a -> a.subnets("subnet-1")
        .assignPublicIp(AssignPublicIp.ENABLED))).build();
    Service unset = Service.builder().networkConfiguration(n -> n.awsvpcConfiguration(a -> a.subnets("subnet-1")))
        .build();

    assertThat(EcsServiceCollector.assignPublicIp(enabled)).isEqualTo("ENABLED");
    assertThat(EcsServiceCollector.assignPublicIp(unset)).isEqualTo("DISABLED");
    assertThat(EcsServiceCollector.assignPublicIp(Service.builder().build())).isEqualTo("DISABLED");
  }
}
