package io.github.awsinventory.collector.internal.collectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.model.PasswordPolicy;

class AwsAccountCollectorTest {

  @Test
  void passwordPolicy_withoutReusePreventionOrExpiry_recordsZeroReuseAndNoMaxAge() {
    PasswordPolicy policy = PasswordPolicy.builder().minimumPasswordLength(8).requireSymbols(true)
        .expirePasswords(false).build();

    Map<String, Object> settings = AwsAccountCollector.passwordPolicy(policy);

    assertThat(settings).containsEntry("minimum_password_length", 8L).containsEntry("require_symbols", true)
        .containsEntry("require_numbers", false).containsEntry("password_reuse_prevention", 0L)
        .doesNotContainKey("max_password_age");
  }

  @Test
  void ebsEntries_areSortedByRegion_andAnUnansweredRegionHasNoEnabled() {
    List<Map<String, Object>> entries = AwsAccountCollector.ebsEntries(Map.of("us-east-1", true, "eu-west-1", false),
        List.of("ap-south-1"));

    assertThat(entries).containsExactly(Map.of("region_name", "ap-south-1"),
        Map.of("region_name", "eu-west-1", "enabled", false), Map.of("region_name", "us-east-1", "enabled", true));
  }
}
