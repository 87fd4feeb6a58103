package io.github.awsinventory.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.awsinventory.testkit.fault.AwsCall;
import io.github.awsinventory.testkit.fault.FaultInjector;
import io.github.awsinventory.testkit.fault.FaultRule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/** An {@link SdkHttpClient} that consults a {@link FaultInjector} before, and sometimes after, each call. */
public final class FaultInjectingHttpClient implements SdkHttpClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ACCESS_KEY = Pattern.compile("<AccessKeyId>([^<]+)</AccessKeyId>");

  private final SdkHttpClient delegate;
  private final FaultInjector injector;

  /**
   * Wraps a client.
   *
   * @param delegate the client that sends requests
   * @param injector the injector to consult
   */
  public FaultInjectingHttpClient(SdkHttpClient delegate, FaultInjector injector) {
    this.delegate = delegate;
    this.injector = injector;
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    return new Call(request);
  }

  @Override
  public String clientName() {
    return "FaultInjecting(" + delegate.clientName() + ")";
  }

  /** Closing the wrapper leaves the delegate open: it is shared. */
  @Override
  public void close() {
    // the delegate belongs to whoever created it
  }

  private final class Call implements ExecutableHttpRequest {
    private final HttpExecuteRequest request;
    private volatile ExecutableHttpRequest inFlight;

    Call(HttpExecuteRequest request) {
      this.request = request;
    }

    @Override
    public HttpExecuteResponse call() throws IOException {
      long started = System.nanoTime();
      byte[] body = readBody(request);
      SdkHttpRequest http = request.httpRequest();
      AwsRequests.Scope scope = AwsRequests.scope(http);
      Map<String, String> form = AwsRequests.form(http, body);
      String operation = AwsRequests.operation(scope.service, http, form);
      String account = AwsRequests.targetAccount(operation, form).orElseGet(() -> injector.accountOf(scope.accessKeyId));
      AwsCall call = new AwsCall(scope.service, operation, account, scope.region);

      FaultInjector.Decision decision = injector.decide(call);
      if (decision.latencyNanos() > 0) {
        delay(decision.latencyNanos());
      }
      FaultRule fault = decision.fault();
      if (fault == null) {
        HttpExecuteResponse response = forward(http, body);
        response = learnAccessKey(call, response);
        injector.record(call, null, response.httpResponse().statusCode(), started);
        return response;
      }
      switch (fault.kind()) {
        case CONNECTION_RESET:
          injector.record(call, fault, -1, started);
          throw new SocketException("Connection reset (injected by " + fault + ")");
        case UNPROCESSED_ITEMS:
          HttpExecuteResponse partial = withholdItems(call, fault, http, body);
          injector.record(call, fault, partial.httpResponse().statusCode(), started);
          return partial;
        default:
          HttpExecuteResponse error = ErrorResponses.of(fault, scope.service);
          injector.record(call, fault, error.httpResponse().statusCode(), started);
          return error;
      }
    }

    @Override
    public void abort() {
      ExecutableHttpRequest current = inFlight;
      if (current != null) {
        current.abort();
      }
    }

    private HttpExecuteResponse forward(SdkHttpRequest http, byte[] body) throws IOException {
      SdkHttpRequest sent = http;
      if (request.contentStreamProvider().isPresent()) {
        sent = http.toBuilder().putHeader("Content-Length", String.valueOf(body.length)).build();
      }
      HttpExecuteRequest.Builder forwarded = HttpExecuteRequest.builder().request(sent);
      if (request.contentStreamProvider().isPresent()) {
        forwarded.contentStreamProvider(ContentStreamProvider.fromByteArrayUnsafe(body));
      }
      request.metricCollector().ifPresent(forwarded::metricCollector);
      ExecutableHttpRequest executable = delegate.prepareRequest(forwarded.build());
      inFlight = executable;
      try {
        return executable.call();
      } finally {
        inFlight = null;
      }
    }

    private HttpExecuteResponse learnAccessKey(AwsCall call, HttpExecuteResponse response) throws IOException {
      if (!"AssumeRole".equals(call.operation()) || response.httpResponse().statusCode() != 200
          || response.responseBody().isEmpty()) {
        return response;
      }
      byte[] bytes = readAll(response.responseBody().get());
      Matcher m = ACCESS_KEY.matcher(new String(bytes, StandardCharsets.UTF_8));
      if (m.find()) {
        injector.registerAccessKey(m.group(1), call.accountId());
      }
      return HttpExecuteResponse.builder().response(response.httpResponse())
          .responseBody(AbortableInputStream.create(new ByteArrayInputStream(bytes))).build();
    }

    private HttpExecuteResponse withholdItems(AwsCall call, FaultRule fault, SdkHttpRequest http, byte[] body)
        throws IOException {
      ObjectNode sent = (ObjectNode) JSON.readTree(body);
      ObjectNode requestItems = (ObjectNode) sent.get("RequestItems");
      ObjectNode withheld = JSON.createObjectNode();
      int position = 0;
      boolean anyLeft = false;
      for (Iterator<Map.Entry<String, JsonNode>> tables = requestItems.fields(); tables.hasNext(); ) {
        Map.Entry<String, JsonNode> table = tables.next();
        ArrayNode kept = JSON.createArrayNode();
        ArrayNode held = JSON.createArrayNode();
        for (JsonNode write : table.getValue()) {
          if (injector.withhold(fault, call, position++)) {
            held.add(write);
          } else {
            kept.add(write);
          }
        }
        if (held.size() > 0) {
          withheld.set(table.getKey(), held);
        }
        if (kept.size() > 0) {
          anyLeft = true;
        }
        table.setValue(kept);
      }
      requestItems.retain(fieldsWithItems(requestItems));
      ObjectNode result;
      SdkHttpResponse.Builder response;
      if (anyLeft) {
        HttpExecuteResponse real = forward(http, JSON.writeValueAsBytes(sent));
        byte[] realBody = real.responseBody().isPresent() ? readAll(real.responseBody().get()) : new byte[0];
        if (real.httpResponse().statusCode() != 200) {
          return HttpExecuteResponse.builder().response(real.httpResponse())
              .responseBody(AbortableInputStream.create(new ByteArrayInputStream(realBody))).build();
        }
        result = (ObjectNode) JSON.readTree(realBody);
        response = real.httpResponse().toBuilder();
      } else {
        result = JSON.createObjectNode();
        response = SdkHttpResponse.builder().statusCode(200)
            .putHeader("Content-Type", "application/x-amz-json-1.0");
      }
      ObjectNode unprocessed = result.has("UnprocessedItems") && result.get("UnprocessedItems").isObject()
          ? (ObjectNode) result.get("UnprocessedItems") : result.putObject("UnprocessedItems");
      withheld.fields().forEachRemaining(e -> {
        ArrayNode target = unprocessed.has(e.getKey()) ? (ArrayNode) unprocessed.get(e.getKey())
            : unprocessed.putArray(e.getKey());
        target.addAll((ArrayNode) e.getValue());
      });
      byte[] bytes = JSON.writeValueAsBytes(result);
      CRC32 crc = new CRC32();
      crc.update(bytes);
      response.putHeader("Content-Length", String.valueOf(bytes.length));
      if (response.firstMatchingHeader("x-amz-crc32").isPresent()) {
        response.putHeader("x-amz-crc32", String.valueOf(crc.getValue()));
      }
      return HttpExecuteResponse.builder().response(response.build())
          .responseBody(AbortableInputStream.create(new ByteArrayInputStream(bytes))).build();
    }
  }

  private static List<String> fieldsWithItems(ObjectNode requestItems) {
    List<String> names = new ArrayList<>();
    requestItems.fields().forEachRemaining(e -> {
      if (e.getValue().size() > 0) {
        names.add(e.getKey());
      }
    });
    return names;
  }

  private static void delay(long nanos) throws InterruptedIOException {
    try {
      // The injected fault is the delay itself: hold this call's thread as a slow network would.
      TimeUnit.NANOSECONDS.sleep(nanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted during injected latency");
    }
  }

  private static byte[] readBody(HttpExecuteRequest request) throws IOException {
    Optional<ContentStreamProvider> provider = request.contentStreamProvider();
    if (provider.isEmpty()) {
      return new byte[0];
    }
    try (InputStream in = provider.get().newStream()) {
      return in.readAllBytes();
    }
  }

  private static byte[] readAll(AbortableInputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }
}
