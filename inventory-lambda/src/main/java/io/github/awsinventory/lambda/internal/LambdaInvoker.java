package io.github.awsinventory.lambda.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.awsinventory.collector.Endpoints;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.LambdaClientBuilder;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * Invokes a group's function synchronously through Lambda's {@code Invoke}. Loaded only in the core function, the
 * one jar that holds the Lambda SDK module.
 */
final class LambdaInvoker implements GroupDispatch.Invoker {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final LambdaClient lambda;

  LambdaInvoker(LambdaClient lambda) {
    this.lambda = lambda;
  }

  /**
   * An invoker whose calls may wait as long as a function may run (15 minutes), with the function's own region,
   * credentials and endpoint.
   *
   * @param settings the function's settings
   * @param credentials its credentials
   * @return the invoker
   */
  static LambdaInvoker create(HandlerSettings settings, AwsCredentialsProvider credentials) {
    SdkHttpClient http = UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(10))
        .socketTimeout(Duration.ofMinutes(15)).build();
    LambdaClientBuilder builder = LambdaClient.builder().region(settings.region()).credentialsProvider(credentials)
        .httpClient(http).overrideConfiguration(c -> c.apiCallAttemptTimeout(Duration.ofMinutes(15)));
    settings.endpoint().ifPresent(endpoint -> Endpoints.override(builder, endpoint));
    return new LambdaInvoker(builder.build());
  }

  @Override
  public Map<String, Object> invoke(String function, Map<String, Object> event) {
    String payload;
    try {
      payload = JSON.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write the event as JSON", e);
    }
    InvokeResponse response = lambda.invoke(r -> r.functionName(function)
        .invocationType(InvocationType.REQUEST_RESPONSE).payload(SdkBytes.fromUtf8String(payload)));
    String answer = response.payload() == null ? "" : response.payload().asUtf8String();
    if (response.functionError() != null) {
      throw new IllegalStateException(function + " failed (" + response.functionError() + "): "
          + (answer.length() > 500 ? answer.substring(0, 500) + "..." : answer));
    }
    try {
      return JSON.readValue(answer, new TypeReference<Map<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(function + " answered something other than a JSON object", e);
    }
  }
}
