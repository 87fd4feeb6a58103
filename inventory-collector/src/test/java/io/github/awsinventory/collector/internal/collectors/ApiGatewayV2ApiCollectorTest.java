package io.github.awsinventory.collector.internal.collectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigatewayv2.model.LoggingLevel;
import software.amazon.awssdk.services.apigatewayv2.model.RouteSettings;
import software.amazon.awssdk.services.apigatewayv2.model.Stage;

class ApiGatewayV2ApiCollectorTest {

  @Test
  void logsExecutions_whenTheDefaultRouteLogsErrorsOrInfo_isTrue() {
    assertThat(ApiGatewayV2ApiCollector.logsExecutions(stage(logging(LoggingLevel.ERROR), Map.of()))).isTrue();
    assertThat(ApiGatewayV2ApiCollector.logsExecutions(stage(logging(LoggingLevel.INFO),
        Map.of("sendMessage", RouteSettings.builder().detailedMetricsEnabled(true).build())))).isTrue();
  }

  @Test
  void logsExecutions_whenOffMissingOrTurnedOffForARoute_isFalse() {
    assertThat(ApiGatewayV2ApiCollector.logsExecutions(stage(null, Map.of()))).isFalse();
    assertThat(ApiGatewayV2ApiCollector.logsExecutions(stage(RouteSettings.builder().build(), Map.of()))).isFalse();
    assertThat(ApiGatewayV2ApiCollector.logsExecutions(stage(logging(LoggingLevel.OFF), Map.of()))).isFalse();
    assertThat(ApiGatewayV2ApiCollector.logsExecutions(stage(logging(LoggingLevel.INFO),
        Map.of("sendMessage", logging(LoggingLevel.OFF))))).isFalse();
  }

  private static Stage stage(RouteSettings defaults, Map<String, RouteSettings> routes) {
    return Stage.builder().stageName("prod").defaultRouteSettings(defaults).routeSettings(routes).build();
  }

  private static RouteSettings logging(LoggingLevel level) {
    return RouteSettings.builder().loggingLevel(level).build();
  }
}
