package io.github.awsinventory.lambda.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * A core function's dispatch to the other groups' functions, through the SDK's Lambda client over HTTP to a
 * stand-in of Lambda's {@code Invoke} API on 127.0.0.1: both functions are invoked at once with the event marked
 * dispatched, their answers are gathered by group, and a failed function, a function error and a slow function
 * each come back as what they are.
 */
class GroupDispatchIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DATA = "arn:aws:lambda:us-east-1:123456789012:function:inv-data:live";
  private static final String APP = "arn:aws:lambda:us-east-1:123456789012:function:inv-app:live";

  private HttpServer lambda;
  private final Map<String, Map<String, Object>> received = new ConcurrentHashMap<>();
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final CountDownLatch bothCalled = new CountDownLatch(2);
  /** Holds back the answer of a function that is {@code held} until the test has seen it still running. */
  private final CountDownLatch release = new CountDownLatch(1);

  private record Answer(int status, String functionError, String body, boolean held) {}

  @BeforeEach
  void startLambda() throws IOException {
    lambda = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    lambda.setExecutor(Executors.newCachedThreadPool());
    lambda.createContext("/2015-03-31/functions/", exchange -> {
      String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
      String function = path.substring("/2015-03-31/functions/".length(), path.lastIndexOf("/invocations"));
      received.put(function, JSON.readValue(exchange.getRequestBody().readAllBytes(),
          new TypeReference<Map<String, Object>>() {}));
      bothCalled.countDown();
      Answer answer = answers.get(function);
      try {
        if (!bothCalled.await(5, TimeUnit.SECONDS)) {
          throw new IllegalStateException("the functions were not invoked at the same time");
        }
        if (answer.held() && !release.await(20, TimeUnit.SECONDS)) {
          throw new IllegalStateException("the held answer was never released");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      if (answer.functionError() != null) {
        exchange.getResponseHeaders().add("X-Amz-Function-Error", answer.functionError());
      }
      exchange.sendResponseHeaders(answer.status(), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    lambda.start();
  }

  @AfterEach
  void stopLambda() {
    release.countDown();
    lambda.stop(0);
  }

  private GroupDispatch dispatch() {
    Map<String, String> env = Map.of(HandlerSettings.REGION, "us-east-1", HandlerSettings.ENDPOINT,
        "http://127.0.0.1:" + lambda.getAddress().getPort(), HandlerSettings.GROUP_FUNCTIONS,
        "data=" + DATA + ",app=" + APP);
    HandlerSettings settings = HandlerSettings.from(env);
    return new GroupDispatch(settings.groupFunctions(), LambdaInvoker.create(settings,
        StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"))));
  }

  @Test
  void bothGroupsAreInvokedAtOnce_withTheEventMarkedDispatched_andTheirAnswersComeBackByGroup() {
    answers.put(DATA, new Answer(200, null, "{\"action\": \"collect\", \"status\": \"ok\", \"group\": \"data\", "
        + "\"run_id\": \"r-data\", \"resources\": 7}", false));
    answers.put(APP, new Answer(200, null, "{\"action\": \"collect\", \"status\": \"skipped\", \"group\": \"app\"}", false));
    GroupDispatch dispatch = dispatch();
    Map<String, Object> event = Map.of("action", "collect", "accounts", List.of("111111111111"));

    assertThat(dispatch.applies(event)).isTrue();
    List<Map<String, Object>> result = dispatch.start(event).await(Duration.ofSeconds(20));

    assertThat(result).containsExactly(
        Map.of("group", "data", "status", "ok", "run_id", "r-data", "resources", 7),
        Map.of("group", "app", "status", "skipped"));
    assertThat(received.get(DATA)).containsEntry("dispatched", true).containsEntry("action", "collect")
        .containsEntry("accounts", List.of("111111111111"));
    assertThat(dispatch.applies(received.get(APP))).as("a dispatched event goes no further").isFalse();
  }

  @Test
  void aFunctionErrorAndASlowFunction_areReportedAsWhatTheyAre() {
    answers.put(DATA, new Answer(200, "Unhandled", "{\"errorMessage\": \"Task timed out after 900.00 seconds\"}", false));
    answers.put(APP, new Answer(200, null, "{\"status\": \"ok\"}", true));

    List<Map<String, Object>> result = dispatch().start(Map.of("action", "collect")).await(Duration.ofSeconds(1));

    assertThat(result.get(0)).containsEntry("group", "data").containsEntry("status", "error");
    assertThat((String) result.get(0).get("error")).contains("Unhandled").contains("Task timed out");
    assertThat(result.get(1)).containsEntry("group", "app").containsEntry("status", "running");
  }
}
