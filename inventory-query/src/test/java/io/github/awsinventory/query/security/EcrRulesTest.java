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
import org.junit.jupiter.params.provider.ValueSource;

/** ECR-002 (mutable tags), and the controls of ECR-001 to ECR-003 (their values: AttributeValueRulesTest). */
class EcrRulesTest {

  private static Resource repository(String mutability) {
    return resource(ResourceType.ECR_REPOSITORY, "api").name("team/api").putAttributes("image_tag_mutability",
        mutability).build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"MUTABLE", "MUTABLE_WITH_EXCLUSION"})
  void mutableTags_fail(String mutability) {
    List<Finding> findings = evaluate("ECR-002", repository(mutability));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
      assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
      assertThat(f.evidence()).containsExactly(Map.entry("image_tag_mutability", mutability));
      assertThat(f.message()).isEqualTo("ECR repository team/api (api) lets image tags be overwritten "
          + "(image_tag_mutability " + mutability + ")");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"IMMUTABLE", "IMMUTABLE_WITH_EXCLUSION"})
  void immutableTags_pass(String mutability) {
    assertThat(evaluate("ECR-002", repository(mutability))).isEmpty();
  }

  @Test
  void anUndeterminedMutability_isUnknown() {
    Resource missing = resource(ResourceType.ECR_REPOSITORY, "api").build();

    assertThat(evaluate("ECR-002", missing)).singleElement().extracting(Finding::status, Finding::evidence)
        .containsExactly(FindingStatus.UNKNOWN, Map.of(Finding.UNKNOWN_ATTRIBUTES, List.of("image_tag_mutability")));
  }

  @Test
  void theRepositoryRules_nameTheirFoundationalControls() {
    assertThat(Resources.rule("ECR-001").controls()).containsExactly(Control.fsbp("ECR.1"));
    assertThat(Resources.rule("ECR-002").controls()).containsExactly(Control.fsbp("ECR.2"));
    assertThat(Resources.rule("ECR-003").controls()).containsExactly(Control.fsbp("ECR.3"));
  }
}
