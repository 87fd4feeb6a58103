package io.github.awsinventory.model.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Items in DynamoDB JSON ({@code {"S": ...}}, {@code {"N": ...}}, {@code {"M": ...}}, ...), as the AWS CLI prints them. */
final class DynamoDbJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DynamoDbJson() {}

  /** The items of a class-path resource holding a JSON object of named items. */
  static Map<String, Map<String, AttributeValue>> namedItems(String resource) {
    try (InputStream in = DynamoDbJson.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the test class path");
      }
      Map<String, Map<String, AttributeValue>> items = new LinkedHashMap<>();
      JSON.readTree(in).fields().forEachRemaining(e -> items.put(e.getKey(), item(e.getValue())));
      return items;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One item. */
  static Map<String, AttributeValue> item(JsonNode node) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      item.put(field.getKey(), value(field.getValue()));
    }
    return item;
  }

  /** An item as DynamoDB JSON, attributes sorted by name. */
  static ObjectNode json(Map<String, AttributeValue> item) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    new TreeMap<>(item).forEach((k, v) -> node.set(k, json(v)));
    return node;
  }

  private static ObjectNode json(AttributeValue value) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    switch (value.type()) {
      case S:
        return node.put("S", value.s());
      case N:
        return node.put("N", value.n());
      case BOOL:
        return node.put("BOOL", value.bool());
      case NUL:
        return node.put("NULL", true);
      case M:
        node.set("M", json(value.m()));
        return node;
      case L:
        ArrayNode list = node.putArray("L");
        value.l().forEach(v -> list.add(json(v)));
        return node;
      default:
        throw new IllegalArgumentException("no DynamoDB JSON for type " + value.type() + " in these tests");
    }
  }

  private static AttributeValue value(JsonNode node) {
    Map.Entry<String, JsonNode> typed = node.fields().next();
    JsonNode v = typed.getValue();
    switch (typed.getKey()) {
      case "S":
        return AttributeValue.fromS(v.asText());
      case "N":
        return AttributeValue.fromN(v.asText());
      case "BOOL":
        return AttributeValue.fromBool(v.asBoolean());
      case "NULL":
        return AttributeValue.fromNul(true);
      case "M":
        return AttributeValue.fromM(item(v));
      case "L":
        List<AttributeValue> list = new ArrayList<>();
        v.forEach(element -> list.add(value(element)));
        return AttributeValue.fromL(list);
      case "SS":
        List<String> strings = new ArrayList<>();
        v.forEach(element -> strings.add(element.asText()));
        return AttributeValue.fromSs(strings);
      default:
        throw new IllegalArgumentException("unsupported DynamoDB JSON type " + typed.getKey());
    }
  }
}
