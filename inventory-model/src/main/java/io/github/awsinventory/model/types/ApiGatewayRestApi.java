package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.NumberKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.time.Instant;
import java.util.List;

/**
 * {@code apigateway_rest_api}: An API Gateway REST API, with facts about its stages summarised as lists of stage
 * names. Its attribute keys, through which collectors write and rules read, and its {@link #DESCRIPTOR catalogue
 * entry}; {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class ApiGatewayRestApi {

  /** {@code endpoint_types} (string list): {@code EDGE}, {@code REGIONAL} or {@code PRIVATE}. */
  public static final AttributeKey<List<String>> ENDPOINT_TYPES = AttributeKey.stringList("endpoint_types",
      "the API's endpoint types: `EDGE`, `REGIONAL` or `PRIVATE`");

  /** {@code api_key_source} (string): {@code HEADER} or {@code AUTHORIZER}. */
  public static final AttributeKey<String> API_KEY_SOURCE = AttributeKey.string("api_key_source",
      "where API keys are read from for usage plans: `HEADER` or `AUTHORIZER`");

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

  /** {@code stages_without_execution_logging} (string list): stages that do not log executions. */
  public static final AttributeKey<List<String>> STAGES_WITHOUT_EXECUTION_LOGGING = AttributeKey.stringList(
      "stages_without_execution_logging",
      "stages whose stage-wide method settings (`*/*`) do not log executions to CloudWatch Logs at level `ERROR` or "
          + "`INFO`, or where a method turns the logging off");

  /** {@code stages_without_access_logging} (string list): stages without an access log destination. */
  public static final AttributeKey<List<String>> STAGES_WITHOUT_ACCESS_LOGGING = AttributeKey.stringList(
      "stages_without_access_logging", "stages without an access log destination (`accessLogSettings`)");

  /** {@code stages_without_waf} (string list): stages not associated with an AWS WAF web ACL. */
  public static final AttributeKey<List<String>> STAGES_WITHOUT_WAF = AttributeKey.stringList("stages_without_waf",
      "stages not associated with an AWS WAF web ACL (no `webAclArn`)");

  /** {@code stages_with_cache_unencrypted} (string list): stages with a method that caches without encryption. */
  public static final AttributeKey<List<String>> STAGES_WITH_CACHE_UNENCRYPTED = AttributeKey.stringList(
      "stages_with_cache_unencrypted",
      "stages with a method setting that caches responses (`cachingEnabled`) without encrypting the cache "
          + "(`cacheDataEncrypted`)");

  /** {@code stages_without_tracing} (string list): stages without AWS X-Ray tracing. */
  public static final AttributeKey<List<String>> STAGES_WITHOUT_TRACING = AttributeKey.stringList(
      "stages_without_tracing", "stages without AWS X-Ray tracing (`tracingEnabled`)");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.APIGATEWAY_REST_API)
      .description("An API Gateway REST API")
      .service("apigateway")
      .arnFormat("arn:<partition>:apigateway:<region>::/restapis/<id>")
      .attributes(ENDPOINT_TYPES, API_KEY_SOURCE, DISABLE_EXECUTE_API_ENDPOINT, CREATED_DATE, STAGE_COUNT,
          STAGE_NAMES, STAGES_WITHOUT_EXECUTION_LOGGING, STAGES_WITHOUT_ACCESS_LOGGING, STAGES_WITHOUT_WAF,
          STAGES_WITH_CACHE_UNENCRYPTED, STAGES_WITHOUT_TRACING)
      .iamActions("apigateway:GET")
      .costModel("unknown: billed by requests (and cache hours)")
      .build();

  private ApiGatewayRestApi() {}
}
