package io.github.awsinventory.lambda.infrastructure;

import static io.github.awsinventory.lambda.infrastructure.Stacks.ARTIFACT_BUCKET;
import static io.github.awsinventory.lambda.infrastructure.Stacks.ARTIFACT_KEY;
import static io.github.awsinventory.lambda.infrastructure.Stacks.CENTRAL_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.MotoServer;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineResponse;

/**
 * The central stack with every option on (fan-out, organisation, config in S3, e-mail, management account),
 * deployed into moto's CloudFormation. moto skips the e-mail subscription (AWS::SNS::Subscription) and the
 * schedules; see {@link CentralStackIT} for everything else it skips.
 */
@AwsEmulatorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CentralStackFanOutIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STACK = "aws-inventory-system";
  private static final String ORGANIZATION = "o-exampleorg1";
  private static final String ALIAS = "arn:aws:lambda:us-east-1:" + CENTRAL_ACCOUNT + ":function:aws-inventory-collector:live";

  private MotoServer moto;
  private IamClient iam;
  private Map<String, String> created;

  @BeforeAll
  void deploy(MotoServer moto) {
    this.moto = moto;
    Stacks.uploadArtifact(moto.client(S3Client.builder()));
    CloudFormationClient cfn = moto.client(CloudFormationClient.builder());
    Stacks.create(cfn, STACK, Infrastructure.CENTRAL_TEMPLATE, Map.ofEntries(
        Map.entry("ArtifactBucket", ARTIFACT_BUCKET), Map.entry("ArtifactKey", ARTIFACT_KEY),
        Map.entry("DataArtifactKey", Stacks.DATA_ARTIFACT_KEY), Map.entry("AppArtifactKey", Stacks.APP_ARTIFACT_KEY),
        Map.entry("EnableFanOut", "true"), Map.entry("BatchSize", "40"), Map.entry("FanOutMaxConcurrency", "7"),
        Map.entry("OrganizationId", ORGANIZATION), Map.entry("ExternalId", "external-id-for-tests"),
        Map.entry("ConfigBucket", "config-bucket"), Map.entry("ConfigKey", "aws-inventory/accounts.json"),
        Map.entry("EmailAddress", "ops@example.com"), Map.entry("CollectManagementAccount", "true")));
    created = Stacks.createdResources(cfn, STACK);
    iam = moto.client(IamClient.builder());
  }

  @Test
  void stateMachine_plansCollectsBatchesThroughTheAliasAndSummarises() throws Exception {
    DescribeStateMachineResponse machine = moto.client(SfnClient.builder())
        .describeStateMachine(r -> r.stateMachineArn(created.get("FanOutStateMachine")));
    JsonNode definition = JSON.readTree(machine.definition());
    JsonNode map = definition.path("States").path("CollectBatches");

    assertThat(machine.name()).isEqualTo("aws-inventory-collector-fan-out");
    assertThat(machine.roleArn()).endsWith(":role/" + created.get("FanOutRole"));
    assertThat(definition.path("States").path("Plan").path("Parameters").path("Payload"))
        .isEqualTo(JSON.readTree("{\"action\": \"plan\", \"batch_size\": 40}"));
    assertThat(map.path("MaxConcurrency").asInt()).isEqualTo(7);
    assertThat(map.path("ItemsPath").asText()).isEqualTo("$.batches");
    assertThat(definition.findValues("FunctionName")).extracting(JsonNode::asText).containsExactly(ALIAS, ALIAS, ALIAS);
    assertThat(definition.path("States").path("Summary").path("Parameters").path("Payload").path("action").asText())
        .isEqualTo("summary");
  }

  @Test
  void fanOutRole_mayOnlyInvokeTheLiveAlias() {
    String role = created.get("FanOutRole");

    JsonNode policy = Stacks.rolePolicy(iam, role, "invoke-collector");

    assertThat(iam.listRolePolicies(r -> r.roleName(role)).policyNames()).containsExactly("invoke-collector");
    assertThat(policy.path("Statement")).hasSize(1);
    assertThat(CfnTemplate.allowedActions(policy)).containsExactly("lambda:InvokeFunction");
    assertThat(policy.path("Statement").get(0).path("Resource").asText()).isEqualTo(ALIAS);
    assertThat(Stacks.trustPolicy(iam, role).path("Statement").get(0).path("Principal").path("Service").asText())
        .isEqualTo("states.amazonaws.com");
  }

  @Test
  void scheduler_mayStartTheStateMachine() {
    String role = created.get("SchedulerRole");

    JsonNode startPolicy = Stacks.rolePolicy(iam, role, "start-fan-out");

    assertThat(CfnTemplate.allowedActions(startPolicy)).containsExactly("states:StartExecution");
    assertThat(startPolicy.path("Statement").get(0).path("Resource").asText()).isEqualTo(created.get("FanOutStateMachine"));
    assertThat(Stacks.rolePolicy(iam, role, "invoke-collector").path("Statement").get(0).path("Resource").asText())
        .isEqualTo(ALIAS);
  }

  @Test
  void executionRole_isLimitedToTheOrganisationReadsTheConfigAndCollectsItsOwnAccount() {
    String role = created.get("ExecutionRole");
    JsonNode policy = Stacks.rolePolicy(iam, role, "aws-inventory-collector");

    JsonNode management = Stacks.rolePolicy(iam, role, "aws-inventory-read-this-account");

    assertThat(iam.listRolePolicies(r -> r.roleName(role)).policyNames()).containsExactlyInAnyOrder(
        "aws-inventory-collector", "aws-inventory-read-config", "aws-inventory-read-this-account");
    assertThat(CfnTemplate.statement(policy, "AssumeMemberRoles").path("Condition").path("StringEquals")
        .path("aws:ResourceOrgID").asText()).isEqualTo(ORGANIZATION);
    assertThat(CfnTemplate.statement(policy, "ReadAccountTags").path("Resource").asText())
        .isEqualTo("arn:aws:organizations::*:account/" + ORGANIZATION + "/*");
    assertThat(Stacks.rolePolicy(iam, role, "aws-inventory-read-config").path("Statement").get(0).path("Resource").asText())
        .isEqualTo("arn:aws:s3:::config-bucket/aws-inventory/accounts.json");
    assertThat(CfnTemplate.allowedActions(management))
        .containsExactlyInAnyOrderElementsOf(Infrastructure.memberRoleActions());
  }

  @Test
  void function_getsTheConfigLocationAndExternalId() {
    Map<String, String> environment = moto.client(LambdaClient.builder())
        .getFunctionConfiguration(r -> r.functionName("aws-inventory-collector")).environment().variables();

    assertThat(environment).containsEntry("CONFIG_S3_URI", "s3://config-bucket/aws-inventory/accounts.json")
        .containsEntry("EXTERNAL_ID", "external-id-for-tests").doesNotContainKey("CONFIG_PATH");
  }
}
