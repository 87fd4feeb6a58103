package io.github.awsinventory.collector.internal.collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class IamPolicyCollectorTest {

  @Test
  void allowsFullAdmin_isTrueOnlyForAnAllowOfStarOnStar() throws Exception {
    assertThat(IamPolicyCollector.allowsFullAdmin("{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\","
        + "\"Resource\":\"*\"}}")).isTrue();
    assertThat(IamPolicyCollector.allowsFullAdmin("{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:Get*\","
        + "\"*:*\"],\"Resource\":[\"arn:aws:s3:::b\",\"*\"]}]}")).isTrue();
    assertThat(IamPolicyCollector.allowsFullAdmin("{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\","
        + "\"Resource\":\"*\"},{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\"},"
        + "{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"arn:aws:s3:::b/*\"}]}")).isFalse();
  }

  @Test
  void allowsFullAdmin_readsUrlEncodedDocuments_andRejectsOthers() throws Exception {
    assertThat(IamPolicyCollector.allowsFullAdmin("%7B%22Statement%22%3A%7B%22Effect%22%3A%22Allow%22%2C"
        + "%22Action%22%3A%22*%22%2C%22Resource%22%3A%22*%22%7D%7D")).isTrue();
    assertThatThrownBy(() -> IamPolicyCollector.allowsFullAdmin("{not json")).isInstanceOf(IOException.class);
  }
}
