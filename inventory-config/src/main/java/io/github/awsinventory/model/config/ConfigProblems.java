package io.github.awsinventory.model.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.awsinventory.model.config.ConfigProblem.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The problems found while reading one JSON file, collected instead of thrown at the first: each with its JSON
 * path, the value as written, what is wrong and the fix. At the end, {@link #throwIfErrors(String)} throws one
 * {@link ConfigurationException} listing every error. The accounts config and price file parsers use it; so may
 * an embedder's parser of a file of its own. Not thread-safe: use one per file read.
 *
 * <pre>{@code
 * ConfigProblems problems = new ConfigProblems();
 * Optional<JsonNode> root = problems.readTree(mapper, json, "write a JSON object");
 * root.map(r -> r.path("size")).filter(size -> size.asInt() < 0)
 *     .ifPresent(size -> problems.error("$.size", size.toString(), "size must be >= 0", "write 0 or more"));
 * problems.throwIfErrors("sizes.json");   // sizes.json has 1 error:\n  - $.size: size must be >= 0 (was -1); ...
 * }</pre>
 */
public final class ConfigProblems {

  private final List<ConfigProblem> errors = new ArrayList<>();
  private final List<ConfigProblem> warnings = new ArrayList<>();

  /** Creates an empty collection, for one file. */
  public ConfigProblems() {}

  /**
   * Records an error: the file cannot be used.
   *
   * @param path the JSON path, e.g. {@code $.accounts.prod.account_id}
   * @param value the offending value as written (secrets masked), or null
   * @param message what is wrong
   * @param fix how to fix it
   */
  public void error(String path, String value, String message, String fix) {
    errors.add(ConfigProblem.of(Severity.ERROR, path, value, message, fix));
  }

  /**
   * Records a warning: the file can be used, but something in it is probably not what was meant.
   *
   * @param path the JSON path
   * @param value the offending value as written (secrets masked), or null
   * @param message what is wrong
   * @param fix how to fix it
   */
  public void warn(String path, String value, String message, String fix) {
    warnings.add(ConfigProblem.of(Severity.WARNING, path, value, message, fix));
  }

  /**
   * Whether an error was recorded.
   *
   * @return true after the first {@link #error}
   */
  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /**
   * The errors so far.
   *
   * @return an immutable copy, in the order they were recorded
   */
  public List<ConfigProblem> errors() {
    return List.copyOf(errors);
  }

  /**
   * The warnings so far.
   *
   * @return an immutable copy, in the order they were recorded
   */
  public List<ConfigProblem> warnings() {
    return List.copyOf(warnings);
  }

  /**
   * Throws when an error was recorded; warnings alone do not throw.
   *
   * @param source where the file came from, for the message (a file name)
   * @throws ConfigurationException listing every error, each with its path and fix
   */
  public void throwIfErrors(String source) {
    if (!errors.isEmpty()) {
      throw new ConfigurationException(source, errors);
    }
  }

  /**
   * Parses the file's text, recording an error at {@code $} when it is not JSON (with the line and column) or
   * is empty.
   *
   * @param mapper the mapper to read with (e.g. one that rejects duplicate keys)
   * @param json the file's text
   * @param emptyFix the fix for an empty file, e.g. {@code "write a JSON object; see the example file"}
   * @return the root node; empty when an error was recorded
   */
  public Optional<JsonNode> readTree(ObjectMapper mapper, String json, String emptyFix) {
    Objects.requireNonNull(mapper, "mapper");
    JsonNode root;
    try {
      root = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
      error("$", null, "the file is not valid JSON" + where + ": " + e.getOriginalMessage(),
          "fix the JSON syntax (duplicate keys are not allowed)");
      return Optional.empty();
    }
    if (root == null || root.isMissingNode()) {
      error("$", null, "the file is empty", emptyFix);
      return Optional.empty();
    }
    return Optional.of(root);
  }

  /**
   * What kind of JSON value a node is, for messages such as {@code must be an object (was a list)}.
   *
   * @param node a JSON value
   * @return {@code an object}, {@code a list}, {@code a string}, {@code a number}, {@code a boolean} or
   *     {@code null}
   */
  public static String kind(JsonNode node) {
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isTextual()) {
      return "a string";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    return "null";
  }
}
