package io.github.awsinventory.model.pricing.internal;

import static io.github.awsinventory.model.config.ConfigProblems.kind;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.awsinventory.model.util.Suggestions;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The price file format of {@code docs/COST_MODEL.md} as a tree of shapes: which keys each object may hold,
 * which are required, which names a map's keys may be, and how each value is read into the
 * {@link PriceFileParser}.
 */
final class PriceFileShapes {

  private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");
  private static final Pattern INSTANCE_TYPE = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z0-9-]+");
  private static final Pattern DB_INSTANCE_CLASS = Pattern.compile("db\\.[a-z][a-z0-9-]*\\.[a-z0-9-]+");
  static final Pattern FAMILY = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Pattern NODE_TYPE = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z0-9-]+\\.[a-z0-9-]+");
  private static final Pattern REDSHIFT_NODE_TYPE = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z0-9-]+");
  private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9_-]*");
  private static final String NOTE = "note";

  private static final Shape TEXT = (parser, node, path, key) -> parser.text(node, path, key, null, null);
  private static final Shape AMOUNT = (parser, node, path, key) -> parser.number(node, path, key, false);
  private static final Shape POSITIVE = (parser, node, path, key) -> parser.number(node, path, key, true);

  static final Shape ROOT = new ObjectShape("section")
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
          .optional("hourly", new MapShape(WORD, "a load balancer type such as application", AMOUNT))
          .optional("classic_hourly", AMOUNT))
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
          .optional("storage_gb_month", AMOUNT))
      .optional("kms", new ObjectShape("key")
          .optional("customer_managed_key_month", AMOUNT))
      .optional("secretsmanager", new ObjectShape("key")
          .optional("secret_month", AMOUNT))
      .optional("logs", new ObjectShape("key")
          .optional("storage_gb_month", AMOUNT))
      .optional("ecr", new ObjectShape("key")
          .optional("storage_gb_month", AMOUNT))
      .optional("eks", new ObjectShape("key")
          .optional("cluster_hourly", AMOUNT))
      .optional("efs", new ObjectShape("key")
          .optional("standard_gb_month", AMOUNT))
      .optional("elasticache", new ObjectShape("key")
          .optional("node_hourly", new MapShape(NODE_TYPE, "a node type such as cache.r6g.large", AMOUNT)))
      .optional("redshift", new ObjectShape("key")
          .optional("node_hourly", new MapShape(REDSHIFT_NODE_TYPE, "a node type such as ra3.xlplus", AMOUNT)))
      .optional("opensearch", new ObjectShape("key")
          .optional("instance_hourly", new MapShape(NODE_TYPE, "an instance type such as r6g.large.search",
              AMOUNT)))
      .optional("kinesis", new ObjectShape("key")
          .optional("shard_hourly", AMOUNT)
          .optional("on_demand_stream_hourly", AMOUNT))
      .optional("route53", new ObjectShape("key")
          .optional("hosted_zone_month", AMOUNT));

  private PriceFileShapes() {}

  /** A JSON value the file may hold and how to read it into the parser. */
  @FunctionalInterface
  interface Shape {
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
        parser.error(path, PriceFileParser.shown(node), "must be an object (was " + kind(node) + ")",
            "write {\"key\": value, ...}; see docs/COST_MODEL.md");
        return;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        Shape shape = fields.get(field.getKey());
        if (shape == null) {
          parser.error(PriceFileParser.child(path, field.getKey()), null, "unknown " + noun + " '" + field.getKey() + "'",
              Suggestions.didYouMean(field.getKey(), fields.keySet()) + "the known " + noun + "s here are "
                  + String.join(", ", fields.keySet()) + "; fix the spelling or remove it");
        } else {
          shape.read(parser, field.getValue(), PriceFileParser.child(path, field.getKey()),
              PriceFileParser.childKey(key, field.getKey()));
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
        parser.error(path, PriceFileParser.shown(node), "must be an object (was " + kind(node) + ")",
            "write {\"name\": value, ...}; see docs/COST_MODEL.md");
        return;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        String name = entry.getKey();
        String entryPath = PriceFileParser.child(path, name);
        if (name.equals(NOTE)) {
          TEXT.read(parser, entry.getValue(), entryPath, PriceFileParser.childKey(key, name));
        } else if (allowedKeys != null && !allowedKeys.contains(name)) {
          parser.error(entryPath, null, "unknown key '" + name + "'",
              Suggestions.didYouMean(name, allowedKeys) + keyHint + "; remove it");
        } else if (keyPattern != null && !keyPattern.matcher(name).matches()) {
          parser.error(entryPath, null, "'" + name + "' is not a valid key here", keyHint);
        } else {
          values.read(parser, entry.getValue(), entryPath, PriceFileParser.childKey(key, name));
        }
      }
    }
  }
}
