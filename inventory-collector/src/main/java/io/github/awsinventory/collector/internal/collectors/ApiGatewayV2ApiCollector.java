package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.DetailStep.Detail;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.ApiGatewayV2Api;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.apigatewayv2.model.Api;
import software.amazon.awssdk.services.apigatewayv2.model.GetApisResponse;
import software.amazon.awssdk.services.apigatewayv2.model.GetStagesResponse;
import software.amazon.awssdk.services.apigatewayv2.model.NotFoundException;
import software.amazon.awssdk.services.apigatewayv2.model.ProtocolType;
import software.amazon.awssdk.services.apigatewayv2.model.RouteSettings;
import software.amazon.awssdk.services.apigatewayv2.model.Stage;

/**
 * {@code apigatewayv2_api}: GetApis (500 per page, followed by its next token) gives each HTTP or WebSocket API's
 * protocol, endpoint, default endpoint switch, creation date and tags; GetStages per API (500 per page) is a detail
 * step, whose stages are summarised as their count, names and the names of those without access logging (and, for a
 * WebSocket API, without execution logging). An API deleted between the listing and GetStages is dropped; one whose
 * stages cannot be read is kept with the stage attributes unknown.
 */
public final class ApiGatewayV2ApiCollector implements ItemCollector<Api> {

  private static final String PAGE_SIZE = "500";

  private static final Set<String> LOGGING_LEVELS = Set.of("ERROR", "INFO");

  private static final List<DetailStep<Api>> DETAILS = List.of(
      DetailStep.of("GetStages", ApiGatewayV2ApiCollector::stages, ApiGatewayV2Api.STAGE_COUNT,
          ApiGatewayV2Api.STAGE_NAMES, ApiGatewayV2Api.STAGES_WITHOUT_ACCESS_LOGGING,
          ApiGatewayV2Api.STAGES_WITHOUT_EXECUTION_LOGGING));

  @Override
  public TypeDescriptor descriptor() {
    return ApiGatewayV2Api.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<Api>> details() {
    return DETAILS;
  }

  @Override
  public void list(CollectionContext context, ListedItems<Api> items) {
    ApiGatewayV2Client apigateway = context.client(ApiGatewayV2Client.class);
    String token = null;
    do {
      String next = token;
      GetApisResponse page = apigateway.getApis(r -> r.maxResults(PAGE_SIZE).nextToken(next));
      for (Api api : page.items()) {
        add(context, items, api);
      }
      token = page.nextToken();
    } while (token != null && !token.isEmpty());
  }

  private static void add(CollectionContext context, ListedItems<Api> items, Api api) {
    String arn = "arn:" + context.partition() + ":apigateway:" + context.region() + "::/apis/" + api.apiId();
    Map<String, String> tags = api.hasTags() ? api.tags() : Map.of();
    Resource.Builder r = items.add(api, arn, Attributes.name(tags, api.name())).tags(tags);
    if (api.createdDate() != null) {
      r.createdAt(api.createdDate());
    }
    ApiGatewayV2Api.PROTOCOL_TYPE.put(r, api.protocolTypeAsString());
    ApiGatewayV2Api.API_ENDPOINT.put(r, api.apiEndpoint());
    ApiGatewayV2Api.DISABLE_EXECUTE_API_ENDPOINT.put(r, Boolean.TRUE.equals(api.disableExecuteApiEndpoint()));
    ApiGatewayV2Api.CREATED_DATE.put(r, api.createdDate());
  }

  private static Detail stages(CollectionContext context, Api api) {
    ApiGatewayV2Client apigateway = context.client(ApiGatewayV2Client.class);
    List<Stage> stages = new ArrayList<>();
    String token = null;
    try {
      do {
        String next = token;
        GetStagesResponse page = apigateway.getStages(s -> s.apiId(api.apiId()).maxResults(PAGE_SIZE)
            .nextToken(next));
        stages.addAll(page.items());
        token = page.nextToken();
      } while (token != null && !token.isEmpty());
    } catch (NotFoundException e) {
      return Detail.VANISHED;
    }
    List<String> names = new ArrayList<>();
    List<String> withoutAccessLogging = new ArrayList<>();
    List<String> withoutExecutionLogging = new ArrayList<>();
    for (Stage stage : stages) {
      names.add(stage.stageName());
      if (stage.accessLogSettings() == null || stage.accessLogSettings().destinationArn() == null
          || stage.accessLogSettings().destinationArn().isEmpty()) {
        withoutAccessLogging.add(stage.stageName());
      }
      if (!logsExecutions(stage)) {
        withoutExecutionLogging.add(stage.stageName());
      }
    }
    boolean webSocket = ProtocolType.WEBSOCKET.equals(api.protocolType());
    return r -> {
      ApiGatewayV2Api.STAGE_COUNT.put(r, stages.size());
      ApiGatewayV2Api.STAGE_NAMES.put(r, names);
      ApiGatewayV2Api.STAGES_WITHOUT_ACCESS_LOGGING.put(r, withoutAccessLogging);
      if (webSocket) {
        ApiGatewayV2Api.STAGES_WITHOUT_EXECUTION_LOGGING.put(r, withoutExecutionLogging);
      }
    };
  }

  /**
   * Whether a WebSocket stage logs executions: its default route settings log at {@code ERROR} or {@code INFO}, and
   * no route's own settings turn the logging off.
   */
  static boolean logsExecutions(Stage stage) {
    RouteSettings defaults = stage.defaultRouteSettings();
    if (defaults == null || defaults.loggingLevel() == null
        || !LOGGING_LEVELS.contains(defaults.loggingLevelAsString())) {
      return false;
    }
    Map<String, RouteSettings> routes = stage.hasRouteSettings() ? stage.routeSettings() : Map.of();
    return routes.values().stream()
        .allMatch(route -> route.loggingLevel() == null || LOGGING_LEVELS.contains(route.loggingLevelAsString()));
  }
}
