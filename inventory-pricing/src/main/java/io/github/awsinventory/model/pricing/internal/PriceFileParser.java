package io.github.awsinventory.model.pricing.internal;

import static io.github.awsinventory.model.config.ConfigProblems.kind;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.awsinventory.model.config.ConfigProblems;
import io.github.awsinventory.model.config.ConfigurationException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates the price file format of {@code docs/COST_MODEL.md}, collecting every problem
 * instead of stopping at the first. Prices are flattened to keys such as {@code ebs/gb_month/gp3}. The format
 * itself, as a tree of shapes, is {@link PriceFileShapes}.
 *
 * <p>Internal: public only so that {@code io.github.awsinventory.model.pricing.PriceList} can use it; not
 * part of the API. Use {@code PriceList.fromJson(...)} instead.
 */
public final class PriceFileParser {

  /** Separates the parts of a flattened key. */
  public static final String SEPARATOR = "/";

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private final ConfigProblems problems = new ConfigProblems();
  private final Map<String, BigDecimal> numbers = new LinkedHashMap<>();
  private final Map<String, String> texts = new LinkedHashMap<>();
  private final Set<String> families = new LinkedHashSet<>();
  private final Map<String, String> upgrades = new LinkedHashMap<>();
  private final Map<String, String> upgradePaths = new LinkedHashMap<>();

  private PriceFileParser() {}

  /**
   * A valid price file, flattened.
   *
   * @param numbers every number by its flattened key, e.g. {@code ec2/linux_on_demand_hourly/m5.large}
   * @param texts every text by its flattened key, e.g. {@code version}
   * @param families the previous-generation instance families
   * @param upgrades the current-generation family for each family in {@code ec2_generation_upgrades}
   */
  public record Result(Map<String, BigDecimal> numbers, Map<String, String> texts, Set<String> families,
      Map<String, String> upgrades) {}

  /**
   * Parses and validates a price file.
   *
   * @param json the file's text
   * @param source where it came from, for messages
   * @return the flattened prices
   * @throws ConfigurationException listing every problem, each with its JSON path and fix
   */
  public static Result parse(String json, String source) {
    PriceFileParser parser = new PriceFileParser();
    parser.root(json);
    parser.problems.throwIfErrors(source);
    return new Result(Map.copyOf(parser.numbers), Map.copyOf(parser.texts), Set.copyOf(parser.families),
        Map.copyOf(parser.upgrades));
  }

  private void root(String json) {
    Optional<JsonNode> root = problems.readTree(MAPPER, json,
        "start from the bundled list-prices.json; see docs/COST_MODEL.md");
    if (root.isEmpty()) {
      return;
    }
    PriceFileShapes.ROOT.read(this, root.get(), "$", "");
    upgrades.forEach((from, to) -> {
      if (families.contains(to)) {
        error(upgradePaths.get(from), "\"" + to + "\"", "upgrades " + from + " to " + to
            + ", which ec2_previous_generation_families lists as previous-generation",
            "name a current-generation family such as \"m6i\"");
      }
    });
  }

  void number(JsonNode node, String path, String key, boolean positive) {
    if (!node.isNumber()) {
      if (node.isTextual() && isDecimal(node.asText())) {
        error(path, quoted(node), "must be a JSON number, not a string", "remove the quotes: " + node.asText().trim());
      } else {
        error(path, shown(node), "must be a number (was " + kind(node) + ")", "write a number such as 0.096");
      }
      return;
    }
    BigDecimal value = node.decimalValue();
    if (positive && value.signum() <= 0) {
      error(path, value.toPlainString(), "must be > 0", "write a positive number");
    } else if (value.signum() < 0) {
      error(path, value.toPlainString(), "must be >= 0", "prices and quantities cannot be negative; write 0 or more");
    } else {
      numbers.put(key, value);
    }
  }

  void text(JsonNode node, String path, String key, Pattern pattern, String fix) {
    if (!node.isTextual()) {
      error(path, shown(node), "must be a string (was " + kind(node) + ")",
          fix != null ? fix : "write the text in double quotes");
    } else if (pattern != null && !pattern.matcher(node.asText()).matches()) {
      error(path, quoted(node), "is not valid", fix);
    } else {
      texts.put(key, node.asText());
    }
  }

  void families(JsonNode node, String path, String key) {
    if (!node.isArray()) {
      error(path, shown(node), "must be a list (was " + kind(node) + ")",
          "write a list of instance families such as [\"m4\", \"c4\"]");
      return;
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode family = node.get(i);
      if (!family.isTextual() || !PriceFileShapes.FAMILY.matcher(family.asText()).matches()) {
        error(path + "[" + i + "]", shown(family), "is not an instance family",
            "write a family such as \"m4\" (the part of the instance type before the dot)");
      } else {
        families.add(family.asText());
      }
    }
  }

  void upgrade(JsonNode node, String path, String key) {
    String from = key.substring(key.lastIndexOf(SEPARATOR) + 1);
    if (!node.isTextual() || !PriceFileShapes.FAMILY.matcher(node.asText()).matches()) {
      error(path, shown(node), "is not an instance family",
          "write the current-generation family to move " + from + " instances to, such as \"m6i\"");
    } else if (node.asText().equals(from)) {
      error(path, quoted(node), "upgrades " + from + " to itself",
          "name a current-generation family such as \"m6i\", or remove the entry");
    } else {
      upgrades.put(from, node.asText());
      upgradePaths.put(from, path);
    }
  }

  void error(String path, String value, String message, String fix) {
    problems.error(path, value, message, fix);
  }

  private static boolean isDecimal(String text) {
    try {
      new BigDecimal(text.trim());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String quoted(JsonNode node) {
    return "\"" + node.asText() + "\"";
  }

  static String shown(JsonNode node) {
    String text = node.toString();
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }

  static String child(String path, String name) {
    return path + (name.matches("[A-Za-z_][A-Za-z0-9_-]*") ? "." + name : "['" + name.replace("'", "\\'") + "']");
  }

  static String childKey(String key, String name) {
    return key.isEmpty() ? name : key + SEPARATOR + name;
  }
}
