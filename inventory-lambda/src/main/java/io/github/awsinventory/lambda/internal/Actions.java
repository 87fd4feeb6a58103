package io.github.awsinventory.lambda.internal;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * The Lambda's actions, by name, over {@link Services} built once (at init). Each action is a class of its
 * own; {@link Events} reads the event's fields and {@link AlertText} words the alerts.
 */
public final class Actions {

  /** The actions, in the order documented. */
  public static final List<String> NAMES = List.of("collect", "plan", "summary", "cost_analysis", "security_check",
      "cleanup");

  private final Services services;
  private final Map<String, Action> actions = new LinkedHashMap<>();

  /**
   * Builds the clients.
   *
   * @param settings the validated settings
   * @param credentials the base credentials (resolved lazily, at the first call)
   * @param metricsOut where metrics lines go
   */
  public Actions(HandlerSettings settings, AwsCredentialsProvider credentials, PrintStream metricsOut) {
    this.services = new Services(settings, credentials, metricsOut);
    actions.put("collect", new CollectAction(services));
    actions.put("plan", new PlanAction(services));
    actions.put("summary", new SummaryAction(services));
    actions.put("cost_analysis", new CostAnalysisAction(services));
    actions.put("security_check", new SecurityCheckAction(services));
    actions.put("cleanup", new CleanupAction(services));
  }

  /**
   * Alerts that an action could not run because the configuration is invalid: a scheduled run fails the same
   * way every time until someone fixes the file, so it must not fail quietly. The message names the fields,
   * never the ExternalId's value.
   *
   * @param action the action refused
   * @param problem the configuration error's message
   */
  public void configurationInvalid(String action, String problem) {
    services.metrics().emit(action, List.of(Metrics.Metric.count("ConfigurationErrors", 1)));
    services.alerts().send(AlertText.configurationInvalid(action, problem), Optional.empty());
  }

  /**
   * Runs an action.
   *
   * @param action one of {@link #NAMES}
   * @param event the whole event
   * @param remainingMillis the invocation's remaining time
   * @return the result
   * @throws BadEventException when the event does not say what the action needs
   */
  public Map<String, Object> run(String action, Map<String, Object> event, long remainingMillis) {
    Action named = actions.get(action);
    if (named == null) {
      throw new IllegalArgumentException("action must be one of " + NAMES + " (was " + action + ")");
    }
    return named.run(event, remainingMillis);
  }
}
