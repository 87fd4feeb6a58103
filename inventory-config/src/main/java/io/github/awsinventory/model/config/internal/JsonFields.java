package io.github.awsinventory.model.config.internal;

import static io.github.awsinventory.model.config.ConfigProblems.kind;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.awsinventory.model.config.ConfigProblems;
import io.github.awsinventory.model.util.Suggestions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads values of the accounts file's JSON tree, recording a problem, with its path and fix, for each value
 * of the wrong kind instead of throwing: the reader then goes on, so that one pass finds every problem.
 */
final class JsonFields {

  private final ConfigProblems problems;

  JsonFields(ConfigProblems problems) {
    this.problems = problems;
  }

  void error(String path, String value, String message, String fix) {
    problems.error(path, value, message, fix);
  }

  void warn(String path, String value, String message, String fix) {
    problems.warn(path, value, message, fix);
  }

  Optional<String> string(JsonNode parent, String key, String path) {
    JsonNode node = parent.get(key);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      String shown = "external_id".equals(key) ? kind(node) : node.toString();
      error(path + "." + key, shown, key + " must be a string", "quote the value");
      return Optional.empty();
    }
    return Optional.of(node.asText());
  }

  Optional<Boolean> bool(JsonNode parent, String key, String path) {
    JsonNode node = parent.get(key);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isBoolean()) {
      error(path + "." + key, node.toString(), key + " must be true or false", "write true or false without quotes");
      return Optional.empty();
    }
    return Optional.of(node.asBoolean());
  }

  Optional<Integer> positiveInt(JsonNode parent, String key, String path) {
    JsonNode node = parent.get(key);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      error(path + "." + key, node.toString(), key + " must be a whole number", "write a positive integer without quotes");
      return Optional.empty();
    }
    int value = node.asInt();
    if (value < 1) {
      error(path + "." + key, String.valueOf(value), key + " must be >= 1", "set " + path.substring(2) + "." + key
          + " to a positive integer");
      return Optional.empty();
    }
    return Optional.of(value);
  }

  Optional<BigDecimal> positiveDecimal(JsonNode parent, String key, String path) {
    JsonNode node = parent.get(key);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isNumber()) {
      error(path + "." + key, node.toString(), key + " must be a number", "write an amount in USD without quotes");
      return Optional.empty();
    }
    BigDecimal value = node.decimalValue();
    if (value.signum() <= 0) {
      error(path + "." + key, value.toPlainString(), key + " must be > 0", "set " + path.substring(2) + "." + key
          + " to a positive amount in USD");
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /** The strings of a list; null (and an error) when the node is not a list. */
  List<String> stringList(JsonNode node, String path) {
    if (!node.isArray()) {
      error(path, kind(node), "must be a list of strings", "write [\"a\", \"b\"]");
      return null;
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode element = node.get(i);
      if (!element.isTextual()) {
        error(path + "[" + i + "]", element.toString(), "must be a string", "quote the value");
      } else {
        values.add(element.asText());
      }
    }
    return values;
  }

  /** The string values of an object; null (and an error) when the node is not an object. */
  Map<String, String> stringMap(JsonNode node, String path) {
    if (!node.isObject()) {
      error(path, kind(node), "must be an object of strings", "write {\"Key\": \"value\"}");
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> {
      if (!e.getValue().isTextual()) {
        error(path + "." + pathKey(e.getKey()), e.getValue().toString(), "must be a string", "quote the value");
      } else if (e.getKey().isEmpty()) {
        error(path, "\"\"", "a tag key must not be empty", "remove the empty key");
      } else {
        values.put(e.getKey(), e.getValue().asText());
      }
    });
    return values;
  }

  /** The object under a key; null when it is absent, null, or (with an error) not an object. */
  JsonNode object(JsonNode parent, String key, String path) {
    JsonNode node = parent.get(key);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      error(path, kind(node), key + " must be an object", "see config/accounts.json.example");
      return null;
    }
    return node;
  }

  /** Warns of each key that is neither known nor also accepted, suggesting the nearest known one. */
  void checkKeys(JsonNode node, String path, List<String> known, List<String> alsoAccepted) {
    node.fieldNames().forEachRemaining(key -> {
      if (!known.contains(key) && !alsoAccepted.contains(key)) {
        warn(path + "." + pathKey(key), null, "unknown key, ignored",
            Suggestions.didYouMean(key, known) + "remove or rename it");
      }
    });
  }

  /** A key as written in a path: plain when it is a simple name, otherwise {@code ['...']}. */
  static String pathKey(String key) {
    return key.matches("[A-Za-z_][A-Za-z0-9_-]*") ? key : "['" + key.replace("'", "\\'") + "']";
  }
}
