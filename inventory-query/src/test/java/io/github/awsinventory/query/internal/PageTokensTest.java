package io.github.awsinventory.query.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.awsinventory.query.QueryException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class PageTokensTest {

  private static final Set<String> KEYS = Set.of("pk", "sk", "resource_type", "type_sk");
  private static final Map<String, AttributeValue> LAST_KEY = Map.of("pk", AttributeValue.fromS("RES#a"),
      "sk", AttributeValue.fromS("LATEST"), "resource_type", AttributeValue.fromS("ebs_volume"),
      "type_sk", AttributeValue.fromS("111111111111#us-east-1#a"));

  @Test
  void decode_ofAnEncodedKey_returnsTheKey() {
    String token = PageTokens.encode("type=ebs_volume", LAST_KEY);

    assertThat(PageTokens.decode("type=ebs_volume", KEYS, token)).isEqualTo(LAST_KEY);
  }

  @Test
  void decode_ofATokenWhoseKeyIsNotTheIndexKey_isRefusedBeforeItReachesTheTable() {
    String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(
        "{\"q\":\"type=ebs_volume\",\"k\":{\"nonsense\":\"x\"}}".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> PageTokens.decode("type=ebs_volume", KEYS, tampered))
        .isInstanceOf(QueryException.class).hasMessageContaining("not a valid page token");
  }

  @Test
  void decode_ofAnotherQuerysToken_isRefused() {
    String token = PageTokens.encode("type=ebs_volume", LAST_KEY);

    assertThatThrownBy(() -> PageTokens.decode("type=ec2_instance", KEYS, token))
        .isInstanceOf(QueryException.class).hasMessageContaining("another query");
  }
}
