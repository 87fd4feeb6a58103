package io.github.awsinventory.collector.internal.collectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.elasticache.model.CacheCluster;

class ElastiCacheClusterCollectorTest {

  @Test
  void needsGroup_onlyForAMemberThatLeavesASettingToItsGroup() {
    assertThat(ElastiCacheClusterCollector.needsGroup(CacheCluster.builder().replicationGroupId("g")
        .atRestEncryptionEnabled(true).build())).isTrue();
    assertThat(ElastiCacheClusterCollector.needsGroup(CacheCluster.builder().replicationGroupId("g")
        .atRestEncryptionEnabled(true).transitEncryptionEnabled(false).build())).isFalse();
    assertThat(ElastiCacheClusterCollector.needsGroup(CacheCluster.builder().build())).isFalse();
  }
}
