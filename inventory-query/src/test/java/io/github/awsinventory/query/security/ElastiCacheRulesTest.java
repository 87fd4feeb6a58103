package io.github.awsinventory.query.security;

import static io.github.awsinventory.query.security.Resources.evaluate;
import static io.github.awsinventory.query.security.Resources.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ELASTICACHE-001 and ELASTICACHE-002. */
class ElastiCacheRulesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "ELASTICACHE-001, at_rest_encryption_enabled, is not encrypted at rest, FSBP ElastiCache.4",
      "ELASTICACHE-002, transit_encryption_enabled, is not encrypted in transit, FSBP ElastiCache.5"})
  void rule_whenTheSettingIsOff_fails(String ruleId, String attribute, String problem, String control) {
    Resource cluster = resource(ResourceType.ELASTICACHE_CLUSTER, "sessions-001").putAttributes(attribute, false)
        .build();

    assertThat(evaluate(ruleId, cluster)).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
      assertThat(f.evidence()).containsExactly(Map.entry(attribute, false));
      assertThat(f.message()).isEqualTo("ElastiCache cluster sessions-001 " + problem + " (" + attribute + " false)");
      assertThat(f.controls()).extracting(Control::toString).containsExactly(control);
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"ELASTICACHE-001, at_rest_encryption_enabled", "ELASTICACHE-002, transit_encryption_enabled"})
  void rule_whenTheSettingIsOn_passes_andUnknownIsUnknown(String ruleId, String attribute) {
    Resource on = resource(ResourceType.ELASTICACHE_CLUSTER, "a").putAttributes(attribute, true).build();
    Resource unknown = resource(ResourceType.ELASTICACHE_CLUSTER, "b").addUnknownAttributes(attribute).build();

    assertThat(evaluate(ruleId, on)).isEmpty();
    assertThat(evaluate(ruleId, unknown)).extracting(Finding::status).containsExactly(FindingStatus.UNKNOWN);
  }
}
