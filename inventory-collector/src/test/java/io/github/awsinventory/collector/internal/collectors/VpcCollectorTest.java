package io.github.awsinventory.collector.internal.collectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.FlowLog;

class VpcCollectorTest {

  @Test
  void withActiveFlowLogs_countsOnlyActiveFlowLogsOfEachResource() {
    List<FlowLog> flowLogs = List.of(
        FlowLog.builder().resourceId("vpc-1").flowLogStatus("ACTIVE").build(),
        FlowLog.builder().resourceId("vpc-2").flowLogStatus("DELETED").build(),
        FlowLog.builder().resourceId("vpc-3").build(),
        FlowLog.builder().flowLogStatus("ACTIVE").build());

    assertThat(VpcCollector.withActiveFlowLogs(flowLogs)).containsExactly("vpc-1");
  }
}
