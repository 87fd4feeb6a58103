package io.github.awsinventory.collector.internal.collectors;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IamRoleCollectorTest {

  private static final String OWN = "111111111111";

  private static Resource trust(String document) throws Exception {
    Resource.Builder r = Resource.builder().resourceId("arn:aws:iam::" + OWN + ":role/r").resourceType(
        ResourceType.IAM_ROLE).accountId(OWN).accountName("test").region("global").name("r")
        .firstSeen(Instant.EPOCH).lastSeen(Instant.EPOCH);
    IamRoleCollector.trust(r, IamRoleCollector.trustPolicy(document), OWN);
    return r.build();
  }

  @Test
  void trust_listsServicesAndAwsPrincipals_andTheForeignOnesWithTheirExternalIdCondition() throws Exception {
    Resource role = trust("{\"Version\":\"2012-10-17\",\"Statement\":["
        + "{\"Effect\":\"Allow\",\"Principal\":{\"Service\":[\"lambda.amazonaws.com\",\"ec2.amazonaws.com\"]},"
        + "\"Action\":\"sts:AssumeRole\"},"
        + "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"arn:aws:iam::111111111111:root\",\"222222222222\"]},"
        + "\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\"x\"}}},"
        + "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::333333333333:role/ci\"},"
        + "\"Action\":\"sts:AssumeRole\"},"
        + "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"sts:AssumeRole\"}]}");

    assertThat(role.attributes())
        .containsEntry("trusted_services", List.of("ec2.amazonaws.com", "lambda.amazonaws.com"))
        .containsEntry("trusted_aws_principals", List.of("222222222222", "arn:aws:iam::111111111111:root",
            "arn:aws:iam::333333333333:role/ci"))
        .containsEntry("external_trusts", List.of(
            Map.of("principal", "222222222222", "trusted_account", "222222222222", "external_id_required", true),
            Map.of("principal", "arn:aws:iam::333333333333:role/ci", "trusted_account", "333333333333",
                "external_id_required", false)));
  }

  @Test
  void trust_ofAnyPrincipal_isAnExternalTrustOfEveryAccount_andTheDocumentMayBeUrlEncoded() throws Exception {
    Resource role = trust("%7B%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Principal%22%3A%22*%22%2C"
        + "%22Action%22%3A%22sts%3AAssumeRole%22%7D%5D%7D");

    assertThat(role.attributes()).containsEntry("trusted_aws_principals", List.of("*"))
        .containsEntry("external_trusts", List.of(Map.of("principal", "*", "trusted_account", "*",
            "external_id_required", false)));
  }

  @Test
  void account_readsIdsAndIamArns_only() {
    assertThat(IamRoleCollector.account("arn:aws:iam::222222222222:user/ops/bob")).isEqualTo("222222222222");
    assertThat(IamRoleCollector.account("222222222222")).isEqualTo("222222222222");
    assertThat(IamRoleCollector.account("AIDAEXAMPLE")).isNull();
  }
}
