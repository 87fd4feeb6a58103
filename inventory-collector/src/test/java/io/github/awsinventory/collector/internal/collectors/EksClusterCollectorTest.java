package io.github.awsinventory.collector.internal.collectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eks.model.Cluster;
import software.amazon.awssdk.services.eks.model.LogType;

class EksClusterCollectorTest {

  @Test
  void enabledLogTypes_areTheTypesOfTheEnabledSetupsSorted() {
    Cluster cluster = Cluster.builder().logging(l -> l.clusterLogging(
        s -> s.enabled(true).types(LogType.SCHEDULER, LogType.API),
        s -> s.enabled(false).types(LogType.AUDIT),
        s -> s.enabled(true).types(LogType.AUTHENTICATOR))).build();

    assertThat(EksClusterCollector.enabledLogTypes(cluster)).containsExactly("api", "authenticator", "scheduler");
    assertThat(EksClusterCollector.enabledLogTypes(Cluster.builder().build())).isEmpty();
  }

  @Test
  void secretsEncryption_isTheConfigurationThatCoversSecrets() {
    Cluster encrypted = Cluster.builder().encryptionConfig(
        e -> e.resources("configmaps").provider(p -> p.keyArn("other")),
        e -> e.resources("secrets").provider(p -> p.keyArn("key"))).build();
    Cluster other = Cluster.builder().encryptionConfig(e -> e.resources("configmaps")).build();

    assertThat(EksClusterCollector.secretsEncryption(encrypted)).hasValueSatisfying(
        e -> assertThat(e.provider().keyArn()).isEqualTo("key"));
    assertThat(EksClusterCollector.secretsEncryption(other)).isEmpty();
    assertThat(EksClusterCollector.secretsEncryption(Cluster.builder().build())).isEmpty();
  }
}
