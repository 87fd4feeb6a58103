package io.github.awsinventory.model.config;

import io.github.awsinventory.model.InventoryException;
import java.util.List;
import java.util.stream.Collectors;

/** A configuration that cannot be used; lists every error found, each with its path and fix. */
public class ConfigurationException extends InventoryException {
  private static final long serialVersionUID = 1L;

  private final transient List<ConfigProblem> problems;

  /**
   * Creates the exception.
   *
   * @param source where the configuration came from (a file name)
   * @param problems the errors, at least one
   */
  public ConfigurationException(String source, List<ConfigProblem> problems) {
    super(describe(source, problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Creates an exception for a single problem that is not tied to a file.
   *
   * @param message what is wrong and how to fix it
   */
  public ConfigurationException(String message) {
    super(message);
    this.problems = List.of();
  }

  /**
   * The errors.
   *
   * @return the problems, in file order
   */
  public List<ConfigProblem> problems() {
    return problems;
  }

  private static String describe(String source, List<ConfigProblem> problems) {
    return source + " has " + problems.size() + (problems.size() == 1 ? " error" : " errors") + ":\n"
        + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
  }
}
