package io.github.awsinventory.lambda;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.fault.FaultInjector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;

/**
 * An endpoint on 127.0.0.1 that forwards every request to the emulator through a {@link FaultInjector}.
 *
 * <p>The handler builds its own HTTP client, as it does in Lambda; pointing its {@code AWS_ENDPOINT_URL}
 * here lets a test inject faults into, and count, the calls it makes without changing the handler. A
 * connection reset the injector decides becomes a connection closed without a response.
 */
final class FaultProxy implements AutoCloseable {

  private static final Set<String> HOP_BY_HOP = Set.of("host", "content-length", "transfer-encoding", "connection",
      "keep-alive", "expect", "te", "upgrade", "date");

  private final HttpServer server;
  private final ExecutorService threads;
  private final SdkHttpClient client;
  private final String target;

  private FaultProxy(HttpServer server, ExecutorService threads, SdkHttpClient client, URI target) {
    this.server = server;
    this.threads = threads;
    this.client = client;
    this.target = target.toString().replaceAll("/+$", "");
  }

  /**
   * Starts a proxy in front of the emulator.
   *
   * @param aws the emulator
   * @param faults the injector every call goes through
   * @return the running proxy
   * @throws IOException when no port can be bound
   */
  static FaultProxy start(AwsEmulator aws, FaultInjector faults) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    ExecutorService threads = Executors.newCachedThreadPool(r -> {
      Thread thread = new Thread(r, "fault-proxy");
      thread.setDaemon(true);
      return thread;
    });
    FaultProxy proxy = new FaultProxy(server, threads, faults.wrap(aws.httpClient()), aws.endpoint());
    server.createContext("/", proxy::forward);
    server.setExecutor(threads);
    server.start();
    return proxy;
  }

  /**
   * Where to send requests.
   *
   * @return {@code http://127.0.0.1:<port>}
   */
  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      URI uri = exchange.getRequestURI();
      SdkHttpFullRequest.Builder request = SdkHttpFullRequest.builder()
          .method(SdkHttpMethod.fromValue(exchange.getRequestMethod()))
          .uri(URI.create(target + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
      exchange.getRequestHeaders().forEach((name, values) -> {
        if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
          request.putHeader(name, values);
        }
      });
      HttpExecuteRequest.Builder call = HttpExecuteRequest.builder();
      if (body.length > 0) {
        request.putHeader("Content-Length", String.valueOf(body.length));
        call.contentStreamProvider(() -> new ByteArrayInputStream(body));
      }
      HttpExecuteResponse response = client.prepareRequest(call.request(request.build()).build()).call();
      byte[] responseBody;
      try (InputStream in = response.responseBody().map(InputStream.class::cast)
          .orElseGet(InputStream::nullInputStream)) {
        responseBody = in.readAllBytes();
      }
      response.httpResponse().forEachHeader((name, values) -> {
        if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
          exchange.getResponseHeaders().put(name, values);
        }
      });
      boolean noBody = responseBody.length == 0 || "HEAD".equals(exchange.getRequestMethod());
      exchange.sendResponseHeaders(response.httpResponse().statusCode(), noBody ? -1 : responseBody.length);
      if (!noBody) {
        exchange.getResponseBody().write(responseBody);
      }
    }
  }
}
