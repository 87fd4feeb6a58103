package io.github.awsinventory.lambda.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes metrics as CloudWatch Embedded Metric Format log lines (namespace {@value #NAMESPACE}): Lambda
 * ships them to CloudWatch Logs, which extracts the metrics — no PutMetricData call, latency or cost.
 */
public final class Metrics {

  /** The namespace of every metric. */
  public static final String NAMESPACE = "AWSInventory";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PrintStream out;
  private final Clock clock;

  /**
   * Creates a writer.
   *
   * @param out where the lines go (standard output in Lambda)
   * @param clock the clock for timestamps
   */
  public Metrics(PrintStream out, Clock clock) {
    this.out = out;
    this.clock = clock;
  }

  /** One metric: name, unit, value. */
  public static final class Metric {
    final String name;
    final String unit;
    final Number value;

    Metric(String name, String unit, Number value) {
      this.name = name;
      this.unit = unit;
      this.value = value;
    }

    /**
     * A count.
     *
     * @param name the metric
     * @param value the count
     * @return the metric
     */
    public static Metric count(String name, long value) {
      return new Metric(name, "Count", value);
    }

    /**
     * A duration in milliseconds.
     *
     * @param name the metric
     * @param millis the duration
     * @return the metric
     */
    public static Metric millis(String name, long millis) {
      return new Metric(name, "Milliseconds", millis);
    }

    /**
     * An amount of money (no CloudWatch unit).
     *
     * @param name the metric
     * @param usd the amount
     * @return the metric
     */
    public static Metric usd(String name, BigDecimal usd) {
      return new Metric(name, "None", usd);
    }
  }

  /**
   * Emits metrics with the dimension {@code Action} (and the same metrics without dimensions, so that a
   * dashboard or alarm can use either).
   *
   * @param action the action
   * @param metrics the metrics
   */
  public void emit(String action, List<Metric> metrics) {
    emit(Map.of("Action", action), metrics, true);
  }

  /**
   * Emits metrics with dimensions.
   *
   * @param dimensions dimension name to value
   * @param metrics the metrics
   * @param alsoUndimensioned whether to add a dimensionless set as well
   */
  public void emit(Map<String, String> dimensions, List<Metric> metrics, boolean alsoUndimensioned) {
    if (metrics.isEmpty()) {
      return;
    }
    Map<String, Object> directive = new LinkedHashMap<>();
    directive.put("Namespace", NAMESPACE);
    List<List<String>> dimensionSets = new ArrayList<>();
    dimensionSets.add(new ArrayList<>(dimensions.keySet()));
    if (alsoUndimensioned) {
      dimensionSets.add(List.of());
    }
    directive.put("Dimensions", dimensionSets);
    List<Map<String, String>> definitions = new ArrayList<>();
    for (Metric metric : metrics) {
      definitions.add(Map.of("Name", metric.name, "Unit", metric.unit));
    }
    directive.put("Metrics", definitions);
    Map<String, Object> aws = new LinkedHashMap<>();
    aws.put("Timestamp", clock.millis());
    aws.put("CloudWatchMetrics", List.of(directive));
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("_aws", aws);
    line.putAll(dimensions);
    for (Metric metric : metrics) {
      line.put(metric.name, metric.value);
    }
    try {
      out.println(JSON.writeValueAsString(line));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write a metrics line", e);
    }
    out.flush();
  }
}
