package io.github.awsinventory.lambda.infrastructure;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CloudFormation template read from YAML, with the short-form intrinsic functions turned into their long
 * form ({@code !Sub x} becomes {@code {"Fn::Sub": x}}, {@code !Ref x} becomes {@code {"Ref": x}},
 * {@code !GetAtt A.B} becomes {@code {"Fn::GetAtt": ["A", "B"]}}), so tests see what CloudFormation sees.
 */
final class CfnTemplate {

  private static final YAMLFactory YAML = new YAMLFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Path path;
  private final JsonNode root;

  private CfnTemplate(Path path, JsonNode root) {
    this.path = path;
    this.root = root;
  }

  static CfnTemplate load(Path path) {
    try (YAMLParser parser = YAML.createParser(Files.newBufferedReader(path))) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException(path + " is not a YAML mapping");
      }
      return new CfnTemplate(path, read(parser));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  Path path() {
    return path;
  }

  JsonNode root() {
    return root;
  }

  JsonNode resource(String logicalId) {
    return entry("Resources", logicalId, "resource");
  }

  JsonNode properties(String logicalId) {
    return resource(logicalId).path("Properties");
  }

  /** The resources of one type, by logical id, in template order. */
  Map<String, JsonNode> resources(String type) {
    Map<String, JsonNode> found = new LinkedHashMap<>();
    root.path("Resources").fields().forEachRemaining(e -> {
      if (type.equals(e.getValue().path("Type").asText())) {
        found.put(e.getKey(), e.getValue());
      }
    });
    return found;
  }

  JsonNode parameter(String name) {
    return entry("Parameters", name, "parameter");
  }

  /** An entry of a top-level section, e.g. the resource {@code Function} of {@code Resources}. */
  private JsonNode entry(String section, String name, String kind) {
    JsonNode entry = root.path(section).path(name);
    if (entry.isMissingNode()) {
      throw new AssertionError(path.getFileName() + " has no " + kind + " " + name);
    }
    return entry;
  }

  String parameterDefault(String name) {
    return parameter(name).path("Default").asText();
  }

  /** Every action an IAM policy document allows, whether written as one string or a list. */
  static List<String> allowedActions(JsonNode policyDocument) {
    List<String> actions = new ArrayList<>();
    for (JsonNode statement : policyDocument.path("Statement")) {
      if ("Allow".equals(statement.path("Effect").asText())) {
        JsonNode action = statement.path("Action");
        if (action.isArray()) {
          action.forEach(a -> actions.add(a.asText()));
        } else {
          actions.add(action.asText());
        }
      }
    }
    return actions;
  }

  /** The statement with a Sid in a policy document. */
  static JsonNode statement(JsonNode policyDocument, String sid) {
    for (JsonNode statement : policyDocument.path("Statement")) {
      if (sid.equals(statement.path("Sid").asText())) {
        return statement;
      }
    }
    throw new AssertionError("no statement " + sid + " in " + policyDocument);
  }

  private static JsonNode read(YAMLParser parser) throws IOException {
    String tag = parser.getTypeId();
    JsonNode value;
    switch (parser.currentToken()) {
      case START_OBJECT:
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() != JsonToken.END_OBJECT) {
          String name = parser.currentName();
          parser.nextToken();
          object.set(name, read(parser));
        }
        value = object;
        break;
      case START_ARRAY:
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(read(parser));
        }
        value = array;
        break;
      case VALUE_NUMBER_INT:
        value = NODES.numberNode(parser.getLongValue());
        break;
      case VALUE_NUMBER_FLOAT:
        value = NODES.numberNode(parser.getDecimalValue());
        break;
      case VALUE_TRUE:
      case VALUE_FALSE:
        value = NODES.booleanNode(parser.getBooleanValue());
        break;
      case VALUE_NULL:
        value = NODES.nullNode();
        break;
      default:
        value = NODES.textNode(parser.getText());
    }
    return tag == null ? value : intrinsic(tag, value);
  }

  private static JsonNode intrinsic(String tag, JsonNode value) {
    ObjectNode function = NODES.objectNode();
    if (tag.equals("Ref") || tag.equals("Condition")) {
      function.set(tag, value);
    } else if (tag.equals("GetAtt") && value.isTextual()) {
      String[] parts = value.asText().split("\\.", 2);
      function.set("Fn::GetAtt", NODES.arrayNode().add(parts[0]).add(parts[1]));
    } else {
      function.set("Fn::" + tag, value);
    }
    return function;
  }
}
