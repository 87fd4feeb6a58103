package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.collector.internal.collectors.CollectorRun.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.fault.FaultInjector;
import io.github.awsinventory.testkit.fault.FaultRule;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.LogLevel;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

@AwsEmulatorTest
class SfnStateMachineCollectorIT {

  private static final String DEFINITION = "{\"StartAt\": \"Done\", \"States\": {\"Done\": {\"Type\": \"Succeed\"}}}";

  @Test
  void collect_stateMachines_reportsTypeLoggingTracingRoleAndTags(AwsEmulator aws) {
    SfnClient sfn = aws.client(SfnClient.builder(), ACCOUNT);
    String role = "arn:aws:iam::" + ACCOUNT + ":role/orders-sfn";
    String logGroup = "arn:aws:logs:us-east-1:" + ACCOUNT + ":log-group:/aws/states/orders:*";
    String orders = sfn.createStateMachine(r -> r.name("orders").definition(DEFINITION).roleArn(role)
        .type(StateMachineType.STANDARD).tags(t -> t.key("team").value("payments"))
        .loggingConfiguration(l -> l.level(LogLevel.ERROR).includeExecutionData(true)
            .destinations(d -> d.cloudWatchLogsLogGroup(g -> g.logGroupArn(logGroup))))
        .tracingConfiguration(t -> t.enabled(true))).stateMachineArn();
    sfn.createStateMachine(r -> r.name("quiet").definition(DEFINITION).roleArn(role));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.SFN_STATE_MACHINE);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("sfn_state_machine", 2L);
    assertThat(run.report.detailErrors()).isEmpty();
    Resource machine = run.named("orders");
    assertThat(machine.resourceId()).isEqualTo("arn:aws:states:us-east-1:" + ACCOUNT + ":stateMachine:orders")
        .isEqualTo(orders);
    assertThat(machine.tags()).isEqualTo(Map.of("team", "payments"));
    assertThat(machine.state()).contains("ACTIVE");
    assertThat(machine.createdAt()).isPresent();
    assertThat(machine.unknownAttributes()).isEmpty();
    assertThat(machine.attributes())
        .containsEntry("state_machine_type", "STANDARD") // the emulator records every state machine as STANDARD
        .containsEntry("state_machine_status", "ACTIVE")
        .containsEntry("logging_level", "ERROR")
        .containsEntry("include_execution_data", true)
        .containsEntry("tracing_enabled", true)
        .containsEntry("role_arn", role)
        .containsEntry("creation_date", machine.createdAt().get().toString());
    Resource quiet = run.named("quiet");
    assertThat(quiet.attributes())
        .containsEntry("state_machine_type", "STANDARD")
        .containsEntry("logging_level", "OFF")
        .containsEntry("include_execution_data", false)
        .containsEntry("tracing_enabled", false);
  }

  @Test
  void collect_whenDescribeIsDenied_keepsTheStateMachineWithItsSettingsUnknown(AwsEmulator aws) {
    String account = "333333333333";
    aws.client(SfnClient.builder(), account).createStateMachine(r -> r.name("denied").definition(DEFINITION)
        .roleArn("arn:aws:iam::" + account + ":role/sfn"));
    FaultInjector faults = FaultInjector.withSeed(7);
    FaultRule denied = faults.add(FaultRule.accessDenied().service("states").operation("DescribeStateMachine"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.SFN_STATE_MACHINE, account,
        faults.wrap(aws.httpClient()));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(denied.injectedCount()).isEqualTo(1);
    Resource machine = run.named("denied");
    assertThat(machine.unknownAttributes()).containsExactlyInAnyOrder("state_machine_type", "state_machine_status", "logging_level",
        "include_execution_data", "tracing_enabled", "role_arn");
    assertThat(machine.attributes()).doesNotContainKey("logging_level").containsKey("creation_date");
    assertThat(run.report.detailErrors()).singleElement().asString()
        .contains("stateMachine:denied").contains("logging_level").contains("AccessDenied");
  }
}
