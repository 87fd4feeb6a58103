package io.github.awsinventory.model.pricing.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.awsinventory.model.config.ConfigProblem;
import io.github.awsinventory.model.config.ConfigProblem.Severity;
import io.github.awsinventory.model.config.ConfigurationException;
import io.github.awsinventory.model.util.Suggestions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates the price file format of {@code docs/COST_MODEL.md}, collecting every problem
 * instead of stopping at the first. Prices are flattened to keys such as {@code ebs/gb_month/gp3}.
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

  private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");
  private static final Pattern INSTANCE_TYPE = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z0-9-]+");
  private static final Pattern DB_INSTANCE_CLASS = Pattern.compile("db\\.[a-z][a-z0-9-]*\\.[a-z0-9-]+");
  private static final Pattern FAMILY = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9_-]*");
  private static final String NOTE = "note";

  private static final Shape TEXT = (parser, node, path, key) -> parser.text(node, path, key, null, null);
  private static final Shape AMOUNT = (parser, node, path, key) -> parser.number(node, path, key, false);
  private static final Shape POSITIVE = (parser, node, path, key) -> parser.number(node, path, key, true);

  private static final Shape ROOT = new ObjectShape("section")
      .required("version", (parser, node, path, key) -> parser.text(node, path, key, VERSION,
          "use a short label such as 2026-11 (letters, digits, '.', '_' and '-')"),
          "add \"version\": \"2026-11\" naming when the prices were compiled")
      .optional("currency", (parser, node, path, key) -> parser.text(node, path, key, Pattern.compile("USD"),
          "write \"USD\": estimates are in US dollars, so convert your prices to USD"))
      .optional("source", TEXT)
      .required("hours_per_month", POSITIVE, "add \"hours_per_month\": 730 (AWS's monthly average)")
      .required("region_factors", new MapShape(REGION, "a region code such as eu-west-1", POSITIVE),
          "add \"region_factors\": {\"us-east-1\": 1.00} and a factor for every other region you use")
      .optional("ec2", new ObjectShape("key")
          .optional("linux_on_demand_hourly", new MapShape(INSTANCE_TYPE, "an instance type such as m5.large",
              AMOUNT)))
      .optional("ec2_previous_generation_families", (parser, node, path, key) -> parser.families(node, path, key))
      .optional("ec2_generation_upgrades", new MapShape(FAMILY,
          "a previous-generation instance family such as m4 (the part of the instance type before the dot)",
          (parser, node, path, key) -> parser.upgrade(node, path, key)))
      .optional("ebs", new ObjectShape("key")
          .optional("gb_month", new MapShape(WORD, "a volume type such as gp3", AMOUNT))
          .optional("iops_month", new MapShape(List.of("io1", "io2", "gp3"),
              "only io1, io2 and gp3 volumes bill provisioned IOPS", AMOUNT))
          .optional("gp3_included_iops", AMOUNT)
          .optional("gp3_throughput_mibps_month", AMOUNT)
          .optional("gp3_included_throughput_mibps", AMOUNT)
          .optional("snapshot_gb_month", AMOUNT))
      .optional("vpc", new ObjectShape("key")
          .optional("public_ipv4_hourly", AMOUNT)
          .optional("nat_gateway_hourly", AMOUNT))
      .optional("elb", new ObjectShape("key")
          .optional("hourly", new MapShape(WORD, "a load balancer type such as application", AMOUNT)))
      .optional("rds", new ObjectShape("key")
          .optional("instance_hourly", new MapShape(List.of("mysql", "postgres", "mariadb"),
              "only mysql, postgres and mariadb are priced: Aurora, Oracle, SQL Server and Db2 carry license or "
                  + "usage-based charges the table does not model",
              new MapShape(DB_INSTANCE_CLASS, "a DB instance class such as db.m5.large", AMOUNT)))
          .optional("storage_gb_month", new MapShape(WORD, "a storage type such as gp3", AMOUNT))
          .optional("iops_month", new MapShape(List.of("io1", "io2", "gp3"),
              "only io1, io2 and gp3 storage bill provisioned IOPS", AMOUNT))
          .optional("gp3_included_iops", AMOUNT)
          .optional("gp3_large_volume_gib", AMOUNT)
          .optional("gp3_included_iops_large_volume", AMOUNT))
      .optional("dynamodb", new ObjectShape("key")
          .optional("read_capacity_unit_hour", AMOUNT)
          .optional("write_capacity_unit_hour", AMOUNT)
          .optional("storage_gb_month", AMOUNT));

  private final List<ConfigProblem> problems = new ArrayList<>();
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
    if (!parser.problems.isEmpty()) {
      throw new ConfigurationException(source, parser.problems);
    }
    return new Result(Map.copyOf(parser.numbers), Map.copyOf(parser.texts), Set.copyOf(parser.families),
        Map.copyOf(parser.upgrades));
  }

  private void root(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
      error("$", null, "the file is not valid JSON" + where + ": " + e.getOriginalMessage(),
          "fix the JSON syntax (duplicate keys are not allowed)");
      return;
    }
    if (root == null || root.isMissingNode()) {
      error("$", null, "the file is empty", "start from the bundled list-prices.json; see docs/COST_MODEL.md");
      return;
    }
    ROOT.read(this, root, "$", "");
    upgrades.forEach((from, to) -> {
      if (families.contains(to)) {
        error(upgradePaths.get(from), "\"" + to + "\"", "upgrades " + from + " to " + to
            + ", which ec2_previous_generation_families lists as previous-generation",
            "name a current-generation family such as \"m6i\"");
      }
    });
  }

  private void number(JsonNode node, String path, String key, boolean positive) {
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

  private void text(JsonNode node, String path, String key, Pattern pattern, String fix) {
    if (!node.isTextual()) {
      error(path, shown(node), "must be a string (was " + kind(node) + ")",
          fix != null ? fix : "write the text in double quotes");
    } else if (pattern != null && !pattern.matcher(node.asText()).matches()) {
      error(path, quoted(node), "is not valid", fix);
    } else {
      texts.put(key, node.asText());
    }
  }

  private void families(JsonNode node, String path, String key) {
    if (!node.isArray()) {
      error(path, shown(node), "must be a list (was " + kind(node) + ")",
          "write a list of instance families such as [\"m4\", \"c4\"]");
      return;
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode family = node.get(i);
      if (!family.isTextual() || !FAMILY.matcher(family.asText()).matches()) {
        error(path + "[" + i + "]", shown(family), "is not an instance family",
            "write a family such as \"m4\" (the part of the instance type before the dot)");
      } else {
        families.add(family.asText());
      }
    }
  }

  private void upgrade(JsonNode node, String path, String key) {
    String from = key.substring(key.lastIndexOf(SEPARATOR) + 1);
    if (!node.isTextual() || !FAMILY.matcher(node.asText()).matches()) {
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

  private void error(String path, String value, String message, String fix) {
    problems.add(ConfigProblem.of(Severity.ERROR, path, value, message, fix));
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

  private static String shown(JsonNode node) {
    String text = node.toString();
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }

  private static String kind(JsonNode node) {
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

  private static String child(String path, String name) {
    return path + (name.matches("[A-Za-z_][A-Za-z0-9_-]*") ? "." + name : "['" + name.replace("'", "\\'") + "']");
  }

  private static String childKey(String key, String name) {
    return key.isEmpty() ? name : key + SEPARATOR + name;
  }

  /** A JSON value the file may hold and how to read it into the parser. */
  @FunctionalInterface
  private interface Shape {
    void read(PriceFileParser parser, JsonNode node, String path, String key);
  }

  /** An object with named keys, some required; every object may carry a {@code note}. */
  private static final class ObjectShape implements Shape {
    private final String noun;
    private final Map<String, Shape> fields = new LinkedHashMap<>();
    private final Map<String, String> requiredFixes = new LinkedHashMap<>();

    ObjectShape(String noun) {
      this.noun = noun;
      fields.put(NOTE, TEXT);
    }

    ObjectShape optional(String name, Shape shape) {
      fields.put(name, shape);
      return this;
    }

    ObjectShape required(String name, Shape shape, String fix) {
      requiredFixes.put(name, fix);
      return optional(name, shape);
    }

    @Override
    public void read(PriceFileParser parser, JsonNode node, String path, String key) {
      if (!node.isObject()) {
        parser.error(path, shown(node), "must be an object (was " + kind(node) + ")",
            "write {\"key\": value, ...}; see docs/COST_MODEL.md");
        return;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        Shape shape = fields.get(field.getKey());
        if (shape == null) {
          parser.error(child(path, field.getKey()), null, "unknown " + noun + " '" + field.getKey() + "'",
              Suggestions.didYouMean(field.getKey(), fields.keySet()) + "the known " + noun + "s here are "
                  + String.join(", ", fields.keySet()) + "; fix the spelling or remove it");
        } else {
          shape.read(parser, field.getValue(), child(path, field.getKey()), childKey(key, field.getKey()));
        }
      }
      requiredFixes.forEach((name, fix) -> {
        if (!node.has(name)) {
          parser.error(path, null, "missing required " + noun + " '" + name + "'", fix);
        }
      });
    }
  }

  /** An object whose keys are names (instance types, regions, ...) and whose values share one shape. */
  private static final class MapShape implements Shape {
    private final Pattern keyPattern;
    private final List<String> allowedKeys;
    private final String keyHint;
    private final Shape values;

    MapShape(Pattern keyPattern, String keyExample, Shape values) {
      this.keyPattern = keyPattern;
      this.allowedKeys = null;
      this.keyHint = "use " + keyExample;
      this.values = values;
    }

    MapShape(List<String> allowedKeys, String why, Shape values) {
      this.keyPattern = null;
      this.allowedKeys = List.copyOf(allowedKeys);
      this.keyHint = why;
      this.values = values;
    }

    @Override
    public void read(PriceFileParser parser, JsonNode node, String path, String key) {
      if (!node.isObject()) {
        parser.error(path, shown(node), "must be an object (was " + kind(node) + ")",
            "write {\"name\": value, ...}; see docs/COST_MODEL.md");
        return;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        String name = entry.getKey();
        String entryPath = child(path, name);
        if (name.equals(NOTE)) {
          TEXT.read(parser, entry.getValue(), entryPath, childKey(key, name));
        } else if (allowedKeys != null && !allowedKeys.contains(name)) {
          parser.error(entryPath, null, "unknown key '" + name + "'",
              Suggestions.didYouMean(name, allowedKeys) + keyHint + "; remove it");
        } else if (keyPattern != null && !keyPattern.matcher(name).matches()) {
          parser.error(entryPath, null, "'" + name + "' is not a valid key here", keyHint);
        } else {
          values.read(parser, entry.getValue(), entryPath, childKey(key, name));
        }
      }
    }
  }
}
