package io.github.awsinventory.collector.internal.collectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.opensearch.model.DomainConfig;
import software.amazon.awssdk.services.opensearch.model.DomainStatus;

class OpenSearchDomainCollectorTest {

  @Test
  void inVpc_onlyWithAVpcId() {
    assertThat(OpenSearchDomainCollector.inVpc(DomainStatus.builder().vpcOptions(v -> v.vpcId("vpc-1")).build()))
        .isTrue();
    assertThat(OpenSearchDomainCollector.inVpc(DomainStatus.builder().vpcOptions(v -> v.vpcId("")).build()))
        .isFalse();
    assertThat(OpenSearchDomainCollector.inVpc(DomainStatus.builder().build())).isFalse();
  }

  @Test
  void creationDate_isTheClusterConfigsElseTheEngineVersions() {
    Instant cluster = Instant.parse("2026-01-02T03:04:05Z");
    Instant engine = Instant.parse("2026-01-02T03:04:06Z");

    assertThat(OpenSearchDomainCollector.creationDate(DomainConfig.builder()
        .clusterConfig(c -> c.status(s -> s.creationDate(cluster)))
        .engineVersion(e -> e.status(s -> s.creationDate(engine))).build())).isEqualTo(cluster);
    assertThat(OpenSearchDomainCollector.creationDate(DomainConfig.builder().clusterConfig(c -> c.options(o -> { }))
        .engineVersion(e -> e.status(s -> s.creationDate(engine))).build())).isEqualTo(engine);
    assertThat(OpenSearchDomainCollector.creationDate(DomainConfig.builder().build())).isNull();
  }
}
