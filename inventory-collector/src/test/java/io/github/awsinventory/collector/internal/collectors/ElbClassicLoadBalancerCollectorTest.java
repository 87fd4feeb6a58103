package io.github.awsinventory.collector.internal.collectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.elasticloadbalancing.model.ListenerDescription;

class ElbClassicLoadBalancerCollectorTest {

  @Test
  void protocols_areTheFrontEndProtocolsInUpperCaseSortedOnce() {
    List<ListenerDescription> listeners = List.of(
        ListenerDescription.builder().listener(l -> l.protocol("https").loadBalancerPort(443)).build(),
        ListenerDescription.builder().listener(l -> l.protocol("HTTP").loadBalancerPort(80)).build(),
        ListenerDescription.builder().listener(l -> l.protocol("HTTP").loadBalancerPort(8080)).build(),
        ListenerDescription.builder().build());

    assertThat(ElbClassicLoadBalancerCollector.protocols(listeners)).containsExactly("HTTP", "HTTPS");
  }
}
