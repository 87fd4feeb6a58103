package io.github.awsinventory.query.security;

import static io.github.awsinventory.query.security.Resources.evaluate;
import static io.github.awsinventory.query.security.Resources.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** IAM-004: a role that another account, or anyone, can assume without an external id. */
class RoleTrustRuleTest {

  private static Map<String, Object> trust(String principal, String account, boolean externalId) {
    return Map.of("principal", principal, "trusted_account", account, "external_id_required", externalId);
  }

  private static Resource role(List<Map<String, Object>> trusts) {
    return resource(ResourceType.IAM_ROLE, "deployer").region("global").putAttributes("external_trusts", trusts)
        .build();
  }

  @Test
  void evaluate_trustingAnyoneOrAnotherAccountWithoutExternalId_failsNamingThem() {
    List<Finding> findings = evaluate("IAM-004", role(List.of(trust("*", "*", false),
        trust("arn:aws:iam::222222222222:root", "222222222222", false),
        trust("333333333333", "333333333333", true))));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(FindingStatus.FAIL);
      assertThat(f.severity()).isEqualTo(Severity.HIGH);
      assertThat(f.message()).isEqualTo("IAM role deployer can be assumed without an external id by any AWS "
          + "principal (*), arn:aws:iam::222222222222:root");
      assertThat((List<?>) f.evidence().get("external_trusts")).hasSize(2);
    });
  }

  @Test
  void evaluate_withOnlyExternalIdTrustsOrNone_passes() {
    assertThat(evaluate("IAM-004", role(List.of(trust("333333333333", "333333333333", true))))).isEmpty();
    assertThat(evaluate("IAM-004", role(List.of()))).isEmpty();
  }

  @Test
  void evaluate_whenTheTrustPolicyIsUnknown_reportsUnknown() {
    Resource role = resource(ResourceType.IAM_ROLE, "deployer").addUnknownAttributes("external_trusts").build();

    assertThat(evaluate("IAM-004", role)).singleElement().extracting(Finding::status)
        .isEqualTo(FindingStatus.UNKNOWN);
  }
}
