package io.github.awsinventory.testkit.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DIR = "/io/github/awsinventory/testkit/dynamodb/";

  @Test
  void item_readsEveryTypeOfValue() throws IOException {
    JsonNode node = JSON.readTree("{\"s\": {\"S\": \"text\"}, \"n\": {\"N\": \"1.50\"}, \"b\": {\"B\": \"AQI=\"},"
        + " \"bool\": {\"BOOL\": true}, \"null\": {\"NULL\": true}, \"m\": {\"M\": {\"k\": {\"S\": \"v\"}}},"
        + " \"l\": {\"L\": [{\"N\": \"1\"}, {\"S\": \"two\"}]}, \"ss\": {\"SS\": [\"x\", \"y\"]}}");

    Map<String, AttributeValue> item = DynamoDbJson.item(node);

    assertThat(item).containsExactly(
        Map.entry("s", AttributeValue.fromS("text")),
        Map.entry("n", AttributeValue.fromN("1.50")),
        Map.entry("b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {1, 2}))),
        Map.entry("bool", AttributeValue.fromBool(true)),
        Map.entry("null", AttributeValue.fromNul(true)),
        Map.entry("m", AttributeValue.fromM(Map.of("k", AttributeValue.fromS("v")))),
        Map.entry("l", AttributeValue.fromL(List.of(AttributeValue.fromN("1"), AttributeValue.fromS("two")))),
        Map.entry("ss", AttributeValue.fromSs(List.of("x", "y"))));
  }

  @Test
  void namedItems_readsTheItemsOfAResourceByName_inFileOrder() {
    Map<String, Map<String, AttributeValue>> items = DynamoDbJson.namedItems(DIR + "named-items.json");

    assertThat(items).containsOnlyKeys("run", "resource");
    assertThat(items.keySet()).containsExactly("run", "resource");
    assertThat(items.get("run")).isEqualTo(Map.of("pk", AttributeValue.fromS("run#1"), "count",
        AttributeValue.fromN("3")));
    assertThat(items.get("resource").get("tags").m()).isEqualTo(Map.of("Department", AttributeValue.fromS("data")));
  }

  @Test
  void itemLines_readsOneItemALine_skippingBlankLines() {
    List<Map<String, AttributeValue>> items = DynamoDbJson.itemLines(DIR + "items.jsonl");

    assertThat(items).containsExactly(Map.of("pk", AttributeValue.fromS("a")),
        Map.of("pk", AttributeValue.fromS("b"), "deleted", AttributeValue.fromBool(true)));
  }

  @Test
  void namedItems_ofAMissingResource_namesIt() {
    assertThatThrownBy(() -> DynamoDbJson.namedItems(DIR + "absent.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(DIR + "absent.json is missing from the test class path");
  }

  @Test
  void item_ofAnUnsupportedType_namesTheType() throws IOException {
    JsonNode node = JSON.readTree("{\"ns\": {\"NS\": [\"1\"]}}");

    assertThatThrownBy(() -> DynamoDbJson.item(node))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unsupported DynamoDB JSON type NS");
  }
}
