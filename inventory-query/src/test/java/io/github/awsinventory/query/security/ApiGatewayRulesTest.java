package io.github.awsinventory.query.security;

import static io.github.awsinventory.query.security.Resources.evaluate;
import static io.github.awsinventory.query.security.Resources.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The API Gateway rules, which fail an API whose list of stages lacking something names a stage. */
class ApiGatewayRulesTest {

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of("APIGW-001", ResourceType.APIGATEWAY_REST_API, "API Gateway REST API",
            "stages_without_execution_logging", "has stages without execution logging", List.of("FSBP APIGateway.1")),
        Arguments.of("APIGW-002", ResourceType.APIGATEWAY_REST_API, "API Gateway REST API", "stages_without_waf",
            "has stages without a WAF web ACL", List.of("FSBP APIGateway.4")),
        Arguments.of("APIGW-004", ResourceType.APIGATEWAY_REST_API, "API Gateway REST API",
            "stages_with_cache_unencrypted", "has stages that cache responses unencrypted",
            List.of("FSBP APIGateway.5")),
        Arguments.of("APIGW-005", ResourceType.APIGATEWAY_REST_API, "API Gateway REST API", "stages_without_tracing",
            "has stages without X-Ray tracing", List.of("FSBP APIGateway.3")),
        Arguments.of("APIGW-006", ResourceType.APIGATEWAY_REST_API, "API Gateway REST API",
            "stages_without_access_logging", "has stages without access logging", List.of()),
        Arguments.of("APIGW-003", ResourceType.APIGATEWAYV2_API, "API Gateway HTTP or WebSocket API",
            "stages_without_access_logging", "has stages without access logging", List.of("FSBP APIGateway.9")),
        Arguments.of("APIGW-001", ResourceType.APIGATEWAYV2_API, "API Gateway HTTP or WebSocket API",
            "stages_without_execution_logging", "has stages without execution logging", List.of("FSBP APIGateway.1")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void evaluate_whenAStageLacksIt_failsWithTheStagesAsEvidence(String ruleId, ResourceType type, String noun,
      String attribute, String problem, List<String> controls) {
    Resource resource = resource(type, "r-1").name("orders").putAttributes(attribute, List.of("dev", "test"))
        .build();

    List<Finding> findings = evaluate(ruleId, resource);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
      assertThat(f.evidence()).containsExactly(Map.entry(attribute, List.of("dev", "test")));
      assertThat(f.message()).isEqualTo(noun + " orders (r-1) " + problem + " (" + attribute + " [dev, test])");
      assertThat(f.controls()).extracting(Control::toString).containsExactlyElementsOf(controls);
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void evaluate_whenNoStageLacksIt_passes(String ruleId, ResourceType type, String noun, String attribute,
      String problem, List<String> controls) {
    Resource resource = resource(type, "r-1").putAttributes(attribute, List.of()).build();

    assertThat(evaluate(ruleId, resource)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void evaluate_whenTheStagesAreUnknownOrMissing_reportsUnknown(String ruleId, ResourceType type, String noun,
      String attribute, String problem, List<String> controls) {
    Resource unknown = resource(type, "r-1").addUnknownAttributes(attribute).build();
    Resource missing = resource(type, "r-2").build();

    assertThat(evaluate(ruleId, unknown)).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.UNKNOWN);
      assertThat(f.evidence()).containsExactly(Map.entry(Finding.UNKNOWN_ATTRIBUTES, List.of(attribute)));
    });
    assertThat(evaluate(ruleId, missing)).extracting(Finding::status).containsExactly(FindingStatus.UNKNOWN);
  }

  @Test
  void executionLogging_ofAnHttpApi_isNotEvaluated() {
    Resource httpApi = resource(ResourceType.APIGATEWAYV2_API, "r-1").putAttributes("protocol_type", "HTTP").build();
    Resource webSocketApi = resource(ResourceType.APIGATEWAYV2_API, "r-2").putAttributes("protocol_type", "WEBSOCKET")
        .putAttributes("stages_without_execution_logging", List.of("dev")).build();

    assertThat(evaluate("APIGW-001", httpApi)).isEmpty();
    assertThat(evaluate("APIGW-001", webSocketApi)).extracting(Finding::status).containsExactly(FindingStatus.FAIL);
  }
}
