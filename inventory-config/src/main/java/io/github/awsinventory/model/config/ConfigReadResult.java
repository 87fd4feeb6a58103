package io.github.awsinventory.model.config;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What reading a configuration file found: the configuration when it is valid, and every error and
 * warning.
 */
@Value.Immutable
public abstract class ConfigReadResult {

  ConfigReadResult() {}

  static ConfigReadResult of(String source, Optional<InventoryConfig> config, List<ConfigProblem> errors,
      List<ConfigProblem> warnings) {
    return ImmutableConfigReadResult.builder().source(source).config(config).errors(errors).warnings(warnings)
        .build();
  }

  /**
   * Where the configuration came from.
   *
   * @return a file name
   */
  public abstract String source();

  /**
   * The configuration, present exactly when there are no errors.
   *
   * @return the configuration
   */
  public abstract Optional<InventoryConfig> config();

  /**
   * Problems that make the file unusable.
   *
   * @return errors in file order
   */
  public abstract List<ConfigProblem> errors();

  /**
   * Problems that do not (unknown keys, legacy keys, ignored values).
   *
   * @return warnings in file order
   */
  public abstract List<ConfigProblem> warnings();

  /**
   * Whether the file is usable.
   *
   * @return true when there are no errors
   */
  public boolean isValid() {
    return errors().isEmpty();
  }

  /**
   * The configuration, or an exception listing every error.
   *
   * @return the configuration
   * @throws ConfigurationException when there are errors
   */
  public InventoryConfig orThrow() {
    return config().orElseThrow(() -> new ConfigurationException(source(), errors()));
  }

  @Value.Check
  void check() {
    if (config().isPresent() != errors().isEmpty()) {
      throw new ConfigurationException("a configuration is present exactly when there are no errors");
    }
  }
}
