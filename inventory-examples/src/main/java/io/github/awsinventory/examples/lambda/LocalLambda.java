package io.github.awsinventory.examples.lambda;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.awsinventory.examples.ExampleMain;
import io.github.awsinventory.examples.ExampleOptions;
import io.github.awsinventory.examples.UsageException;
import io.github.awsinventory.lambda.InventoryHandler;
import io.github.awsinventory.model.config.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * Example 4 — invoking the Lambda handler locally with sample events, before deploying it.
 *
 * <p>{@link InventoryHandler} is built with the environment the function would have in Lambda
 * ({@code DYNAMODB_TABLE_NAME}, {@code AWS_REGION}, {@code AWS_ENDPOINT_URL}, {@code CONFIG_PATH}, and
 * {@code REPORT_BUCKET}, {@code SNS_TOPIC_ARN}, {@code MONTHLY_COST_THRESHOLD}, {@code EXTERNAL_ID} when
 * they are set), then invoked once per event with a {@link LocalContext} that gives it Lambda's
 * 15-minute limit. The sample events, in {@code src/main/resources/events/}, are what an EventBridge
 * schedule or a Step Functions state sends: {@code {"action": "collect"}} and so on.
 *
 * <pre>{@code
 * InventoryHandler handler = new InventoryHandler(environment, credentials, System.err);
 * Map<String, Object> result = LocalLambda.invoke(handler, LocalLambda.event("collect"));
 * }</pre>
 */
public final class LocalLambda {

  /** The sample events, in the order a day of the function's schedule runs them. */
  public static final List<String> SAMPLE_EVENTS = List.of("collect", "plan", "summary", "cost_analysis",
      "security_check", "cleanup");

  /** The variables passed on from this process's environment to the handler's, when set. */
  static final List<String> PASSED_ON = List.of("REPORT_BUCKET", "SNS_TOPIC_ARN", "MONTHLY_COST_THRESHOLD",
      "EXTERNAL_ID", "MEMBER_ROLE_NAME");

  /** Lambda's longest timeout: what the handler is told remains when an invocation starts. */
  static final Duration TIMEOUT = Duration.ofMinutes(15);

  static final String CONFIG = "--config";
  static final String EVENTS = "--events";

  static final String USAGE = ""
      + "Usage: LocalLambda [--config FILE] [--events NAME|FILE,...] [--endpoint-url URL] [--region REGION]\n"
      + "                   [--table NAME]\n"
      + "Invokes the aws-inventory Lambda handler in this JVM with sample events and prints each result.\n"
      + "  --config FILE       the accounts configuration the function reads (its CONFIG_PATH); without it the\n"
      + "                      function discovers the accounts with AWS Organizations\n"
      + "  --events LIST       sample events or JSON files, separated by commas; the samples are\n"
      + "                      " + String.join(", ", SAMPLE_EVENTS) + ",\n"
      + "                      collect-one-account (default: all but collect-one-account)\n"
      + ExampleOptions.COMMON_USAGE
      + "REPORT_BUCKET, SNS_TOPIC_ARN, MONTHLY_COST_THRESHOLD, EXTERNAL_ID and MEMBER_ROLE_NAME are passed on\n"
      + "to the handler when set.\n";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectWriter PRETTY = JSON.writer(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectWriter COMPACT = JSON.writer();
  private static final TypeReference<Map<String, Object>> EVENT = new TypeReference<>() {};

  private LocalLambda() {}

  /**
   * The environment the function would have in Lambda.
   *
   * @param options where AWS and the table are
   * @param config the accounts configuration, if any
   * @param env this process's environment, for the variables passed on
   * @return the handler's environment
   */
  public static Map<String, String> environment(ExampleOptions options, Optional<Path> config,
      Map<String, String> env) {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("DYNAMODB_TABLE_NAME", options.table());
    environment.put("AWS_REGION", options.region().id());
    options.endpoint().ifPresent(endpoint -> environment.put("AWS_ENDPOINT_URL", endpoint.toString()));
    config.ifPresent(file -> environment.put("CONFIG_PATH", file.toString()));
    PASSED_ON.stream().filter(env::containsKey).forEach(name -> environment.put(name, env.get(name)));
    return environment;
  }

  /**
   * Reads an event: a sample by name, or a JSON file.
   *
   * @param nameOrFile e.g. {@code collect}, or {@code my-event.json}
   * @return the event as the Lambda runtime passes it to the handler
   * @throws UsageException when there is no such sample or file
   * @throws UncheckedIOException when the file cannot be read or is not a JSON object
   */
  public static Map<String, Object> event(String nameOrFile) {
    try (InputStream sample = LocalLambda.class.getResourceAsStream("/events/" + nameOrFile + ".json")) {
      if (sample != null) {
        return JSON.readValue(sample, EVENT);
      }
      Path file = Path.of(nameOrFile);
      if (!Files.isRegularFile(file)) {
        throw UsageException.of("no sample event '" + nameOrFile + "' and no such file; the samples are "
            + String.join(", ", SAMPLE_EVENTS) + ", collect-one-account");
      }
      return JSON.readValue(file.toFile(), EVENT);
    } catch (IOException e) {
      throw new UncheckedIOException("event " + nameOrFile + " is not a JSON object: " + e.getMessage(), e);
    }
  }

  /**
   * Invokes the handler once, as the Lambda runtime would.
   *
   * @param handler the handler
   * @param event the event
   * @return the handler's result
   */
  public static Map<String, Object> invoke(InventoryHandler handler, Map<String, Object> event) {
    return handler.handleRequest(event, new LocalContext("aws-inventory", TIMEOUT));
  }

  /**
   * Invokes the handler with sample events from the command line; see {@link #USAGE}.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    ExampleMain.exit(args, LocalLambda::run);
  }

  /**
   * The command line: each event and its result on standard output, the function's metrics (Embedded
   * Metric Format) and logs on standard error. Exits 0 when every result has status {@code ok}, 1 when one
   * has another, 2 for a usage error or an environment the handler refuses.
   */
  static int run(String[] args, Map<String, String> env, AwsCredentialsProvider credentials, PrintStream out,
      PrintStream err) {
    Map<String, Map<String, Object>> events = new LinkedHashMap<>();
    InventoryHandler handler;
    try {
      ExampleOptions options = ExampleOptions.parse(args, env, CONFIG, EVENTS);
      options.value(EVENTS).map(list -> List.of(list.split("\\s*,\\s*"))).orElse(SAMPLE_EVENTS)
          .forEach(name -> events.put(name, event(name)));
      handler = new InventoryHandler(environment(options, options.value(CONFIG).map(Path::of), env), credentials, err);
    } catch (UsageException e) {
      return e.report(USAGE, out, err);
    } catch (ConfigurationException e) {
      err.println("error: the handler refuses its environment: " + e.getMessage());
      return 2;
    }
    boolean allOk = true;
    for (Map.Entry<String, Map<String, Object>> event : events.entrySet()) {
      out.println("# " + event.getKey() + ": " + json(COMPACT, event.getValue()));
      Map<String, Object> result = invoke(handler, event.getValue());
      out.println(json(PRETTY, result));
      allOk &= "ok".equals(result.get("status"));
    }
    return allOk ? 0 : 1;
  }

  private static String json(ObjectWriter writer, Map<String, Object> value) {
    try {
      return writer.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
