package io.github.awsinventory.query.security;

import static io.github.awsinventory.query.security.Resources.evaluate;
import static io.github.awsinventory.query.security.Resources.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ELB-001: internet-facing classic load balancers that listen on plain HTTP only. */
class ClassicLoadBalancerRuleTest {

  private static Resource balancer(String scheme, List<String> protocols) {
    Resource.Builder balancer = resource(ResourceType.ELB_CLASSIC_LOAD_BALANCER, "web").name("shop");
    if (scheme != null) {
      balancer.putAttributes("scheme", scheme);
    } else {
      balancer.addUnknownAttributes("scheme");
    }
    if (protocols != null) {
      balancer.putAttributes("listener_protocols", protocols);
    } else {
      balancer.addUnknownAttributes("listener_protocols");
    }
    return balancer.build();
  }

  @Test
  void internetFacingWithOnlyHttp_fails() {
    List<Finding> findings = evaluate("ELB-001", balancer("internet-facing", List.of("HTTP", "TCP")));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
      assertThat(f.severity()).isEqualTo(Severity.HIGH);
      assertThat(f.evidence()).containsExactly(Map.entry("scheme", "internet-facing"),
          Map.entry("listener_protocols", List.of("HTTP", "TCP")));
      assertThat(f.message()).isEqualTo("classic load balancer shop (web) is internet-facing and listens on plain "
          + "HTTP only (listener_protocols HTTP, TCP)");
      assertThat(f.controls()).containsExactly(Control.fsbp("ELB.3"));
    });
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "internet-facing, HTTP;HTTPS",
      "internet-facing, HTTP;SSL",
      "internet-facing, TCP",
      "internal, HTTP"})
  void encryptedOrNotPlainHttpOrInternal_passes(String scheme, String protocols) {
    assertThat(evaluate("ELB-001", balancer(scheme, List.of(protocols.split(";"))))).isEmpty();
  }

  @Test
  void whatOneAttributeDecides_passesEvenWhenTheOtherIsUnknown() {
    assertThat(evaluate("ELB-001", balancer("internal", null))).isEmpty();
    assertThat(evaluate("ELB-001", balancer(null, List.of("HTTPS")))).isEmpty();
  }

  @Test
  void undecidedWithoutTheOtherAttribute_isUnknown() {
    assertThat(evaluate("ELB-001", balancer(null, List.of("HTTP")))).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.UNKNOWN);
      assertThat(f.evidence()).containsExactly(Map.entry(Finding.UNKNOWN_ATTRIBUTES, List.of("scheme")));
    });
    assertThat(evaluate("ELB-001", balancer("internet-facing", null))).extracting(Finding::status)
        .containsExactly(FindingStatus.UNKNOWN);
  }
}
