package io.github.awsinventory.model.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How hard a collection pushes, and how it retries ({@code collection_settings} in the file).
 *
 * <p>One API call makes at most {@link #sdkMaxAttempts()} attempts inside the SDK, and a scope
 * (account × region × type) is attempted at most {@link #retryAttempts()} times, so one API call is
 * sent at most {@code sdk_max_attempts × retry_attempts} times (2 × 3 = 6 by default).
 */
@Value.Immutable
public abstract class CollectionSettings {

  /**
   * Default sustained request rates per service and per (account, region), from AWS's published API
   * throttling limits: EC2 Describe* 20/s, RDS 12/s, Lambda control plane 15/s.
   */
  public static final Map<String, Double> DEFAULT_RATE_LIMITS = Map.of(
      "ec2", 20.0, "rds", 12.0, "lambda", 15.0, "elasticloadbalancing", 10.0, "dynamodb", 10.0,
      "s3", 50.0, "iam", 10.0, "organizations", 5.0, "sts", 10.0);

  CollectionSettings() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialized with these values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * The defaults.
   *
   * @return default settings
   */
  public static CollectionSettings defaults() {
    return builder().build();
  }

  /**
   * Scopes collected at the same time, across all accounts ({@code max_concurrency}).
   *
   * @return at least 1
   */
  @Value.Default
  public int maxConcurrency() {
    return 16;
  }

  /**
   * Scopes collected at the same time in one account ({@code per_account_concurrency}).
   *
   * @return at least 1
   */
  @Value.Default
  public int perAccountConcurrency() {
    return 4;
  }

  /**
   * The longest one scope may take, all retries included ({@code timeout_seconds}); a scope over it is
   * reported as TIMEOUT.
   *
   * @return seconds, at least 1
   */
  @Value.Default
  public int timeoutSeconds() {
    return 300;
  }

  /**
   * A deadline for the whole run ({@code run_timeout_seconds}); scopes not finished by then are reported
   * as TIMEOUT. Absent: no deadline.
   *
   * @return seconds
   */
  public abstract Optional<Integer> runTimeoutSeconds();

  /**
   * Attempts per scope for throttling, 5xx and timeouts ({@code retry_attempts}); never for access
   * denied, validation or not-found errors.
   *
   * @return at least 1
   */
  @Value.Default
  public int retryAttempts() {
    return 3;
  }

  /**
   * Attempts the SDK makes for one API call ({@code sdk_max_attempts}).
   *
   * @return at least 1
   */
  @Value.Default
  public int sdkMaxAttempts() {
    return 2;
  }

  /**
   * The timeout of one API call including the SDK's attempts ({@code api_call_timeout_seconds}).
   *
   * @return seconds, at least 1
   */
  @Value.Default
  public int apiCallTimeoutSeconds() {
    return 30;
  }

  /**
   * Whether the broad tier runs ({@code broad_tier}): the Resource Groups Tagging API in every collected region
   * and once per account for global services, finding the tagged resources of every service that no deep
   * collector covers. Each is its own scope in a run's coverage.
   *
   * @return true unless turned off
   */
  @Value.Default
  public boolean broadTier() {
    return true;
  }

  /**
   * What the broad tier lists ({@code broad_tier_source}): the Resource Groups Tagging API (every resource that
   * carries or carried a tag), or AWS Config's advanced query ({@code SelectResourceConfig}: every resource Config
   * records in the account, tagged or not, with its configuration) for accounts that record with Config.
   *
   * @return {@link BroadSource#TAGGING_API} unless configured
   */
  @Value.Default
  public BroadSource broadTierSource() {
    return BroadSource.TAGGING_API;
  }

  /** The sources the broad tier can list; see {@link #broadTierSource()}. */
  public enum BroadSource {
    /** The Resource Groups Tagging API's {@code GetResources}: {@code tagging_api}. */
    TAGGING_API,
    /** AWS Config's {@code SelectResourceConfig}: {@code aws_config}. */
    AWS_CONFIG;

    /**
     * The source as the configuration writes it.
     *
     * @return {@code tagging_api} or {@code aws_config}
     */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * How long assumed-role sessions last ({@code assume_role_duration_seconds}); they are refreshed before
   * expiry during long runs.
   *
   * @return seconds, 900 to 43200
   */
  @Value.Default
  public int assumeRoleDurationSeconds() {
    return 3600;
  }

  /**
   * Sustained requests per second per (account, region, service) ({@code rate_limits}), by the
   * service's endpoint prefix; merged over {@link #DEFAULT_RATE_LIMITS}.
   *
   * @return overrides of the defaults
   */
  public abstract Map<String, Double> rateLimits();

  /**
   * The rate limit of a service: the configured one, else the default, else 10/s.
   *
   * @param service the endpoint prefix, e.g. {@code ec2}
   * @return requests per second
   */
  public double rateLimit(String service) {
    Double configured = rateLimits().get(service);
    if (configured != null) {
      return configured;
    }
    return DEFAULT_RATE_LIMITS.getOrDefault(service, 10.0);
  }

  /**
   * {@link #timeoutSeconds()} as a duration.
   *
   * @return the scope timeout
   */
  public Duration scopeTimeout() {
    return Duration.ofSeconds(timeoutSeconds());
  }

  @Value.Check
  void check() {
    positive(maxConcurrency(), "maxConcurrency", "max_concurrency");
    positive(perAccountConcurrency(), "perAccountConcurrency", "per_account_concurrency");
    positive(timeoutSeconds(), "timeoutSeconds", "timeout_seconds");
    runTimeoutSeconds().ifPresent(v -> positive(v, "runTimeoutSeconds", "run_timeout_seconds"));
    positive(retryAttempts(), "retryAttempts", "retry_attempts");
    positive(sdkMaxAttempts(), "sdkMaxAttempts", "sdk_max_attempts");
    positive(apiCallTimeoutSeconds(), "apiCallTimeoutSeconds", "api_call_timeout_seconds");
    if (assumeRoleDurationSeconds() < 900 || assumeRoleDurationSeconds() > 43200) {
      throw new ConfigurationException("assumeRoleDurationSeconds must be between 900 and 43200 (was "
          + assumeRoleDurationSeconds() + "); set collection_settings.assume_role_duration_seconds");
    }
    rateLimits().forEach((service, rate) -> {
      if (!(rate > 0)) {
        throw new ConfigurationException("rateLimits." + service + " must be > 0 (was " + rate
            + "); set collection_settings.rate_limits." + service + " to requests per second");
      }
    });
  }

  static void positive(long value, String field, String key) {
    if (value < 1) {
      throw new ConfigurationException(field + " must be >= 1 (was " + value + "); set collection_settings."
          + key);
    }
  }

  /** Builds {@link CollectionSettings}; obtained from {@link CollectionSettings#builder()}. */
  public static final class Builder extends ImmutableCollectionSettings.Builder {
    Builder() {}
  }
}
