package io.github.awsinventory.lambda.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.awsinventory.model.config.OrganizationConfig;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemberRoleTemplateTest {

  private final CfnTemplate member = Infrastructure.member();
  private final CfnTemplate central = Infrastructure.central();

  @Test
  void memberRole_allowsExactlyTheCollectorsActionsAndRegionDiscovery() {
    JsonNode policy = member.properties("InventoryRole").path("Policies").get(0).path("PolicyDocument");

    List<String> actions = CfnTemplate.allowedActions(policy);

    assertThat(actions).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(Infrastructure.memberRoleActions());
    assertThat(member.properties("InventoryRole").path("Policies")).hasSize(1);
    assertThat(member.properties("InventoryRole").path("ManagedPolicyArns").isMissingNode()).isTrue();
    assertThat(policy.path("Statement")).allSatisfy(s -> assertThat(s.path("Effect").asText()).isEqualTo("Allow"));
  }

  @Test
  void centralRole_getsTheSameReadOnlyActionsOnlyWhenCollectingItsOwnAccount() {
    JsonNode policy = central.resource("ManagementAccountReadPolicy");

    List<String> actions = CfnTemplate.allowedActions(policy.path("Properties").path("PolicyDocument"));

    assertThat(actions).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(Infrastructure.memberRoleActions());
    assertThat(policy.path("Condition").asText()).isEqualTo("CollectsManagementAccount");
    assertThat(central.root().path("Conditions").path("CollectsManagementAccount").toString())
        .isEqualTo("{\"Fn::Equals\":[{\"Ref\":\"CollectManagementAccount\"},\"true\"]}");
    assertThat(central.parameterDefault("CollectManagementAccount")).isEqualTo("false");
  }

  @Test
  void trust_requiresTheCentralAccountItsCollectorRoleAndTheExternalId() {
    JsonNode statement = member.properties("InventoryRole").path("AssumeRolePolicyDocument").path("Statement").get(0);

    assertThat(statement.path("Principal").path("AWS").toString())
        .isEqualTo("{\"Fn::Sub\":\"arn:${AWS::Partition}:iam::${MasterAccountId}:root\"}");
    assertThat(statement.path("Action").asText()).isEqualTo("sts:AssumeRole");
    JsonNode conditions = statement.path("Condition");
    assertThat(conditions.path("StringEquals").path("sts:ExternalId").toString()).isEqualTo("{\"Ref\":\"ExternalId\"}");
    assertThat(conditions.path("StringEquals").path("aws:PrincipalOrgID").toString())
        .isEqualTo("{\"Fn::If\":[\"HasOrganizationId\",{\"Ref\":\"OrganizationId\"},{\"Ref\":\"AWS::NoValue\"}]}");
    assertThat(conditions.path("ArnLike").toString()).contains("HasCentralRoleNamePattern")
        .contains("arn:${AWS::Partition}:iam::${MasterAccountId}:role/${CentralRoleNamePattern}");
    assertThat(member.parameter("MasterAccountId").path("AllowedPattern").asText()).isEqualTo("^\\d{12}$");
    assertThat(member.parameter("ExternalId").path("MinLength").asInt()).isEqualTo(2);
  }

  @Test
  void defaults_fitTheCentralStack() {
    String centralRoleName = central.properties("ExecutionRole").path("RoleName").path("Fn::Sub").asText()
        .replace("${FunctionName}", central.parameterDefault("FunctionName")).replace("${AWS::Region}", "us-east-1");

    boolean trusted = FileSystems.getDefault().getPathMatcher("glob:" + member.parameterDefault("CentralRoleNamePattern"))
        .matches(Path.of(centralRoleName));

    assertThat(centralRoleName).isEqualTo("aws-inventory-collector-us-east-1");
    assertThat(trusted).as("the default CentralRoleNamePattern matches the collector's role " + centralRoleName).isTrue();
    assertThat(member.parameterDefault("RoleName")).isEqualTo(central.parameterDefault("MemberRoleName"))
        .isEqualTo(OrganizationConfig.DEFAULT_ROLE_NAME);
    assertThat(member.parameter("OrganizationId").path("AllowedPattern").asText())
        .isEqualTo(central.parameter("OrganizationId").path("AllowedPattern").asText());
  }
}
