package io.github.awsinventory.lambda.infrastructure;

import static io.github.awsinventory.lambda.infrastructure.Stacks.ARTIFACT_BUCKET;
import static io.github.awsinventory.lambda.infrastructure.Stacks.ARTIFACT_KEY;
import static io.github.awsinventory.lambda.infrastructure.Stacks.CENTRAL_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.awsinventory.model.table.InventoryTable;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.MotoServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackStatus;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationResponse;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The central stack with its defaults, deployed into moto's CloudFormation.
 *
 * <p>moto 5.2 creates the table, bucket, topic, log group, roles and their policies, the function and its
 * version (published, but listed without a physical id), and the dashboard. It skips (creates nothing for) the Lambda alias and its EventInvokeConfig, the
 * Scheduler schedules, CloudWatch alarms, the SNS subscription and topic policy, and the bucket policy; and of
 * what it creates it ignores the table's TTL, point-in-time recovery and SSE specifications, the function's
 * architecture and SnapStart, and the bucket's public access block, ownership controls and lifecycle rules.
 * Those are checked in the template by {@link CentralTemplateTest} and by cfn-lint ({@link TemplatesLintIT}).
 */
@AwsEmulatorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CentralStackIT {

  private static final String STACK = "aws-inventory-system";
  private static final String FUNCTION = "aws-inventory-collector";
  private static final String TABLE = "aws-inventory";

  private MotoServer moto;
  private CloudFormationClient cfn;
  private Stack stack;
  private Map<String, String> created;

  @BeforeAll
  void deploy(MotoServer moto) {
    this.moto = moto;
    Stacks.uploadArtifact(moto.client(S3Client.builder()));
    cfn = moto.client(CloudFormationClient.builder());
    stack = Stacks.create(cfn, STACK, Infrastructure.CENTRAL_TEMPLATE,
        Stacks.ARTIFACTS);
    created = Stacks.createdResources(cfn, STACK);
  }

  @Test
  void stack_createsWhatMotoSupportsAndNothingOfTheDisabledFanOut() {
    assertThat(stack.stackStatus()).isEqualTo(StackStatus.CREATE_COMPLETE);
    assertThat(created).containsKeys("InventoryTable", "ReportBucket", "AlertTopic", "FunctionLogGroup", "ExecutionRole",
        "Function", "DataFunction", "AppFunction", "DataFunctionLogGroup", "AppFunctionLogGroup", "SchedulerRole",
        "Dashboard");
    assertThat(created).doesNotContainKeys("FanOutStateMachine", "FanOutRole", "SchedulerStartFanOutPolicy",
        "ReadConfigPolicy", "ManagementAccountReadPolicy");
    assertThat(created.get("ExecutionRole")).isEqualTo(FUNCTION + "-us-east-1");
  }

  @Test
  void table_isTheCodesDefinition() {
    TableDescription table = moto.client(DynamoDbClient.builder()).describeTable(r -> r.tableName(TABLE)).table();
    CreateTableRequest expected = InventoryTable.createTableRequest(TABLE);

    assertThat(created.get("InventoryTable")).isEqualTo(TABLE);
    assertThat(table.keySchema()).isEqualTo(expected.keySchema());
    assertThat(table.attributeDefinitions()).containsExactlyInAnyOrderElementsOf(expected.attributeDefinitions());
    assertThat(table.globalSecondaryIndexes()).extracting(GlobalSecondaryIndexDescription::indexName)
        .containsExactlyInAnyOrder("resource-type-index", "department-index", "account-index");
    expected.globalSecondaryIndexes().forEach(index -> {
      GlobalSecondaryIndexDescription actual = table.globalSecondaryIndexes().stream()
          .filter(i -> i.indexName().equals(index.indexName())).findFirst().orElseThrow();
      assertThat(actual.keySchema()).as(index.indexName()).isEqualTo(index.keySchema());
      assertThat(actual.projection().projectionType()).as(index.indexName()).isEqualTo(index.projection().projectionType());
    });
    assertThat(table.billingModeSummary().billingMode()).isEqualTo(expected.billingMode())
        .isEqualTo(BillingMode.PAY_PER_REQUEST);
    assertThat(InventoryTable.differences(table)).isEmpty();
    assertThat(table.deletionProtectionEnabled()).isTrue();
  }

  @Test
  void function_runsTheHandlerWithTheStacksResources() {
    LambdaClient lambda = moto.client(LambdaClient.builder());
    GetFunctionConfigurationResponse function = lambda.getFunctionConfiguration(r -> r.functionName(FUNCTION));
    Map<String, String> environment = function.environment().variables();

    assertThat(function.runtime()).isEqualTo(Runtime.JAVA21);
    assertThat(function.handler()).isEqualTo("io.github.awsinventory.lambda.InventoryHandler::handleRequest");
    assertThat(function.timeout()).isEqualTo(900);
    assertThat(function.memorySize()).isEqualTo(2048);
    assertThat(function.role()).isEqualTo("arn:aws:iam::" + CENTRAL_ACCOUNT + ":role/" + FUNCTION + "-us-east-1");
    assertThat(environment).containsEntry("DYNAMODB_TABLE_NAME", TABLE)
        .containsEntry("SNS_TOPIC_ARN", created.get("AlertTopic"))
        .containsEntry("REPORT_BUCKET", created.get("ReportBucket"))
        .containsEntry("MEMBER_ROLE_NAME", "InventoryRole")
        .containsEntry("MONTHLY_COST_THRESHOLD", "1000")
        .containsEntry("EXTERNAL_ID", "")
        .containsEntry("JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1")
        .containsEntry("GROUP_FUNCTIONS", "data=" + groupAlias("data") + ",app=" + groupAlias("app"))
        .doesNotContainKeys("CONFIG_S3_URI", "CONFIG_PATH");
    assertThat(lambda.listVersionsByFunction(r -> r.functionName(FUNCTION)).versions())
        .extracting(FunctionConfiguration::version).containsExactlyInAnyOrder("$LATEST", "1");
  }

  @Test
  void collectorGroupFunctions_runTheSameHandlerWithTheirOwnJar_andDispatchNothing() {
    LambdaClient lambda = moto.client(LambdaClient.builder());
    for (String group : List.of("data", "app")) {
      String name = FUNCTION + "-" + group;
      GetFunctionConfigurationResponse function = lambda.getFunctionConfiguration(r -> r.functionName(name));

      assertThat(function.handler()).as(name).isEqualTo("io.github.awsinventory.lambda.InventoryHandler::handleRequest");
      assertThat(function.role()).as(name).isEqualTo("arn:aws:iam::" + CENTRAL_ACCOUNT + ":role/" + FUNCTION
          + "-us-east-1");
      assertThat(function.environment().variables()).as(name).containsEntry("DYNAMODB_TABLE_NAME", TABLE)
          .doesNotContainKey("GROUP_FUNCTIONS");
      assertThat(lambda.listVersionsByFunction(r -> r.functionName(name)).versions())
          .extracting(FunctionConfiguration::version).as(name).containsExactlyInAnyOrder("$LATEST", "1");
    }
  }

  private static String groupAlias(String group) {
    return "arn:aws:lambda:us-east-1:" + CENTRAL_ACCOUNT + ":function:" + FUNCTION + "-" + group + ":live";
  }

  @Test
  void executionRole_grantsOnlyTheStacksOwnResources() {
    IamClient iam = moto.client(IamClient.builder());
    String role = created.get("ExecutionRole");
    String tableArn = "arn:aws:dynamodb:us-east-1:" + CENTRAL_ACCOUNT + ":table/" + TABLE;

    JsonNode policy = Stacks.rolePolicy(iam, role, "aws-inventory-collector");

    assertThat(iam.listRolePolicies(r -> r.roleName(role)).policyNames()).containsExactly("aws-inventory-collector");
    assertThat(Stacks.trustPolicy(iam, role).path("Statement").get(0).path("Principal").path("Service").asText())
        .isEqualTo("lambda.amazonaws.com");
    JsonNode assume = CfnTemplate.statement(policy, "AssumeMemberRoles");
    assertThat(assume.path("Resource").asText()).isEqualTo("arn:aws:iam::*:role/InventoryRole");
    assertThat(assume.has("Condition")).as("no organisation condition without OrganizationId").isFalse();
    assertThat(CfnTemplate.statement(policy, "InventoryTable").path("Resource")).extracting(JsonNode::asText)
        .containsExactly(tableArn, tableArn + "/index/*");
    assertThat(CfnTemplate.statement(policy, "ReadAccountTags").path("Resource").asText())
        .isEqualTo("arn:aws:organizations::*:account/o-*/*");
    assertThat(CfnTemplate.statement(policy, "WriteReports").path("Resource").asText())
        .isEqualTo("arn:aws:s3:::" + created.get("ReportBucket") + "/reports/*");
    assertThat(CfnTemplate.statement(policy, "PublishAlerts").path("Resource").asText())
        .isEqualTo(created.get("AlertTopic"));
    String logs = "arn:aws:logs:us-east-1:" + CENTRAL_ACCOUNT + ":log-group:/aws/lambda/" + FUNCTION;
    assertThat(CfnTemplate.statement(policy, "WriteOwnLogs").path("Resource")).extracting(JsonNode::asText)
        .containsExactly(logs + ":*", logs + "-data:*", logs + "-app:*");
    assertThat(CfnTemplate.statement(policy, "InvokeGroupFunctions").path("Resource")).extracting(JsonNode::asText)
        .containsExactly(groupAlias("data"), groupAlias("app"));
    assertThat(CfnTemplate.statement(policy, "InvokeGroupFunctions").path("Action").asText())
        .isEqualTo("lambda:InvokeFunction");
    assertThat(CfnTemplate.allowedActions(policy)).doesNotContain("dynamodb:Scan")
        .noneMatch(a -> a.startsWith("ec2:") || a.startsWith("iam:"));
  }

  @Test
  void reportBucketAndTopic_areEncryptedAndUnsubscribedWithoutAnAddress() {
    S3Client s3 = moto.client(S3Client.builder());
    SnsClient sns = moto.client(SnsClient.builder());

    String algorithm = s3.getBucketEncryption(r -> r.bucket(created.get("ReportBucket")))
        .serverSideEncryptionConfiguration().rules().get(0).applyServerSideEncryptionByDefault().sseAlgorithmAsString();

    assertThat(algorithm).isEqualTo("AES256");
    assertThat(sns.getTopicAttributes(r -> r.topicArn(created.get("AlertTopic"))).attributes())
        .containsEntry("TopicArn", created.get("AlertTopic"));
    assertThat(sns.listSubscriptionsByTopic(r -> r.topicArn(created.get("AlertTopic"))).subscriptions()).isEmpty();
  }
}
