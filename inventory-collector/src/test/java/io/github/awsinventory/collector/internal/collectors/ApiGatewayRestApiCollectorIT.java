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
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.ApiKeySourceType;
import software.amazon.awssdk.services.apigateway.model.CreateRestApiResponse;
import software.amazon.awssdk.services.apigateway.model.EndpointType;
import software.amazon.awssdk.services.apigateway.model.Op;
import software.amazon.awssdk.services.apigateway.model.PatchOperation;

@AwsEmulatorTest
class ApiGatewayRestApiCollectorIT {

  @Test
  void collect_restApis_reportsEndpointsTagsAndTheirStagesFacts(AwsEmulator aws) {
    ApiGatewayClient apigateway = aws.client(ApiGatewayClient.builder(), ACCOUNT);
    CreateRestApiResponse orders = apigateway.createRestApi(r -> r.name("orders")
        .endpointConfiguration(e -> e.types(EndpointType.REGIONAL)).apiKeySource(ApiKeySourceType.AUTHORIZER)
        .tags(Map.of("team", "payments")));
    deployed(apigateway, orders, "prod");
    apigateway.createStage(s -> s.restApiId(orders.id()).stageName("dev")
        .deploymentId(apigateway.getDeployments(d -> d.restApiId(orders.id())).items().get(0).id()));
    apigateway.updateStage(u -> u.restApiId(orders.id()).stageName("prod").patchOperations(
        replace("/*/*/logging/loglevel", "INFO"),
        replace("/accessLogSettings/destinationArn", "arn:aws:logs:us-east-1:" + ACCOUNT + ":log-group:access"),
        replace("/tracingEnabled", "true"),
        replace("/*/*/caching/enabled", "true"),
        replace("/*/*/caching/dataEncrypted", "true")));
    apigateway.updateStage(u -> u.restApiId(orders.id()).stageName("dev").patchOperations(
        replace("/*/*/caching/enabled", "true"),
        replace("/*/*/caching/dataEncrypted", "false")));
    String empty = apigateway.createRestApi(r -> r.name("empty")).id();

    CollectorRun run = CollectorRun.collect(aws, ResourceType.APIGATEWAY_REST_API);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("apigateway_rest_api", 2L);
    assertThat(run.report.detailErrors()).isEmpty();
    Resource api = run.named("orders");
    assertThat(api.resourceId()).isEqualTo("arn:aws:apigateway:us-east-1::/restapis/" + orders.id());
    assertThat(api.tags()).isEqualTo(Map.of("team", "payments"));
    assertThat(api.createdAt()).isPresent();
    assertThat(api.unknownAttributes()).isEmpty();
    assertThat(api.attributes())
        .containsEntry("endpoint_types", List.of("REGIONAL"))
        .containsEntry("api_key_source", "AUTHORIZER")
        .containsEntry("disable_execute_api_endpoint", false)
        .containsEntry("created_date", api.createdAt().get().toString())
        .containsEntry("stage_count", number(2))
        .containsEntry("stage_names", List.of("prod", "dev"))
        .containsEntry("stages_without_execution_logging", List.of("dev"))
        .containsEntry("stages_without_access_logging", List.of("dev"))
        .containsEntry("stages_without_waf", List.of("prod", "dev")) // the emulator's WAF association is not used
        .containsEntry("stages_with_cache_unencrypted", List.of("dev"))
        .containsEntry("stages_without_tracing", List.of("dev"));
    Resource withoutStages = run.named("empty");
    assertThat(withoutStages.resourceId()).endsWith("/restapis/" + empty);
    assertThat(withoutStages.attributes())
        .containsEntry("endpoint_types", List.of("EDGE"))
        .containsEntry("stage_count", number(0))
        .containsEntry("stages_without_waf", List.of());
  }

  @Test
  void collect_whenGetStagesIsDenied_keepsTheApiWithItsStagesUnknown(AwsEmulator aws) {
    String account = "333333333333";
    String id = aws.client(ApiGatewayClient.builder(), account).createRestApi(r -> r.name("denied")).id();
    FaultInjector faults = FaultInjector.withSeed(7);
    FaultRule denied = faults.add(FaultRule.accessDenied().service("apigateway")
        .operation("GET /restapis/" + id + "/stages"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.APIGATEWAY_REST_API, account,
        faults.wrap(aws.httpClient()));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(denied.injectedCount()).isEqualTo(1);
    Resource api = run.named("denied");
    assertThat(api.unknownAttributes()).containsExactlyInAnyOrder("stage_count", "stage_names",
        "stages_without_execution_logging", "stages_without_access_logging", "stages_without_waf",
        "stages_with_cache_unencrypted", "stages_without_tracing");
    assertThat(api.attributes()).doesNotContainKey("stage_count").containsKey("endpoint_types");
    assertThat(run.report.detailErrors()).singleElement().asString()
        .contains("/restapis/" + id).contains("stage_count").contains("AccessDenied");
  }

  private static void deployed(ApiGatewayClient apigateway, CreateRestApiResponse api, String stage) {
    apigateway.putMethod(m -> m.restApiId(api.id()).resourceId(api.rootResourceId()).httpMethod("GET")
        .authorizationType("NONE"));
    apigateway.putIntegration(i -> i.restApiId(api.id()).resourceId(api.rootResourceId()).httpMethod("GET")
        .type("MOCK"));
    apigateway.createDeployment(d -> d.restApiId(api.id()).stageName(stage));
  }

  private static PatchOperation replace(String path, String value) {
    return PatchOperation.builder().op(Op.REPLACE).path(path).value(value).build();
  }
}
