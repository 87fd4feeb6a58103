package io.github.awsinventory.collector.internal.collectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.autoscaling.model.AutoScalingGroup;

class AutoScalingGroupCollectorTest {

  @Test
  void launchTemplate_isTheGroupsOwn_elseTheMixedInstancesPolicys_elseNone() {
    AutoScalingGroup own = AutoScalingGroup.builder().launchTemplate(t -> t.launchTemplateName("web")).build();
    AutoScalingGroup mixed = AutoScalingGroup.builder().mixedInstancesPolicy(p -> p.launchTemplate(
        t -> t.launchTemplateSpecification(s -> s.launchTemplateId("lt-1").version("$Default")))).build();
    AutoScalingGroup configured = AutoScalingGroup.builder().launchConfigurationName("legacy").build();

    assertThat(AutoScalingGroupCollector.launchTemplate(own).launchTemplateName()).isEqualTo("web");
    assertThat(AutoScalingGroupCollector.launchTemplate(mixed).launchTemplateId()).isEqualTo("lt-1");
    assertThat(AutoScalingGroupCollector.launchTemplate(configured)).isNull();
  }
}
