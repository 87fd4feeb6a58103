package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.DetailStep.Detail;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.ApiGatewayRestApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.MethodSetting;
import software.amazon.awssdk.services.apigateway.model.NotFoundException;
import software.amazon.awssdk.services.apigateway.model.RestApi;
import software.amazon.awssdk.services.apigateway.model.Stage;

/**
 * {@code apigateway_rest_api}: GetRestApis (500 per page) gives each API's endpoint types, API key source, default
 * endpoint switch, creation date and tags; GetStages per API is a detail step, whose stages are summarised as lists
 * of the stage names that lack execution logging, access logging, a WAF web ACL, cache encryption or tracing. An API
 * deleted between the listing and GetStages is dropped; one whose stages cannot be read is kept with the stage
 * attributes unknown.
 */
public final class ApiGatewayRestApiCollector implements ItemCollector<RestApi> {

  /** The stage-wide entry of a stage's method settings. */
  static final String ALL_METHODS = "*/*";

  private static final Set<String> LOGGING_LEVELS = Set.of("ERROR", "INFO");

  private static final List<DetailStep<RestApi>> DETAILS = List.of(
      DetailStep.of("GetStages", ApiGatewayRestApiCollector::stages, ApiGatewayRestApi.STAGE_COUNT,
          ApiGatewayRestApi.STAGE_NAMES, ApiGatewayRestApi.STAGES_WITHOUT_EXECUTION_LOGGING,
          ApiGatewayRestApi.STAGES_WITHOUT_ACCESS_LOGGING, ApiGatewayRestApi.STAGES_WITHOUT_WAF,
          ApiGatewayRestApi.STAGES_WITH_CACHE_UNENCRYPTED, ApiGatewayRestApi.STAGES_WITHOUT_TRACING));

  @Override
  public TypeDescriptor descriptor() {
    return ApiGatewayRestApi.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<RestApi>> details() {
    return DETAILS;
  }

  @Override
  public void list(CollectionContext context, ListedItems<RestApi> items) {
    ApiGatewayClient apigateway = context.client(ApiGatewayClient.class);
    for (RestApi api : apigateway.getRestApisPaginator(r -> r.limit(500)).items()) {
      String arn = "arn:" + context.partition() + ":apigateway:" + context.region() + "::/restapis/" + api.id();
      Map<String, String> tags = api.hasTags() ? api.tags() : Map.of();
      Resource.Builder r = items.add(api, arn, Attributes.name(tags, api.name())).tags(tags);
      if (api.createdDate() != null) {
        r.createdAt(api.createdDate());
      }
      if (api.apiStatusAsString() != null) {
        r.state(api.apiStatusAsString());
      }
      ApiGatewayRestApi.CREATED_DATE.put(r, api.createdDate());
      if (api.endpointConfiguration() != null && api.endpointConfiguration().hasTypes()) {
        ApiGatewayRestApi.ENDPOINT_TYPES.put(r, api.endpointConfiguration().typesAsStrings());
      }
      ApiGatewayRestApi.API_KEY_SOURCE.put(r, api.apiKeySourceAsString());
      ApiGatewayRestApi.DISABLE_EXECUTE_API_ENDPOINT.put(r, Boolean.TRUE.equals(api.disableExecuteApiEndpoint()));
    }
  }

  private static Detail stages(CollectionContext context, RestApi api) {
    List<Stage> stages;
    try {
      stages = context.client(ApiGatewayClient.class).getStages(s -> s.restApiId(api.id())).item();
    } catch (NotFoundException e) {
      return Detail.VANISHED;
    }
    return r -> {
      ApiGatewayRestApi.STAGE_COUNT.put(r, stages.size());
      ApiGatewayRestApi.STAGE_NAMES.put(r, names(stages, stage -> true));
      ApiGatewayRestApi.STAGES_WITHOUT_EXECUTION_LOGGING.put(r,
          names(stages, stage -> !logsExecutions(stage)));
      ApiGatewayRestApi.STAGES_WITHOUT_ACCESS_LOGGING.put(r, names(stages, stage -> stage.accessLogSettings() == null
          || stage.accessLogSettings().destinationArn() == null
          || stage.accessLogSettings().destinationArn().isEmpty()));
      ApiGatewayRestApi.STAGES_WITHOUT_WAF.put(r,
          names(stages, stage -> stage.webAclArn() == null || stage.webAclArn().isEmpty()));
      ApiGatewayRestApi.STAGES_WITH_CACHE_UNENCRYPTED.put(r,
          names(stages, ApiGatewayRestApiCollector::cachesUnencrypted));
      ApiGatewayRestApi.STAGES_WITHOUT_TRACING.put(r,
          names(stages, stage -> !Boolean.TRUE.equals(stage.tracingEnabled())));
    };
  }

  /**
   * Whether a stage logs executions: its stage-wide method setting logs at {@code ERROR} or {@code INFO}, and no
   * method's own setting turns the logging off.
   */
  static boolean logsExecutions(Stage stage) {
    Map<String, MethodSetting> settings = stage.hasMethodSettings() ? stage.methodSettings() : Map.of();
    MethodSetting all = settings.get(ALL_METHODS);
    if (all == null || all.loggingLevel() == null || !LOGGING_LEVELS.contains(all.loggingLevel())) {
      return false;
    }
    return settings.values().stream()
        .allMatch(setting -> setting.loggingLevel() == null || LOGGING_LEVELS.contains(setting.loggingLevel()));
  }

  /** Whether one of a stage's method settings caches responses without encrypting the cache. */
  static boolean cachesUnencrypted(Stage stage) {
    Map<String, MethodSetting> settings = stage.hasMethodSettings() ? stage.methodSettings() : Map.of();
    return settings.values().stream().anyMatch(setting -> Boolean.TRUE.equals(setting.cachingEnabled())
        && !Boolean.TRUE.equals(setting.cacheDataEncrypted()));
  }

  private static List<String> names(List<Stage> stages, Predicate<Stage> matching) {
    List<String> names = new ArrayList<>();
    for (Stage stage : stages) {
      if (matching.test(stage)) {
        names.add(stage.stageName());
      }
    }
    return names;
  }
}
