package io.github.awsinventory.query.security;

import static io.github.awsinventory.query.security.Resources.evaluate;
import static io.github.awsinventory.query.security.Resources.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OPENSEARCH-001 to OPENSEARCH-003. */
class OpenSearchRulesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "OPENSEARCH-001, encryption_at_rest, is not encrypted at rest, FSBP Opensearch.1",
      "OPENSEARCH-002, node_to_node_encryption, does not encrypt traffic between its nodes, FSBP Opensearch.3",
      "OPENSEARCH-003, in_vpc, 'has a public endpoint, not a VPC one', FSBP Opensearch.2"})
  void rule_whenTheSettingIsOff_fails(String ruleId, String attribute, String problem, String control) {
    Resource domain = resource(ResourceType.OPENSEARCH_DOMAIN, "logs").putAttributes(attribute, false).build();

    assertThat(evaluate(ruleId, domain)).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
      assertThat(f.evidence()).containsExactly(Map.entry(attribute, false));
      assertThat(f.message()).isEqualTo("OpenSearch domain logs " + problem + " (" + attribute + " false)");
      assertThat(f.controls()).extracting(Control::toString).containsExactly(control);
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"OPENSEARCH-001, encryption_at_rest", "OPENSEARCH-002, node_to_node_encryption",
      "OPENSEARCH-003, in_vpc"})
  void rule_whenTheSettingIsOn_passes_andMissingIsUnknown(String ruleId, String attribute) {
    Resource on = resource(ResourceType.OPENSEARCH_DOMAIN, "a").putAttributes(attribute, true).build();
    Resource missing = resource(ResourceType.OPENSEARCH_DOMAIN, "b").build();

    assertThat(evaluate(ruleId, on)).isEmpty();
    assertThat(evaluate(ruleId, missing)).extracting(Finding::status).containsExactly(FindingStatus.UNKNOWN);
  }
}
