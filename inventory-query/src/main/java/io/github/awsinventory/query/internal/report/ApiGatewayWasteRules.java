package io.github.awsinventory.query.internal.report;

import static io.github.awsinventory.query.internal.report.ReportValues.daysBetween;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.model.types.ApiGatewayRestApi;
import io.github.awsinventory.model.types.ApiGatewayV2Api;
import io.github.awsinventory.query.report.CleanupCandidate;
import java.time.Instant;
import java.util.Optional;

/** The API Gateway waste rules: an API without stages serves nothing. */
final class ApiGatewayWasteRules {

  private ApiGatewayWasteRules() {}

  /**
   * {@link CleanupCandidate.Reason#REST_API_WITHOUT_STAGES}: a REST API whose {@code stage_count} is 0, so that it is
   * deployed nowhere and answers no request. Not judged when the count is unknown. The age is the days since the API
   * was created; the saving is its cost, which is unknown (APIs are billed by requests).
   */
  static final class RestApiWithoutStages implements WasteRule {

    @Override
    public CleanupCandidate.Reason reason() {
      return CleanupCandidate.Reason.REST_API_WITHOUT_STAGES;
    }

    @Override
    public ResourceType type() {
      return ResourceType.APIGATEWAY_REST_API;
    }

    @Override
    public Optional<Waste> evaluate(Resource api, CostThresholds thresholds, Instant now) {
      return ApiGatewayRestApi.STAGE_COUNT.read(api).filter(count -> count.signum() == 0)
          .map(count -> new Waste("no stages",
              ApiGatewayRestApi.CREATED_DATE.read(api).map(created -> daysBetween(created, now)).orElse(null)));
    }
  }

  /**
   * {@link CleanupCandidate.Reason#V2_API_WITHOUT_STAGES}: an HTTP or WebSocket API whose {@code stage_count} is 0,
   * so that it is deployed nowhere and answers no request. Not judged when the count is unknown. The age is the days
   * since the API was created; the saving is its cost, which is unknown (APIs are billed by requests).
   */
  static final class V2ApiWithoutStages implements WasteRule {

    @Override
    public CleanupCandidate.Reason reason() {
      return CleanupCandidate.Reason.V2_API_WITHOUT_STAGES;
    }

    @Override
    public ResourceType type() {
      return ResourceType.APIGATEWAYV2_API;
    }

    @Override
    public Optional<Waste> evaluate(Resource api, CostThresholds thresholds, Instant now) {
      return ApiGatewayV2Api.STAGE_COUNT.read(api).filter(count -> count.signum() == 0)
          .map(count -> new Waste("no stages",
              ApiGatewayV2Api.CREATED_DATE.read(api).map(created -> daysBetween(created, now)).orElse(null)));
    }
  }
}
