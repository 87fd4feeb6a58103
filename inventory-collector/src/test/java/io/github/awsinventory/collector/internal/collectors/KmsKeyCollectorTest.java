package io.github.awsinventory.collector.internal.collectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kms.model.AliasListEntry;

class KmsKeyCollectorTest {

  @Test
  void aliasesByKey_groupsEachKeysAliasesSorted_andSkipsAliasesWithoutAKey() {
    List<AliasListEntry> aliases = List.of(
        AliasListEntry.builder().aliasName("alias/orders").targetKeyId("k1").build(),
        AliasListEntry.builder().aliasName("alias/archive").targetKeyId("k1").build(),
        AliasListEntry.builder().aliasName("alias/aws/ebs").targetKeyId("k2").build(),
        AliasListEntry.builder().aliasName("alias/unused").build());

    Map<String, List<String>> byKey = KmsKeyCollector.aliasesByKey(aliases);

    assertThat(byKey).containsOnly(
        Map.entry("k1", List.of("alias/archive", "alias/orders")),
        Map.entry("k2", List.of("alias/aws/ebs")));
  }

  @Test
  void isAwsManaged_isTrueOnlyForAKeyWithAnAwsAlias() {
    assertThat(KmsKeyCollector.isAwsManaged(List.of("alias/aws/ebs"))).isTrue();
    assertThat(KmsKeyCollector.isAwsManaged(List.of("alias/aws-backups", "alias/orders"))).isFalse();
    assertThat(KmsKeyCollector.isAwsManaged(List.of())).isFalse();
  }
}
