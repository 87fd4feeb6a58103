package io.github.awsinventory.model.config.internal;

import static io.github.awsinventory.model.config.ConfigProblems.kind;
import static io.github.awsinventory.model.config.internal.JsonFields.pathKey;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.awsinventory.model.config.CollectionSettings;
import io.github.awsinventory.model.config.ConfigurationException;
import io.github.awsinventory.model.config.CostThresholds;
import io.github.awsinventory.model.config.HistorySettings;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads the settings sections: {@code $.collection_settings} (concurrency, timeouts, retries, rate limits),
 * {@code $.cost_thresholds} and {@code $.history}. A section with an error falls back to its defaults, so
 * that the rest of the file is still checked.
 */
final class SettingsSections {

  private static final List<String> SETTINGS_KEYS = List.of("max_concurrency", "per_account_concurrency",
      "timeout_seconds", "run_timeout_seconds", "retry_attempts", "sdk_max_attempts", "api_call_timeout_seconds",
      "assume_role_duration_seconds", "rate_limits", "broad_tier", "broad_tier_source");
  private static final List<String> THRESHOLD_KEYS = List.of("expensive_resource_monthly", "idle_resource_days",
      "stale_resource_days", "not_seen_days", "monthly_total_alert");
  private static final List<String> HISTORY_KEYS = List.of("retention_days");

  private final JsonFields fields;
  private final LegacyFormat legacy;

  SettingsSections(JsonFields fields, LegacyFormat legacy) {
    this.fields = fields;
    this.legacy = legacy;
  }

  /** {@code $.collection_settings}; null (the section is absent or not an object) gives the defaults. */
  CollectionSettings collectionSettings(JsonNode node) {
    CollectionSettings.Builder builder = CollectionSettings.builder();
    if (node == null) {
      return CollectionSettings.defaults();
    }
    String path = "$.collection_settings";
    fields.checkKeys(node, path, SETTINGS_KEYS, LegacyFormat.SETTINGS_KEYS);
    fields.positiveInt(node, "max_concurrency", path).ifPresent(builder::maxConcurrency);
    fields.positiveInt(node, "per_account_concurrency", path).ifPresent(builder::perAccountConcurrency);
    fields.positiveInt(node, "timeout_seconds", path).ifPresent(builder::timeoutSeconds);
    fields.positiveInt(node, "run_timeout_seconds", path).ifPresent(builder::runTimeoutSeconds);
    fields.positiveInt(node, "retry_attempts", path).ifPresent(builder::retryAttempts);
    fields.positiveInt(node, "sdk_max_attempts", path).ifPresent(builder::sdkMaxAttempts);
    fields.positiveInt(node, "api_call_timeout_seconds", path).ifPresent(builder::apiCallTimeoutSeconds);
    fields.positiveInt(node, "assume_role_duration_seconds", path).ifPresent(seconds -> {
      if (seconds < 900 || seconds > 43200) {
        fields.error(path + ".assume_role_duration_seconds", String.valueOf(seconds),
            "an AssumeRole session lasts 900 to 43200 seconds", "pick a value in that range, e.g. 3600");
      } else {
        builder.assumeRoleDurationSeconds(seconds);
      }
    });
    rateLimits(node.get("rate_limits"), path, builder);
    fields.bool(node, "broad_tier", path).ifPresent(builder::broadTier);
    fields.string(node, "broad_tier_source", path).ifPresent(source -> {
      for (CollectionSettings.BroadSource known : CollectionSettings.BroadSource.values()) {
        if (known.id().equals(source)) {
          builder.broadTierSource(known);
          return;
        }
      }
      fields.error(path + ".broad_tier_source", source, "not a broad tier source",
          "use \"tagging_api\" (the default) or \"aws_config\" for accounts that record with AWS Config");
    });
    int max = node.path("max_concurrency").asInt(CollectionSettings.defaults().maxConcurrency());
    int perAccount = node.path("per_account_concurrency").asInt(CollectionSettings.defaults().perAccountConcurrency());
    if (perAccount > max && max > 0) {
      fields.warn(path + ".per_account_concurrency", String.valueOf(perAccount),
          "greater than max_concurrency (" + max + "); at most " + max + " scopes run at once",
          "lower per_account_concurrency or raise max_concurrency");
    }
    legacy.optimizationRules(node);
    return buildOrDefault(builder::build, CollectionSettings.defaults(), path);
  }

  /** {@code $.cost_thresholds}, after the legacy thresholds under {@code $.collection_settings}. */
  CostThresholds costThresholds(JsonNode root, JsonNode settings) {
    CostThresholds.Builder builder = CostThresholds.builder();
    String path = "$.cost_thresholds";
    if (settings != null) {
      legacy.costThresholds(settings, builder, path);
    }
    JsonNode node = fields.object(root, "cost_thresholds", path);
    if (node != null) {
      fields.checkKeys(node, path, THRESHOLD_KEYS, List.of());
      fields.positiveDecimal(node, "expensive_resource_monthly", path).ifPresent(builder::expensiveResourceMonthly);
      fields.positiveInt(node, "idle_resource_days", path).ifPresent(builder::idleResourceDays);
      fields.positiveInt(node, "stale_resource_days", path).ifPresent(builder::staleResourceDays);
      fields.positiveInt(node, "not_seen_days", path).ifPresent(builder::notSeenDays);
      fields.positiveDecimal(node, "monthly_total_alert", path).ifPresent(builder::monthlyTotalAlert);
    }
    return buildOrDefault(builder::build, CostThresholds.defaults(), path);
  }

  /** {@code $.history}. */
  HistorySettings history(JsonNode root) {
    String path = "$.history";
    JsonNode node = fields.object(root, "history", path);
    if (node == null) {
      return HistorySettings.defaults();
    }
    fields.checkKeys(node, path, HISTORY_KEYS, List.of());
    HistorySettings.Builder builder = HistorySettings.builder();
    fields.positiveInt(node, "retention_days", path).ifPresent(builder::retentionDays);
    return buildOrDefault(builder::build, HistorySettings.defaults(), path);
  }

  private void rateLimits(JsonNode rates, String path, CollectionSettings.Builder builder) {
    if (rates == null) {
      return;
    }
    if (!rates.isObject()) {
      fields.error(path + ".rate_limits", kind(rates), "rate_limits must be an object of service to requests per second",
          "write {\"ec2\": 20, \"rds\": 12}");
      return;
    }
    rates.fields().forEachRemaining(e -> {
      String ratePath = path + ".rate_limits." + pathKey(e.getKey());
      if (!e.getValue().isNumber() || !(e.getValue().doubleValue() > 0)) {
        fields.error(ratePath, e.getValue().toString(), "a rate limit must be a number > 0",
            "give requests per second, e.g. 20");
      } else {
        builder.putRateLimits(e.getKey(), e.getValue().doubleValue());
      }
    });
  }

  /** The section built by its builder, or its defaults when the values' own checks refuse it. */
  private <T> T buildOrDefault(Supplier<T> build, T fallback, String path) {
    try {
      return build.get();
    } catch (ConfigurationException | IllegalStateException e) {
      fields.error(path, null, e.getMessage(), "fix the value named");
      return fallback;
    }
  }
}
