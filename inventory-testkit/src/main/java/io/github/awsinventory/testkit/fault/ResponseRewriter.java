package io.github.awsinventory.testkit.fault;

import io.github.awsinventory.testkit.internal.AwsRequests;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * An {@link SdkHttpClient} that changes the bodies of one operation's responses before the SDK reads them: to
 * answer as AWS does where the emulator does not (moto's ListBuckets has no {@code BucketRegion}), or to leave out
 * what a listing would not yet show. Other responses pass unchanged. Closing it leaves the delegate open.
 *
 * <pre>{@code
 * SdkHttpClient http = ResponseRewriter.of(aws.httpClient(), "s3", "ListBuckets",
 *     body -> body.replace("</Bucket>", "<BucketRegion>us-east-1</BucketRegion></Bucket>"));
 * }</pre>
 */
public final class ResponseRewriter implements SdkHttpClient {

  private final SdkHttpClient delegate;
  private final String service;
  private final String operation;
  private final UnaryOperator<String> rewrite;

  private ResponseRewriter(SdkHttpClient delegate, String service, String operation, UnaryOperator<String> rewrite) {
    this.delegate = delegate;
    this.service = service;
    this.operation = operation;
    this.rewrite = rewrite;
  }

  /**
   * Wraps a client.
   *
   * @param delegate the client that sends the requests
   * @param service the signing name of the service, such as {@code s3}
   * @param operation the operation whose successful responses to change, such as {@code ListBuckets}
   * @param rewrite the new body for a body (UTF-8 text)
   * @return the wrapping client
   */
  public static ResponseRewriter of(SdkHttpClient delegate, String service, String operation,
      UnaryOperator<String> rewrite) {
    return new ResponseRewriter(delegate, service, operation, rewrite);
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    return new ExecutableHttpRequest() {
      private volatile ExecutableHttpRequest inFlight;

      @Override
      public HttpExecuteResponse call() throws IOException {
        byte[] body = new byte[0];
        if (request.contentStreamProvider().isPresent()) {
          try (InputStream in = request.contentStreamProvider().get().newStream()) {
            body = in.readAllBytes();
          }
        }
        SdkHttpRequest http = request.httpRequest();
        AwsRequests.Scope scope = AwsRequests.scope(http);
        Map<String, String> form = AwsRequests.form(http, body);
        boolean matches = service.equals(scope.service)
            && operation.equals(AwsRequests.operation(scope.service, http, form));
        HttpExecuteRequest.Builder forwarded = HttpExecuteRequest.builder().request(http);
        if (request.contentStreamProvider().isPresent()) {
          forwarded.contentStreamProvider(ContentStreamProvider.fromByteArrayUnsafe(body));
        }
        request.metricCollector().ifPresent(forwarded::metricCollector);
        inFlight = delegate.prepareRequest(forwarded.build());
        HttpExecuteResponse response = inFlight.call();
        if (!matches || response.httpResponse().statusCode() != 200 || response.responseBody().isEmpty()) {
          return response;
        }
        String text;
        try (InputStream in = response.responseBody().get()) {
          text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        byte[] changed = rewrite.apply(text).getBytes(StandardCharsets.UTF_8);
        return HttpExecuteResponse.builder()
            .response(response.httpResponse().toBuilder().putHeader("Content-Length", String.valueOf(changed.length))
                .build())
            .responseBody(AbortableInputStream.create(new ByteArrayInputStream(changed)))
            .build();
      }

      @Override
      public void abort() {
        ExecutableHttpRequest current = inFlight;
        if (current != null) {
          current.abort();
        }
      }
    };
  }

  @Override
  public String clientName() {
    return "ResponseRewriter(" + delegate.clientName() + ")";
  }

  /** The delegate belongs to whoever created it: closing this client leaves it open. */
  @Override
  public void close() {
    // nothing of its own to release
  }
}
