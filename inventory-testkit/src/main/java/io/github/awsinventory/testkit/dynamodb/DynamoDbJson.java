package io.github.awsinventory.testkit.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items in DynamoDB JSON ({@code {"S": ...}}, {@code {"N": ...}}, {@code {"M": ...}}, ...), as the AWS CLI
 * prints them, read into the SDK's {@link AttributeValue}s. The types read are {@code S}, {@code N}, {@code B}
 * (base64), {@code BOOL}, {@code NULL}, {@code M}, {@code L} and {@code SS}; others are rejected with an
 * {@link IllegalArgumentException} naming the type.
 *
 * <pre>{@code
 * Map<String, AttributeValue> item = DynamoDbJson.item(new ObjectMapper().readTree(
 *     "{\"pk\": {\"S\": \"resource#arn:aws:s3:::logs\"}, \"version\": {\"N\": \"3\"}}"));
 * }</pre>
 */
public final class DynamoDbJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DynamoDbJson() {}

  /**
   * The items of a class-path resource holding one JSON object of named items,
   * {@code {"name": {"pk": {"S": ...}, ...}, ...}}.
   *
   * @param resource the absolute resource name, e.g. {@code /fixtures/known-items.json}
   * @return the items by name, in the file's order
   * @throws IllegalStateException when the resource is not on the class path
   */
  public static Map<String, Map<String, AttributeValue>> namedItems(String resource) {
    try (InputStream in = open(resource)) {
      Map<String, Map<String, AttributeValue>> items = new LinkedHashMap<>();
      JSON.readTree(in).fields().forEachRemaining(e -> items.put(e.getKey(), item(e.getValue())));
      return items;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The items of a class-path resource in JSON lines: one item a line, blank lines skipped.
   *
   * @param resource the absolute resource name, e.g. {@code /fixtures/table.jsonl}
   * @return the items, in the file's order
   * @throws IllegalStateException when the resource is not on the class path
   */
  public static List<Map<String, AttributeValue>> itemLines(String resource) {
    try (InputStream in = open(resource)) {
      List<Map<String, AttributeValue>> items = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          items.add(item(JSON.readTree(line)));
        }
      }
      return items;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One item.
   *
   * @param node a JSON object of attributes in DynamoDB JSON
   * @return the item, attributes in the object's order
   */
  public static Map<String, AttributeValue> item(JsonNode node) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      item.put(field.getKey(), value(field.getValue()));
    }
    return item;
  }

  private static InputStream open(String resource) {
    InputStream in = DynamoDbJson.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is missing from the test class path");
    }
    return in;
  }

  private static AttributeValue value(JsonNode node) {
    Map.Entry<String, JsonNode> typed = node.fields().next();
    JsonNode v = typed.getValue();
    switch (typed.getKey()) {
      case "S":
        return AttributeValue.fromS(v.asText());
      case "N":
        return AttributeValue.fromN(v.asText());
      case "B":
        return AttributeValue.fromB(SdkBytes.fromByteArray(Base64.getDecoder().decode(v.asText())));
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
        throw new IllegalArgumentException("unsupported DynamoDB JSON type " + typed.getKey()
            + "; use S, N, B, BOOL, NULL, M, L or SS");
    }
  }
}
