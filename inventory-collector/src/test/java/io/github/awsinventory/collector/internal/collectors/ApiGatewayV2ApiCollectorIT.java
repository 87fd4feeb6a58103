package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.collector.internal.collectors.CollectorRun.ACCOUNT;
import static io.github.awsinventory.collector.internal.collectors.CollectorRun.number;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.fault.FaultInjector;
import io.github.awsinventory.testkit.fault.FaultRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.apigatewayv2.model.LoggingLevel;
import software.amazon.awssdk.services.apigatewayv2.model.ProtocolType;

@AwsEmulatorTest
class ApiGatewayV2ApiCollectorIT {

  @Test
  void collect_httpAndWebSocketApis_reportsProtocolEndpointTagsAndStagesWithoutLogging(AwsEmulator aws) {
    ApiGatewayV2Client apigateway = aws.client(ApiGatewayV2Client.builder(), ACCOUNT);
    String orders = apigateway.createApi(r -> r.name("orders").protocolType(ProtocolType.HTTP)
        .disableExecuteApiEndpoint(true).tags(Map.of("team", "payments"))).apiId();
    apigateway.createStage(s -> s.apiId(orders).stageName("prod").accessLogSettings(a -> a
        .destinationArn("arn:aws:logs:us-east-1:" + ACCOUNT + ":log-group:access").format("$context.requestId")));
    apigateway.createStage(s -> s.apiId(orders).stageName("dev"));
    String chat = apigateway.createApi(r -> r.name("chat").protocolType(ProtocolType.WEBSOCKET)
        .routeSelectionExpression("$request.body.action")).apiId();
    apigateway.createStage(s -> s.apiId(chat).stageName("prod")
        .defaultRouteSettings(d -> d.loggingLevel(LoggingLevel.INFO)));
    apigateway.createStage(s -> s.apiId(chat).stageName("dev"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.APIGATEWAYV2_API);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("apigatewayv2_api", 2L);
    assertThat(run.report.detailErrors()).isEmpty();
    Resource api = run.named("orders");
    assertThat(api.resourceId()).isEqualTo("arn:aws:apigateway:us-east-1::/apis/" + orders);
    assertThat(api.tags()).isEqualTo(Map.of("team", "payments"));
    assertThat(api.createdAt()).isPresent();
    assertThat(api.unknownAttributes()).isEmpty();
    assertThat(api.attributes())
        .containsEntry("protocol_type", "HTTP")
        .containsEntry("api_endpoint", "https://" + orders + ".execute-api.us-east-1.amazonaws.com")
        .containsEntry("disable_execute_api_endpoint", true)
        .containsEntry("created_date", api.createdAt().get().toString())
        .containsEntry("stage_count", number(2))
        .containsEntry("stage_names", List.of("prod", "dev"))
        .containsEntry("stages_without_access_logging", List.of("dev"))
        .doesNotContainKey("stages_without_execution_logging"); // an HTTP API has no execution logs
    Resource webSocket = run.named("chat");
    assertThat(webSocket.resourceId()).endsWith("/apis/" + chat);
    assertThat(webSocket.attributes())
        .containsEntry("protocol_type", "WEBSOCKET")
        .containsEntry("disable_execute_api_endpoint", false)
        .containsEntry("stage_count", number(2))
        .containsEntry("stages_without_access_logging", List.of("prod", "dev"))
        .containsEntry("stages_without_execution_logging", List.of("dev"));
  }

  @Test
  void collect_whenGetStagesIsDenied_keepsTheApiWithItsStagesUnknown(AwsEmulator aws) {
    String account = "333333333333";
    String id = aws.client(ApiGatewayV2Client.builder(), account).createApi(r -> r.name("denied")
        .protocolType(ProtocolType.HTTP)).apiId();
    FaultInjector faults = FaultInjector.withSeed(7);
    FaultRule denied = faults.add(FaultRule.accessDenied().service("apigateway")
        .operation("GET /v2/apis/" + id + "/stages"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.APIGATEWAYV2_API, account,
        faults.wrap(aws.httpClient()));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(denied.injectedCount()).isEqualTo(1);
    Resource api = run.named("denied");
    assertThat(api.unknownAttributes()).containsExactlyInAnyOrder("stage_count", "stage_names",
        "stages_without_access_logging", "stages_without_execution_logging");
    assertThat(api.attributes()).doesNotContainKey("stage_count").containsEntry("protocol_type", "HTTP");
    assertThat(run.report.detailErrors()).singleElement().asString()
        .contains("/apis/" + id).contains("stage_count").contains("AccessDenied");
  }
}
