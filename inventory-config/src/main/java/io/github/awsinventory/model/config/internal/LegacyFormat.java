package io.github.awsinventory.model.config.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.CostThresholds;
import java.util.List;
import java.util.Optional;

/**
 * Reads the keys of the original system's {@code accounts.json} where the format has moved them, with a
 * warning for each: {@code collection_settings.regions} and {@code .resource_types}, the thresholds under
 * {@code collection_settings.cost_thresholds} and {@code .optimization_rules}; and warns of the sections no
 * longer read from the file ({@code notification_settings}, {@code report_settings}).
 */
final class LegacyFormat {

  /** The keys of {@code $.collection_settings} that belong to the original format. */
  static final List<String> SETTINGS_KEYS = List.of("regions", "resource_types", "cost_thresholds",
      "optimization_rules");

  private static final String SETTINGS = "$.collection_settings";

  private final JsonFields fields;
  private final ScopeValues scope;

  LegacyFormat(JsonFields fields, ScopeValues scope) {
    this.fields = fields;
    this.scope = scope;
  }

  /** Warns of each section that moved out of the file. */
  void ignoredSections(JsonNode root) {
    ignoredSection(root, "notification_settings", "set SNS_TOPIC_ARN on the Lambda function, or EmailAddress on the stack");
    ignoredSection(root, "report_settings", "set REPORT_BUCKET on the Lambda function");
  }

  /** The regions of {@code $.collection_settings.regions}, when {@code $.regions} is not set. */
  Optional<List<String>> regions(JsonNode root, JsonNode settings) {
    if (!movedToRoot(root, settings, "regions")) {
      return Optional.empty();
    }
    return Optional.of(scope.regions(settings.get("regions"), SETTINGS + ".regions"));
  }

  /** The types of {@code $.collection_settings.resource_types}, when {@code $.resource_types} is not set. */
  Optional<List<ResourceType>> resourceTypes(JsonNode root, JsonNode settings) {
    if (!movedToRoot(root, settings, "resource_types")) {
      return Optional.empty();
    }
    return Optional.of(scope.resourceTypes(settings.get("resource_types"), SETTINGS + ".resource_types"));
  }

  /**
   * Sets the thresholds the original format kept under {@code $.collection_settings}; the values of
   * {@code $.cost_thresholds}, read after, win.
   */
  void costThresholds(JsonNode settings, CostThresholds.Builder builder, String path) {
    JsonNode legacy = fields.object(settings, "cost_thresholds", SETTINGS + ".cost_thresholds");
    if (legacy != null) {
      String legacyPath = SETTINGS + ".cost_thresholds";
      fields.checkKeys(legacy, legacyPath, List.of("resource_alert", "monthly_alert"), List.of());
      fields.positiveDecimal(legacy, "resource_alert", legacyPath).ifPresent(v -> {
        moved(legacyPath + ".resource_alert", path + ".expensive_resource_monthly");
        builder.expensiveResourceMonthly(v);
      });
      fields.positiveDecimal(legacy, "monthly_alert", legacyPath).ifPresent(v -> {
        moved(legacyPath + ".monthly_alert", path + ".monthly_total_alert");
        builder.monthlyTotalAlert(v);
      });
    }
    JsonNode rules = settings.get("optimization_rules");
    if (rules != null && rules.isObject()) {
      String rulesPath = SETTINGS + ".optimization_rules";
      fields.positiveInt(rules, "idle_days", rulesPath).ifPresent(v -> {
        moved(rulesPath + ".idle_days", path + ".idle_resource_days");
        builder.idleResourceDays(v);
      });
      fields.positiveInt(rules, "stale_days", rulesPath).ifPresent(v -> {
        moved(rulesPath + ".stale_days", path + ".stale_resource_days");
        builder.staleResourceDays(v);
      });
    }
  }

  /** Warns of unknown keys in {@code $.collection_settings.optimization_rules} and of the ignored sizing key. */
  void optimizationRules(JsonNode settings) {
    if (settings.has("optimization_rules")) {
      JsonNode rules = settings.get("optimization_rules");
      if (rules.isObject()) {
        fields.checkKeys(rules, SETTINGS + ".optimization_rules", List.of("idle_days", "stale_days"),
            List.of("oversized_types"));
        if (rules.has("oversized_types")) {
          fields.warn(SETTINGS + ".optimization_rules.oversized_types", null,
              "ignored: sizing advice comes from the cost report", "remove the key");
        }
      }
    }
  }

  /** Whether a key under {@code $.collection_settings} is to be read: it is set there and not at the root. */
  private boolean movedToRoot(JsonNode root, JsonNode settings, String key) {
    if (!settings.has(key)) {
      return false;
    }
    if (root.has(key)) {
      fields.warn(SETTINGS + "." + key, null, "ignored: $." + key + " is also set", "remove the legacy key");
      return false;
    }
    moved(SETTINGS + "." + key, "$." + key);
    return true;
  }

  private void ignoredSection(JsonNode root, String key, String fix) {
    if (root.has(key)) {
      fields.warn("$." + key, null, "not read from the configuration file", fix);
    }
  }

  private void moved(String from, String to) {
    fields.warn(from, null, "legacy location, still read", "move the value to " + to);
  }
}
