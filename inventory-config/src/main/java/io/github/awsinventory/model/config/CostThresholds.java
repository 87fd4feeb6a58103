package io.github.awsinventory.model.config;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Thresholds the cost and cleanup reports use ({@code cost_thresholds} in the file); every report call
 * can override them.
 */
@Value.Immutable
public abstract class CostThresholds {

  CostThresholds() {}

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
   * @return default thresholds
   */
  public static CostThresholds defaults() {
    return builder().build();
  }

  /**
   * A resource estimated above this monthly cost (USD) is listed as expensive
   * ({@code expensive_resource_monthly}).
   *
   * @return USD per month, positive
   */
  @Value.Default
  public BigDecimal expensiveResourceMonthly() {
    return BigDecimal.valueOf(100);
  }

  /**
   * An instance stopped longer than this is a cleanup candidate ({@code idle_resource_days}).
   *
   * @return days, at least 1
   */
  @Value.Default
  public int idleResourceDays() {
    return 30;
  }

  /**
   * A snapshot older than this is a cleanup candidate ({@code stale_resource_days}).
   *
   * @return days, at least 1
   */
  @Value.Default
  public int staleResourceDays() {
    return 90;
  }

  /**
   * A resource the collector has not seen for this long is a cleanup candidate
   * ({@code not_seen_days}).
   *
   * @return days, at least 1
   */
  @Value.Default
  public int notSeenDays() {
    return 7;
  }

  /**
   * Alert when the inventory's total monthly cost exceeds this ({@code monthly_total_alert}); the
   * Lambda's {@code MONTHLY_COST_THRESHOLD} wins over it.
   *
   * @return USD per month
   */
  public abstract Optional<BigDecimal> monthlyTotalAlert();

  @Value.Check
  void check() {
    if (expensiveResourceMonthly().signum() <= 0) {
      throw new ConfigurationException("expensiveResourceMonthly must be > 0 (was "
          + expensiveResourceMonthly().toPlainString() + "); set cost_thresholds.expensive_resource_monthly");
    }
    CollectionSettings.positive(idleResourceDays(), "idleResourceDays", "idle_resource_days");
    CollectionSettings.positive(staleResourceDays(), "staleResourceDays", "stale_resource_days");
    CollectionSettings.positive(notSeenDays(), "notSeenDays", "not_seen_days");
    monthlyTotalAlert().ifPresent(v -> {
      if (v.signum() <= 0) {
        throw new ConfigurationException("monthlyTotalAlert must be > 0 (was " + v.toPlainString()
            + "); set cost_thresholds.monthly_total_alert");
      }
    });
  }

  /** Builds {@link CostThresholds}; obtained from {@link CostThresholds#builder()}. */
  public static final class Builder extends ImmutableCostThresholds.Builder {
    Builder() {}
  }
}
