package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.NumberKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.time.Instant;
import java.util.List;

/**
 * {@code apigatewayv2_api}: An API Gateway HTTP or WebSocket API, with facts about its stages summarised as lists
 * of stage names. Its attribute keys, through which collectors write and rules read, and its
 * {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class ApiGatewayV2Api {

  /** {@code protocol_type} (string): {@code HTTP} or {@code WEBSOCKET}. */
  public static final AttributeKey<String> PROTOCOL_TYPE = AttributeKey.string("protocol_type",
      "`HTTP` or `WEBSOCKET`");

  /** {@code api_endpoint} (string): the API's default endpoint. */
  public static final AttributeKey<String> API_ENDPOINT = AttributeKey.string("api_endpoint",
      "the API's default endpoint URI");

  /** {@code disable_execute_api_endpoint} (boolean): whether the default execute-api endpoint is turned off. */
  public static final AttributeKey<Boolean> DISABLE_EXECUTE_API_ENDPOINT = AttributeKey.bool(
      "disable_execute_api_endpoint",
      "whether the default `execute-api` endpoint is turned off, so that clients must use a custom domain name");

  /** {@code created_date} (time): when the API was created. */
  public static final AttributeKey<Instant> CREATED_DATE = AttributeKey.time("created_date",
      "when the API was created");

  /** {@code stage_count} (number): the API's stages. */
  public static final NumberKey STAGE_COUNT = AttributeKey.number("stage_count", "the API's stages");

  /** {@code stage_names} (string list): the names of the API's stages. */
  public static final AttributeKey<List<String>> STAGE_NAMES = AttributeKey.stringList("stage_names",
      "the names of the API's stages");

  /** {@code stages_without_access_logging} (string list): stages without an access log destination. */
  public static final AttributeKey<List<String>> STAGES_WITHOUT_ACCESS_LOGGING = AttributeKey.stringList(
      "stages_without_access_logging", "stages without an access log destination (`AccessLogSettings`)");

  /**
   * {@code stages_without_execution_logging} (string list): stages of a WebSocket API that do not log executions;
   * absent for an HTTP API.
   */
  public static final AttributeKey<List<String>> STAGES_WITHOUT_EXECUTION_LOGGING = AttributeKey.stringList(
      "stages_without_execution_logging",
      "WebSocket APIs only: stages whose default route settings do not log executions to CloudWatch Logs at level "
          + "`ERROR` or `INFO`, or where a route turns the logging off; absent for HTTP APIs, which have no "
          + "execution logs");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.APIGATEWAYV2_API)
      .description("An API Gateway HTTP or WebSocket API")
      .service("apigateway")
      .arnFormat("arn:<partition>:apigateway:<region>::/apis/<id>")
      .attributes(PROTOCOL_TYPE, API_ENDPOINT, DISABLE_EXECUTE_API_ENDPOINT, CREATED_DATE, STAGE_COUNT, STAGE_NAMES,
          STAGES_WITHOUT_ACCESS_LOGGING, STAGES_WITHOUT_EXECUTION_LOGGING)
      .iamActions("apigateway:GET")
      .costModel("unknown: billed by requests (HTTP) or by messages and connection minutes (WebSocket)")
      .build();

  private ApiGatewayV2Api() {}
}
