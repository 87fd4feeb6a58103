package io.github.awsinventory.lambda.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2026-11-25T06:00:00.123Z");

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final Metrics metrics = new Metrics(new PrintStream(out, true, StandardCharsets.UTF_8),
      Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void emit_withAnAction_writesOneEmfLineWithTheActionAndADimensionlessSet() throws Exception {
    metrics.emit("collect", List.of(Metrics.Metric.millis("CollectionDuration", 81234),
        Metrics.Metric.count("ResourcesCollected", 117), Metrics.Metric.count("FailedAccounts", 1)));

    List<JsonNode> lines = lines();

    assertThat(lines).hasSize(1);
    JsonNode line = lines.get(0);
    JsonNode aws = line.get("_aws");
    assertThat(aws.get("Timestamp").asLong()).isEqualTo(NOW.toEpochMilli());
    assertThat(aws.get("CloudWatchMetrics")).hasSize(1);
    JsonNode directive = aws.get("CloudWatchMetrics").get(0);
    assertThat(directive.get("Namespace").asText()).isEqualTo("AWSInventory");
    assertThat(dimensions(directive)).isEqualTo(List.of(List.of("Action"), List.of()));
    assertThat(definitions(directive)).containsExactly(Map.entry("CollectionDuration", "Milliseconds"),
        Map.entry("ResourcesCollected", "Count"), Map.entry("FailedAccounts", "Count"));
    assertThat(line.get("Action").asText()).isEqualTo("collect");
    assertThat(line.get("CollectionDuration").asLong()).isEqualTo(81234);
    assertThat(line.get("ResourcesCollected").asLong()).isEqualTo(117);
    assertThat(line.get("FailedAccounts").asLong()).isEqualTo(1);
  }

  @Test
  void emit_everyMetricHasATopLevelNumber_andEveryDimensionATopLevelString() throws Exception {
    metrics.emit("security_check", List.of(Metrics.Metric.count("SecurityIssues", 9),
        Metrics.Metric.count("UnencryptedResources", 4)));

    JsonNode line = lines().get(0);

    JsonNode directive = line.get("_aws").get("CloudWatchMetrics").get(0);
    directive.get("Metrics").forEach(m -> assertThat(line.get(m.get("Name").asText()).isNumber())
        .as(m.get("Name").asText()).isTrue());
    directive.get("Dimensions").forEach(set -> set.forEach(d -> assertThat(line.get(d.asText()).isTextual()).isTrue()));
  }

  @Test
  void usd_isAPlainNumberWithUnitNone_keepingEveryCent() throws Exception {
    metrics.emit("cost_analysis", List.of(Metrics.Metric.usd("TotalMonthlyCost", new BigDecimal("12345.67")),
        Metrics.Metric.usd("PotentialMonthlySavings", BigDecimal.ZERO)));

    JsonNode line = lines().get(0);

    assertThat(definitions(line.get("_aws").get("CloudWatchMetrics").get(0)))
        .containsExactly(Map.entry("TotalMonthlyCost", "None"), Map.entry("PotentialMonthlySavings", "None"));
    assertThat(line.get("TotalMonthlyCost").isNumber()).isTrue();
    assertThat(line.get("TotalMonthlyCost").decimalValue()).isEqualByComparingTo("12345.67");
    assertThat(line.get("PotentialMonthlySavings").decimalValue()).isEqualByComparingTo("0");
  }

  @Test
  void emit_perResourceType_writesOneLinePerTypeWithOnlyThatDimension() throws Exception {
    Map<String, Long> byType = new LinkedHashMap<>();
    byType.put("ec2_instance", 12L);
    byType.put("s3_bucket", 5L);
    byType.put("iam_user", 0L);

    byType.forEach((type, count) -> metrics.emit(Map.of("ResourceType", type),
        List.of(Metrics.Metric.count("ResourcesCollected", count)), false));

    List<JsonNode> lines = lines();
    assertThat(lines).hasSize(3);
    Map<String, Long> emitted = new LinkedHashMap<>();
    for (JsonNode line : lines) {
      JsonNode directive = line.get("_aws").get("CloudWatchMetrics").get(0);
      assertThat(directive.get("Namespace").asText()).isEqualTo("AWSInventory");
      assertThat(dimensions(directive)).isEqualTo(List.of(List.of("ResourceType")));
      assertThat(definitions(directive)).containsExactly(Map.entry("ResourcesCollected", "Count"));
      assertThat(line.has("Action")).isFalse();
      emitted.put(line.get("ResourceType").asText(), line.get("ResourcesCollected").asLong());
    }
    assertThat(emitted).isEqualTo(byType);
  }

  @Test
  void emit_withoutMetrics_writesNothing() {
    metrics.emit("cleanup", List.of());

    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void emit_writesExactlyOneLinePerCall_soCloudWatchLogsSeesOneEventEach() {
    metrics.emit("summary", List.of(Metrics.Metric.count("Resources", 3)));
    metrics.emit("summary", List.of(Metrics.Metric.count("Resources", 4)));

    String text = out.toString(StandardCharsets.UTF_8);

    assertThat(text.lines()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("{\"_aws\":").endsWith("}"));
    assertThat(text).endsWith(System.lineSeparator());
  }

  private List<JsonNode> lines() throws Exception {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\\R")) {
      if (!line.isEmpty()) {
        lines.add(JSON.readTree(line));
      }
    }
    return lines;
  }

  private static List<List<String>> dimensions(JsonNode directive) {
    return JSON.convertValue(directive.get("Dimensions"), new TypeReference<List<List<String>>>() {});
  }

  private static List<Map.Entry<String, String>> definitions(JsonNode directive) {
    List<Map.Entry<String, String>> definitions = new ArrayList<>();
    directive.get("Metrics").forEach(m -> definitions.add(Map.entry(m.get("Name").asText(), m.get("Unit").asText())));
    return definitions;
  }
}
