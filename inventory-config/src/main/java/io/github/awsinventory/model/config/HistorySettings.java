package io.github.awsinventory.model.config;

import org.immutables.value.Value;

/** How long history is kept ({@code history} in the file). */
@Value.Immutable
public abstract class HistorySettings {

  HistorySettings() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The defaults: one year.
   *
   * @return default settings
   */
  public static HistorySettings defaults() {
    return builder().build();
  }

  /**
   * Days a history version, a deletion record or a run record is kept before DynamoDB's TTL removes it
   * ({@code retention_days}).
   *
   * @return days, at least 1
   */
  @Value.Default
  public int retentionDays() {
    return 365;
  }

  @Value.Check
  void check() {
    if (retentionDays() < 1) {
      throw new ConfigurationException("retentionDays must be >= 1 (was " + retentionDays()
          + "); set history.retention_days");
    }
  }

  /** Builds {@link HistorySettings}; obtained from {@link HistorySettings#builder()}. */
  public static final class Builder extends ImmutableHistorySettings.Builder {
    Builder() {}
  }
}
