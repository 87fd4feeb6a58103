package io.github.awsinventory.query.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.awsinventory.query.QueryException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Opaque page tokens: the last evaluated key (all string attributes) and a fingerprint of the query,
 * base64url-encoded JSON. A token from another query is refused.
 */
public final class PageTokens {

  private static final ObjectMapper JSON = new ObjectMapper();

  private PageTokens() {}

  static String encode(String queryFingerprint, Map<String, AttributeValue> lastKey) {
    Map<String, Object> token = new LinkedHashMap<>();
    token.put("q", queryFingerprint);
    Map<String, String> key = new TreeMap<>();
    lastKey.forEach((k, v) -> key.put(k, v.s()));
    token.put("k", key);
    try {
      return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(token));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not encode a page token", e);
    }
  }

  static Map<String, AttributeValue> decode(String queryFingerprint, Set<String> keyAttributes, String token) {
    JsonNode node;
    try {
      node = JSON.readTree(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException | JsonProcessingException e) {
      throw new QueryException("not a valid page token; pass the nextToken of the previous page unchanged", e);
    }
    if (node == null || !queryFingerprint.equals(node.path("q").asText()) || !node.path("k").isObject()) {
      throw new QueryException("the page token belongs to another query; pass the nextToken of this "
          + "query's previous page");
    }
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    node.path("k").fields().forEachRemaining(e -> key.put(e.getKey(), AttributeValue.fromS(e.getValue().asText())));
    if (!key.keySet().equals(keyAttributes)) {
      throw new QueryException("not a valid page token (its key is not one of this index); pass the "
          + "nextToken of the previous page unchanged");
    }
    return key;
  }
}
