package io.github.awsinventory.lambda.infrastructure;

import static io.github.awsinventory.lambda.infrastructure.Stacks.CENTRAL_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.MotoServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.Role;

/**
 * The member-account role template deployed into member accounts of moto. moto creates the role and its
 * policy as written but does not evaluate trust policies, so that the ExternalId and organisation conditions
 * are checked as created, not by assuming the role.
 */
@AwsEmulatorTest
class MemberRoleStackIT {

  private static final String STACK = "aws-inventory-role";

  @Test
  void role_trustsTheCentralCollectorWithExternalIdAndOrganisation(MotoServer moto) {
    CloudFormationClient cfn = moto.client(CloudFormationClient.builder(), "111111111111");
    IamClient iam = moto.client(IamClient.builder(), "111111111111");

    Stack stack = Stacks.create(cfn, STACK, Infrastructure.MEMBER_TEMPLATE, Map.of("MasterAccountId", CENTRAL_ACCOUNT,
        "ExternalId", "aws-inventory-0123456789abcdef", "OrganizationId", "o-exampleorg1"));

    Role role = iam.getRole(r -> r.roleName("InventoryRole")).role();
    JsonNode trust = Stacks.trustPolicy(iam, "InventoryRole").path("Statement").get(0);
    assertThat(role.arn()).isEqualTo("arn:aws:iam::111111111111:role/InventoryRole");
    assertThat(stack.outputs()).extracting(Output::outputKey, Output::outputValue)
        .contains(tuple("RoleArn", role.arn()));
    assertThat(trust.path("Principal").path("AWS").asText()).isEqualTo("arn:aws:iam::" + CENTRAL_ACCOUNT + ":root");
    assertThat(trust.path("Condition").path("StringEquals").path("sts:ExternalId").asText())
        .isEqualTo("aws-inventory-0123456789abcdef");
    assertThat(trust.path("Condition").path("StringEquals").path("aws:PrincipalOrgID").asText()).isEqualTo("o-exampleorg1");
    assertThat(trust.path("Condition").path("ArnLike").path("aws:PrincipalArn").asText())
        .isEqualTo("arn:aws:iam::" + CENTRAL_ACCOUNT + ":role/aws-inventory-*");
    assertThat(iam.listRolePolicies(r -> r.roleName("InventoryRole")).policyNames())
        .containsExactly("aws-inventory-read-only");
    assertThat(CfnTemplate.allowedActions(Stacks.rolePolicy(iam, "InventoryRole", "aws-inventory-read-only")))
        .containsExactlyInAnyOrderElementsOf(Infrastructure.memberRoleActions());
    assertThat(iam.listAttachedRolePolicies(r -> r.roleName("InventoryRole")).attachedPolicies()).isEmpty();
  }

  @Test
  void role_withoutOrganisationOrRolePattern_trustsTheCentralAccountWithExternalIdOnly(MotoServer moto) {
    CloudFormationClient cfn = moto.client(CloudFormationClient.builder(), "222222222222");
    IamClient iam = moto.client(IamClient.builder(), "222222222222");

    Stacks.create(cfn, STACK, Infrastructure.MEMBER_TEMPLATE, Map.of("MasterAccountId", CENTRAL_ACCOUNT,
        "ExternalId", "another-external-id", "RoleName", "InventoryReader", "CentralRoleNamePattern", ""));

    JsonNode conditions = Stacks.trustPolicy(iam, "InventoryReader").path("Statement").get(0).path("Condition");
    assertThat(conditions.path("StringEquals").path("sts:ExternalId").asText()).isEqualTo("another-external-id");
    assertThat(conditions.path("StringEquals").has("aws:PrincipalOrgID")).isFalse();
    assertThat(conditions.has("ArnLike")).isFalse();
  }
}
