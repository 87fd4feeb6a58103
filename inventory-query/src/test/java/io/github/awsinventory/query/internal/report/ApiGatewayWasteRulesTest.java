package io.github.awsinventory.query.internal.report;

import static io.github.awsinventory.query.internal.report.EcsWasteRulesTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.query.report.CleanupCandidate;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The API Gateway cleanup rules. */
class ApiGatewayWasteRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  private static Resource.Builder restApi(Object stages) {
    return resource(ResourceType.APIGATEWAY_REST_API, "a1b2c3").putAttributes("stage_count", stages)
        .putAttributes("created_date", "2026-11-05T12:00:00Z");
  }

  @Test
  void restApiWithoutStages_isTheRestApisRule() {
    assertThat(WasteRules.of(ResourceType.APIGATEWAY_REST_API)).singleElement()
        .isInstanceOf(ApiGatewayWasteRules.RestApiWithoutStages.class);
    assertThat(new ApiGatewayWasteRules.RestApiWithoutStages().reason().id()).isEqualTo("rest_api_without_stages");
  }

  @Test
  void restApiWithoutStages_withNoStage_isWasteSinceItWasCreated() {
    WasteRule rule = new ApiGatewayWasteRules.RestApiWithoutStages();

    assertThat(rule.reason()).isEqualTo(CleanupCandidate.Reason.REST_API_WITHOUT_STAGES);
    assertThat(rule.evaluate(restApi(0).build(), CostThresholds.defaults(), NOW)).hasValueSatisfying(w -> {
      assertThat(w.detail()).isEqualTo("no stages");
      assertThat(w.ageDays()).isEqualTo(20L);
    });
  }

  @Test
  void restApiWithoutStages_withAStageOrUnknownCount_isNotWaste() {
    WasteRule rule = new ApiGatewayWasteRules.RestApiWithoutStages();
    Resource staged = restApi(1).build();
    Resource unknown = resource(ResourceType.APIGATEWAY_REST_API, "d4e5f6").addUnknownAttributes("stage_count")
        .build();

    assertThat(rule.evaluate(staged, CostThresholds.defaults(), NOW)).isEmpty();
    assertThat(rule.evaluate(unknown, CostThresholds.defaults(), NOW)).isEmpty();
  }

  @Test
  void v2ApiWithoutStages_withNoStage_isWasteSinceItWasCreated() {
    WasteRule rule = new ApiGatewayWasteRules.V2ApiWithoutStages();
    Resource api = resource(ResourceType.APIGATEWAYV2_API, "d4e5f6").putAttributes("stage_count", 0)
        .putAttributes("created_date", "2026-11-24T12:00:00Z").build();

    assertThat(WasteRules.of(ResourceType.APIGATEWAYV2_API)).singleElement()
        .isInstanceOf(ApiGatewayWasteRules.V2ApiWithoutStages.class);
    assertThat(rule.reason().id()).isEqualTo("v2_api_without_stages");
    assertThat(rule.evaluate(api, CostThresholds.defaults(), NOW)).hasValueSatisfying(w -> {
      assertThat(w.detail()).isEqualTo("no stages");
      assertThat(w.ageDays()).isEqualTo(1L);
    });
  }

  @Test
  void v2ApiWithoutStages_withAStageOrUnknownCount_isNotWaste() {
    WasteRule rule = new ApiGatewayWasteRules.V2ApiWithoutStages();
    Resource staged = resource(ResourceType.APIGATEWAYV2_API, "d4e5f6").putAttributes("stage_count", 1).build();
    Resource unknown = resource(ResourceType.APIGATEWAYV2_API, "g7h8i9").addUnknownAttributes("stage_count").build();

    assertThat(rule.evaluate(staged, CostThresholds.defaults(), NOW)).isEmpty();
    assertThat(rule.evaluate(unknown, CostThresholds.defaults(), NOW)).isEmpty();
  }
}
