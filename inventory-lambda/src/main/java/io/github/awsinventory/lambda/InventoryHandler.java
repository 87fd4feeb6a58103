package io.github.awsinventory.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.github.awsinventory.lambda.internal.Actions;
import io.github.awsinventory.lambda.internal.BadEventException;
import io.github.awsinventory.lambda.internal.HandlerSettings;
import io.github.awsinventory.model.config.ConfigurationException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/**
 * The AWS Lambda entry point: {@code io.github.awsinventory.lambda.InventoryHandler::handleRequest}.
 *
 * <p>Events — from an EventBridge schedule or a Step Functions state — name an action:
 * <ul>
 *   <li>{@code {"action": "collect"}}, optionally with {@code "accounts": ["111111111111", ...]} (a Step
 *       Functions Map item) or {@code "shard": "2/4"};
 *   <li>{@code {"action": "plan", "batch_size": 25}} returns {@code {"batches": [[...], ...]}} for fan-out;
 *   <li>{@code {"action": "summary"}}, {@code "cost_analysis"}, {@code "security_check"}, {@code "cleanup"}.
 * </ul>
 * A missing or unknown action, or a malformed event, returns {@code {"status": "error", "error": "..."}}
 * naming the problem. Configuration comes from the environment ({@code DYNAMODB_TABLE_NAME},
 * {@code SNS_TOPIC_ARN}, {@code REPORT_BUCKET}, {@code MONTHLY_COST_THRESHOLD}, {@code CONFIG_PATH},
 * {@code CONFIG_S3_URI}, {@code EXTERNAL_ID}, {@code MEMBER_ROLE_NAME}), validated when the function
 * starts; without a configuration file, accounts come from AWS Organizations. See the module's README.
 *
 * <p>SnapStart-ready: clients are built once, at init, with an explicit region; no credentials, random
 * numbers or clock readings are captured before the snapshot.
 */
public final class InventoryHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

  private static final Logger LOG = LoggerFactory.getLogger(InventoryHandler.class);

  private final Actions actions;

  /**
   * The constructor the Lambda runtime calls: settings from the environment, the default credentials
   * chain, metrics to standard output.
   *
   * @throws ConfigurationException naming each environment variable that is wrong
   */
  public InventoryHandler() {
    this(System.getenv(), DefaultCredentialsProvider.builder().build(), System.out);
  }

  /**
   * A handler for running outside Lambda (tests, local runs): explicit environment, credentials and
   * metrics stream.
   *
   * @param environment the variables the Lambda would have
   * @param credentials the base credentials
   * @param metrics where the Embedded Metric Format lines go
   * @throws ConfigurationException naming each environment variable that is wrong
   */
  public InventoryHandler(Map<String, String> environment, AwsCredentialsProvider credentials, PrintStream metrics) {
    this.actions = new Actions(HandlerSettings.from(environment), credentials, metrics);
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    Object action = event == null ? null : event.get("action");
    if (action != null && !(action instanceof String)) {
      return error(action, "\"action\" must be a string (was " + action + "); send e.g. {\"action\": \"collect\"}"
          + " (actions: " + String.join(", ", Actions.NAMES) + ")");
    }
    if (action == null || ((String) action).isBlank()) {
      return error(action, "the event has no \"action\"; send e.g. {\"action\": \"collect\"} (actions: "
          + String.join(", ", Actions.NAMES) + ")");
    }
    String name = (String) action;
    if (!Actions.NAMES.contains(name)) {
      return error(name, "unknown action \"" + name + "\"; use one of " + String.join(", ", Actions.NAMES));
    }
    long remaining = context == null ? Long.MAX_VALUE : context.getRemainingTimeInMillis();
    try {
      return actions.run(name, event, remaining);
    } catch (BadEventException e) {
      return error(name, e.getMessage());
    } catch (ConfigurationException e) {
      Map<String, Object> result = error(name, e.getMessage());
      actions.configurationInvalid(name, e.getMessage());
      return result;
    }
  }

  private static Map<String, Object> error(Object action, String message) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("action", action);
    result.put("status", "error");
    result.put("error", message);
    LOG.error("Action {} refused: {}", action, message);
    return result;
  }
}
