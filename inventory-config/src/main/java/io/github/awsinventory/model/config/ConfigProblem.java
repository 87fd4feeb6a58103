package io.github.awsinventory.model.config;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem found in a configuration file: where it is (a JSON path such as
 * {@code $.accounts.prod.account_id}), the offending value (secrets masked), what is wrong and how to
 * fix it.
 */
@Value.Immutable
public abstract class ConfigProblem {

  /** How bad a problem is. */
  public enum Severity {
    /** The file cannot be used. */
    ERROR,
    /** The file can be used, but something in it is probably not what was meant. */
    WARNING
  }

  ConfigProblem() {}

  /**
   * Creates a problem.
   *
   * @param severity error or warning
   * @param path the JSON path
   * @param value the offending value as written (already masked for secrets), or null
   * @param message what is wrong
   * @param fix how to fix it
   * @return the problem
   */
  public static ConfigProblem of(Severity severity, String path, String value, String message, String fix) {
    return ImmutableConfigProblem.builder().severity(severity).path(path).value(Optional.ofNullable(value))
        .message(message).fix(fix).build();
  }

  /**
   * Error or warning.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * The JSON path of the offending element, e.g. {@code $.accounts.prod.account_id}.
   *
   * @return the path
   */
  public abstract String path();

  /**
   * The offending value as written, with secrets masked.
   *
   * @return the value, if there is one
   */
  public abstract Optional<String> value();

  /**
   * What is wrong.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * How to fix it.
   *
   * @return the fix
   */
  public abstract String fix();

  /**
   * One line: {@code $.path: message (was value); fix}.
   *
   * @return the problem as text
   */
  @Override
  public String toString() {
    return path() + ": " + message() + value().map(v -> " (was " + v + ")").orElse("") + "; " + fix();
  }
}
