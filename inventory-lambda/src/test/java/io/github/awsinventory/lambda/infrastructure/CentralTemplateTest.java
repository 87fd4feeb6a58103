package io.github.awsinventory.lambda.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.awsinventory.model.table.InventoryTable;
import io.github.awsinventory.model.table.TableLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;

/** The central template read as CloudFormation reads it: what it declares, checked without deploying it. */
class CentralTemplateTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ALIAS_ARN = "{\"Fn::Sub\":\"${Function.Arn}:live\"}";
  private static final List<String> LAMBDA_SERVICE_ERRORS = List.of("Lambda.ServiceException",
      "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException");

  private final CfnTemplate template = Infrastructure.central();

  @Test
  void table_isTheCodesDefinition() {
    String name = template.parameterDefault("TableName");
    CreateTableRequest expected = InventoryTable.createTableRequest(name);

    CreateTableRequest declared = tableRequest(template.properties("InventoryTable"), name);

    assertThat(name).isEqualTo(TableLayout.DEFAULT_TABLE_NAME);
    assertThat(template.properties("InventoryTable").path("TableName").toString()).isEqualTo("{\"Ref\":\"TableName\"}");
    assertThat(declared.keySchema()).isEqualTo(expected.keySchema());
    assertThat(declared.attributeDefinitions()).containsExactlyInAnyOrderElementsOf(expected.attributeDefinitions());
    assertThat(declared.globalSecondaryIndexes()).containsExactlyInAnyOrderElementsOf(expected.globalSecondaryIndexes());
    assertThat(declared.billingMode()).isEqualTo(expected.billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
    assertThat(declared.localSecondaryIndexes()).isEmpty();
  }

  @Test
  void table_expiresByTtlHasPointInTimeRecoveryKmsAndOutlivesTheStack() {
    JsonNode table = template.resource("InventoryTable");
    JsonNode properties = table.path("Properties");

    assertThat(properties.path("TimeToLiveSpecification").path("AttributeName").asText()).isEqualTo(TableLayout.TTL);
    assertThat(properties.path("TimeToLiveSpecification").path("Enabled").asBoolean()).isTrue();
    assertThat(properties.path("PointInTimeRecoverySpecification").path("PointInTimeRecoveryEnabled").asBoolean())
        .isTrue();
    assertThat(properties.path("SSESpecification").path("SSEEnabled").asBoolean()).isTrue();
    assertThat(properties.path("SSESpecification").path("SSEType").asText()).isEqualTo("KMS");
    assertThat(table.path("DeletionPolicy").asText()).isEqualTo("Retain");
    assertThat(table.path("UpdateReplacePolicy").asText()).isEqualTo("Retain");
  }

  @Test
  void executionRole_assumesOnlyMemberRolesAndTouchesOnlyItsOwnResources() {
    JsonNode policy = template.properties("ExecutionRole").path("Policies").get(0).path("PolicyDocument");
    List<String> everyAction = new ArrayList<>(CfnTemplate.allowedActions(policy));
    everyAction.addAll(CfnTemplate.allowedActions(template.properties("ReadConfigPolicy").path("PolicyDocument")));

    JsonNode assume = CfnTemplate.statement(policy, "AssumeMemberRoles");
    JsonNode table = CfnTemplate.statement(policy, "InventoryTable");

    assertThat(everyAction).filteredOn(a -> a.startsWith("sts:")).containsExactly("sts:AssumeRole");
    assertThat(assume.path("Resource").toString())
        .isEqualTo("{\"Fn::Sub\":\"arn:${AWS::Partition}:iam::*:role/${MemberRoleName}\"}");
    assertThat(assume.path("Condition").toString()).isEqualTo("{\"Fn::If\":[\"HasOrganizationId\","
        + "{\"StringEquals\":{\"aws:ResourceOrgID\":{\"Ref\":\"OrganizationId\"}}},{\"Ref\":\"AWS::NoValue\"}]}");
    assertThat(everyAction).filteredOn(a -> a.startsWith("dynamodb:")).containsExactlyInAnyOrder(
        "dynamodb:BatchWriteItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:GetItem", "dynamodb:Query",
        "dynamodb:DescribeTable", "dynamodb:DescribeTimeToLive");
    assertThat(table.path("Resource").toString()).isEqualTo("[{\"Fn::GetAtt\":[\"InventoryTable\",\"Arn\"]},"
        + "{\"Fn::Sub\":\"${InventoryTable.Arn}/index/*\"}]");
    assertThat(everyAction).filteredOn(a -> a.startsWith("organizations:"))
        .containsExactlyInAnyOrder("organizations:ListAccounts", "organizations:ListTagsForResource");
    assertThat(everyAction).filteredOn(a -> a.startsWith("s3:")).containsExactlyInAnyOrder("s3:PutObject", "s3:GetObject");
    assertThat(CfnTemplate.statement(policy, "WriteReports").path("Resource").toString())
        .isEqualTo("{\"Fn::Sub\":\"${ReportBucket.Arn}/reports/*\"}");
    assertThat(template.resource("ReadConfigPolicy").path("Condition").asText()).isEqualTo("HasConfigObject");
    assertThat(template.properties("ReadConfigPolicy").path("PolicyDocument").path("Statement").get(0)
        .path("Resource").toString())
        .isEqualTo("{\"Fn::Sub\":\"arn:${AWS::Partition}:s3:::${ConfigBucket}/${ConfigKey}\"}");
    assertThat(CfnTemplate.statement(policy, "PublishAlerts").path("Resource").toString())
        .isEqualTo("{\"Ref\":\"AlertTopic\"}");
    assertThat(CfnTemplate.statement(policy, "WriteOwnLogs").path("Resource").toString())
        .contains(":log-group:${FunctionLogGroup}:*");
    assertThat(everyAction).noneMatch(a -> a.contains("*") || a.endsWith(":Scan") || a.startsWith("iam:")
        || a.startsWith("ec2:"));
  }

  @Test
  void function_runsTheHandlerWithSnapStartBehindTheLiveAlias() {
    JsonNode function = template.properties("Function");
    JsonNode alias = template.properties("LiveAlias");
    Set<String> variables = new TreeSet<>();
    function.path("Environment").path("Variables").fieldNames().forEachRemaining(variables::add);

    assertThat(template.parameterDefault("FunctionName")).isEqualTo("aws-inventory-collector");
    assertThat(function.path("Runtime").asText()).isEqualTo("java21");
    assertThat(function.path("Handler").asText()).isEqualTo("io.github.awsinventory.lambda.InventoryHandler::handleRequest");
    assertThat(function.path("SnapStart").path("ApplyOn").asText()).isEqualTo("PublishedVersions");
    assertThat(template.parameterDefault("Architecture")).isEqualTo("arm64");
    assertThat(template.parameter("Architecture").path("AllowedValues").toString()).isEqualTo("[\"arm64\",\"x86_64\"]");
    assertThat(variables).containsExactlyInAnyOrder("DYNAMODB_TABLE_NAME", "SNS_TOPIC_ARN", "REPORT_BUCKET",
        "MONTHLY_COST_THRESHOLD", "CONFIG_S3_URI", "CONFIG_PATH", "EXTERNAL_ID", "MEMBER_ROLE_NAME", "JAVA_TOOL_OPTIONS",
        "GROUP_FUNCTIONS");
    assertThat(alias.path("Name").asText()).isEqualTo("live");
    assertThat(alias.path("FunctionVersion").toString()).isEqualTo("{\"Fn::GetAtt\":[\"FunctionVersion\",\"Version\"]}");
    assertThat(template.properties("FunctionVersion").path("Description").toString()).contains("${DeploymentLabel}");
    assertThat(template.resource("FunctionVersion").path("DependsOn").asText()).isEqualTo("OptionalPoliciesAttached");
    assertThat(template.resource("OptionalPoliciesAttached").path("Metadata").toString())
        .contains("{\"Ref\":\"ReadConfigPolicy\"}").contains("{\"Ref\":\"ManagementAccountReadPolicy\"}");
    assertThat(template.properties("FunctionLogGroup").path("RetentionInDays").toString())
        .isEqualTo("{\"Ref\":\"LogRetentionDays\"}");
  }

  @ParameterizedTest
  @CsvSource({"Data, data", "App, app"})
  void collectorGroupFunctions_runTheSameHandlerWithTheirOwnJar_behindTheirLiveAlias_invokedByTheCoreFunction(
      String prefix, String group) {
    JsonNode core = template.properties("Function");
    JsonNode function = template.properties(prefix + "Function");
    Set<String> variables = new TreeSet<>();
    function.path("Environment").path("Variables").fieldNames().forEachRemaining(variables::add);
    Set<String> coreVariables = new TreeSet<>();
    core.path("Environment").path("Variables").fieldNames().forEachRemaining(coreVariables::add);
    String aliasArn = "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${FunctionName}-" + group
        + ":live";

    assertThat(function.path("FunctionName").toString()).isEqualTo("{\"Fn::Sub\":\"${FunctionName}-" + group + "\"}");
    for (String same : List.of("Runtime", "Handler", "Architectures", "MemorySize", "Timeout", "Role", "SnapStart")) {
      assertThat(function.path(same)).as(same).isEqualTo(core.path(same));
    }
    assertThat(function.path("Code").path("S3Key").toString()).isEqualTo("{\"Ref\":\"" + prefix + "ArtifactKey\"}");
    assertThat(template.parameter(prefix + "ArtifactKey").path("MinLength").asInt()).isEqualTo(1);
    assertThat(variables).as("everything the core function has but the dispatch")
        .isEqualTo(coreVariables.stream().filter(v -> !v.equals("GROUP_FUNCTIONS")).collect(Collectors.toSet()));
    assertThat(template.properties(prefix + "LiveAlias").path("FunctionVersion").toString())
        .isEqualTo("{\"Fn::GetAtt\":[\"" + prefix + "FunctionVersion\",\"Version\"]}");
    assertThat(template.properties(prefix + "FunctionVersion").path("Description").toString())
        .contains("${DeploymentLabel}");
    assertThat(core.path("Environment").path("Variables").path("GROUP_FUNCTIONS").toString())
        .contains(group + "=" + aliasArn);
    assertThat(template.resource("Function").path("DependsOn").toString()).contains(prefix + "LiveAlias");
    assertThat(template.root().toString()).contains("\"Sid\":\"InvokeGroupFunctions\"")
        .contains(aliasArn).contains("log-group:${" + prefix + "FunctionLogGroup}:*");
  }

  @Test
  void schedules_runEveryActionThroughTheLiveAlias() throws JsonProcessingException {
    Map<String, String> expressionByAction = new HashMap<>();

    for (Map.Entry<String, JsonNode> schedule : template.resources("AWS::Scheduler::Schedule").entrySet()) {
      JsonNode properties = schedule.getValue().path("Properties");
      JsonNode target = properties.path("Target");
      JsonNode functionTarget = target.has("Fn::If") ? target.path("Fn::If").get(2) : target;
      String action = JSON.readTree(functionTarget.path("Input").asText()).path("action").asText();
      String expression = template.parameterDefault(properties.path("ScheduleExpression").path("Ref").asText());
      assertThat(functionTarget.path("Arn").toString()).as(schedule.getKey()).isEqualTo(ALIAS_ARN);
      assertThat(properties.path("FlexibleTimeWindow").path("Mode").asText()).as(schedule.getKey()).isEqualTo("OFF");
      assertThat(isSchedulerExpression(expression)).as(schedule.getKey() + ": " + expression).isTrue();
      expressionByAction.put(action, expression);
    }

    assertThat(expressionByAction).containsOnlyKeys("collect", "cost_analysis", "security_check", "cleanup", "summary");
    assertThat(expressionByAction.get("collect")).isEqualTo("cron(0 0/6 * * ? *)");
    assertThat(expressionByAction.get("cleanup")).matches("cron\\(\\S+ \\S+ \\? \\* (MON|SUN|[1-7]) \\*\\)");
  }

  @Test
  void collectSchedule_startsTheStateMachineWhenFanningOut() {
    JsonNode target = template.properties("CollectScheduleRule").path("Target").path("Fn::If");

    assertThat(target.get(0).asText()).isEqualTo("FanOut");
    assertThat(target.get(1).path("Arn").toString()).isEqualTo("{\"Ref\":\"FanOutStateMachine\"}");
    assertThat(template.resource("SchedulerStartFanOutPolicy").path("Condition").asText()).isEqualTo("FanOut");
    assertThat(CfnTemplate.allowedActions(template.properties("SchedulerStartFanOutPolicy").path("PolicyDocument")))
        .containsExactly("states:StartExecution");
    assertThat(CfnTemplate.allowedActions(template.properties("SchedulerRole").path("Policies").get(0)
        .path("PolicyDocument"))).containsExactly("lambda:InvokeFunction");
  }

  @Test
  void stateMachine_plansCollectsEachBatchWithRetriesThenSummarises() throws JsonProcessingException {
    JsonNode definition = stateMachineDefinition(Map.of("BatchSize", "25", "FanOutMaxConcurrency", "10",
        "AWS::Partition", "aws", "CollectorArn", "arn:aws:lambda:us-east-1:123456789012:function:f:live"));
    JsonNode states = definition.path("States");
    JsonNode map = states.path("CollectBatches");
    JsonNode collect = map.path("ItemProcessor").path("States").path("Collect");

    assertThat(definition.path("StartAt").asText()).isEqualTo("Plan");
    assertThat(states.path("Plan").path("Parameters").path("Payload"))
        .isEqualTo(JSON.readTree("{\"action\": \"plan\", \"batch_size\": 25}"));
    assertThat(states.path("Plan").path("Next").asText()).isEqualTo("CollectBatches");
    assertThat(map.path("Type").asText()).isEqualTo("Map");
    assertThat(map.path("ItemsPath").asText()).isEqualTo("$.batches");
    assertThat(map.path("MaxConcurrency").asInt()).isEqualTo(10);
    assertThat(map.path("ItemSelector").path("accounts.$").asText()).isEqualTo("$$.Map.Item.Value");
    // the organisation is listed once, by plan: its listing goes to every batch
    assertThat(states.path("Plan").path("ResultSelector").path("organization_accounts.$").asText())
        .isEqualTo("$.Payload.organization_accounts");
    assertThat(map.path("ItemSelector").path("organization_accounts.$").asText()).isEqualTo("$.organization_accounts");
    assertThat(collect.path("Parameters").path("Payload")).isEqualTo(JSON.readTree("{\"action\": \"collect\", "
        + "\"accounts.$\": \"$.accounts\", \"organization_accounts.$\": \"$.organization_accounts\"}"));
    assertThat(map.path("Next").asText()).isEqualTo("Summary");
    assertThat(states.path("Summary").path("Parameters").path("Payload"))
        .isEqualTo(JSON.readTree("{\"action\": \"summary\"}"));
    List<JsonNode> invocations = lambdaInvocations(definition);
    assertThat(invocations).hasSize(3).allSatisfy(task -> {
      assertThat(task.path("Parameters").path("FunctionName").asText()).endsWith(":live");
      assertThat(task.path("Retry").get(0).path("ErrorEquals")).extracting(JsonNode::asText)
          .containsExactlyInAnyOrderElementsOf(LAMBDA_SERVICE_ERRORS);
    });
    assertThat(transitionsToMissingStates(definition)).isEmpty();
    assertThat(template.parameterDefault("BatchSize")).isEqualTo("25");
  }

  @Test
  void fanOut_isOptionalAndItsRoleMayOnlyInvokeTheFunction() {
    JsonNode policy = template.properties("FanOutRole").path("Policies").get(0).path("PolicyDocument");

    assertThat(template.resource("FanOutStateMachine").path("Condition").asText()).isEqualTo("FanOut");
    assertThat(template.resource("FanOutRole").path("Condition").asText()).isEqualTo("FanOut");
    assertThat(template.parameterDefault("EnableFanOut")).isEqualTo("false");
    assertThat(template.properties("FanOutRole").path("Policies")).hasSize(1);
    assertThat(policy.path("Statement")).hasSize(1);
    assertThat(CfnTemplate.allowedActions(policy)).containsExactly("lambda:InvokeFunction");
    assertThat(policy.path("Statement").get(0).path("Resource").toString()).isEqualTo(ALIAS_ARN);
  }

  @Test
  void alarms_notifyTheTopicAndStayQuietBetweenRuns() {
    Map<String, JsonNode> alarms = template.resources("AWS::CloudWatch::Alarm");
    JsonNode collection = template.properties("CollectionFailuresAlarm");
    int collectEveryHours = hoursBetweenRuns(template.parameterDefault("CollectSchedule"));

    assertThat(alarms).containsKeys("CollectionFailuresAlarm", "FunctionErrorsAlarm", "FunctionThrottlesAlarm");
    assertThat(alarms.values()).allSatisfy(alarm -> {
      assertThat(alarm.path("Properties").path("TreatMissingData").asText()).isEqualTo("notBreaching");
      assertThat(alarm.path("Properties").path("AlarmActions").toString()).isEqualTo("[{\"Ref\":\"AlertTopic\"}]");
      assertThat(alarm.path("Properties").path("EvaluationPeriods").asInt()).isEqualTo(1);
    });
    assertThat(collection.path("Namespace").asText()).isEqualTo("AWSInventory");
    assertThat(collection.path("MetricName").asText()).isEqualTo("FailedAccounts");
    assertThat(collection.path("Period").toString()).isEqualTo("{\"Ref\":\"CollectionAlarmPeriodSeconds\"}");
    assertThat(Integer.parseInt(template.parameterDefault("CollectionAlarmPeriodSeconds")))
        .isEqualTo(collectEveryHours * 3600);
    assertThat(template.properties("Dashboard").path("DashboardBody").toString()).contains("AWSInventory")
        .contains("CollectionDuration").contains("ResourcesCollected").contains("FailedAccounts")
        .contains("TotalMonthlyCost").contains("UnencryptedResources").contains("SecurityIssues");
  }

  @Test
  void reportBucket_isEncryptedPrivateTlsOnlyAndExpiresReports() {
    JsonNode bucket = template.properties("ReportBucket");
    JsonNode tls = template.properties("ReportBucketPolicy").path("PolicyDocument").path("Statement").get(0);
    JsonNode expiry = bucket.path("LifecycleConfiguration").path("Rules").get(0);

    assertThat(bucket.path("BucketEncryption").path("ServerSideEncryptionConfiguration").get(0)
        .path("ServerSideEncryptionByDefault").path("SSEAlgorithm").asText()).isEqualTo("AES256");
    assertThat(bucket.path("PublicAccessBlockConfiguration")).hasSize(4)
        .allSatisfy(setting -> assertThat(setting.asBoolean()).isTrue());
    assertThat(bucket.path("OwnershipControls").path("Rules").get(0).path("ObjectOwnership").asText())
        .isEqualTo("BucketOwnerEnforced");
    assertThat(expiry.path("Prefix").asText()).isEqualTo("reports/");
    assertThat(expiry.path("ExpirationInDays").toString()).isEqualTo("{\"Ref\":\"ReportRetentionDays\"}");
    assertThat(tls.path("Effect").asText()).isEqualTo("Deny");
    assertThat(tls.path("Condition").path("Bool").path("aws:SecureTransport").asText()).isEqualTo("false");
  }

  @Test
  void emailSubscription_existsOnlyWithAnAddress() {
    JsonNode subscription = template.resource("AlertEmailSubscription");

    assertThat(subscription.path("Condition").asText()).isEqualTo("HasEmail");
    assertThat(subscription.path("Properties").path("Protocol").asText()).isEqualTo("email");
    assertThat(template.parameterDefault("EmailAddress")).isEmpty();
    assertThat(template.root().path("Conditions").path("HasEmail").toString())
        .isEqualTo("{\"Fn::Not\":[{\"Fn::Equals\":[{\"Ref\":\"EmailAddress\"},\"\"]}]}");
  }

  private JsonNode stateMachineDefinition(Map<String, String> values) throws JsonProcessingException {
    JsonNode sub = template.properties("FanOutStateMachine").path("DefinitionString").path("Fn::Sub");
    String text = sub.get(0).asText();
    assertThat(sub.get(1).path("CollectorArn").toString()).isEqualTo(ALIAS_ARN);
    Matcher placeholder = Pattern.compile("\\$\\{([^}!]+)}").matcher(text);
    StringBuilder resolved = new StringBuilder();
    while (placeholder.find()) {
      String name = placeholder.group(1);
      assertThat(values).as("a value for ${" + name + "}").containsKey(name);
      placeholder.appendReplacement(resolved, Matcher.quoteReplacement(values.get(name)));
    }
    placeholder.appendTail(resolved);
    return JSON.readTree(resolved.toString());
  }

  private static List<JsonNode> lambdaInvocations(JsonNode definition) {
    List<JsonNode> tasks = new ArrayList<>();
    definition.findParents("Resource").forEach(state -> {
      if (state.path("Resource").asText().endsWith(":states:::lambda:invoke")) {
        tasks.add(state);
      }
    });
    return tasks;
  }

  /** Next, Default and Catch targets that name no state of their own scope. */
  private static List<String> transitionsToMissingStates(JsonNode machine) {
    List<String> missing = new ArrayList<>();
    JsonNode states = machine.path("States");
    if (!states.has(machine.path("StartAt").asText())) {
      missing.add("StartAt " + machine.path("StartAt").asText());
    }
    states.fields().forEachRemaining(entry -> {
      JsonNode state = entry.getValue();
      List<String> targets = new ArrayList<>();
      if (state.has("Next")) {
        targets.add(state.path("Next").asText());
      }
      if (state.has("Default")) {
        targets.add(state.path("Default").asText());
      }
      state.path("Choices").forEach(choice -> targets.add(choice.path("Next").asText()));
      state.path("Catch").forEach(c -> targets.add(c.path("Next").asText()));
      targets.stream().filter(t -> !states.has(t)).forEach(t -> missing.add(entry.getKey() + " -> " + t));
      boolean terminal = state.path("End").asBoolean() || List.of("Succeed", "Fail", "Choice")
          .contains(state.path("Type").asText());
      if (!terminal && !state.has("Next")) {
        missing.add(entry.getKey() + " has neither Next nor End");
      }
      if (state.has("ItemProcessor")) {
        missing.addAll(transitionsToMissingStates(state.path("ItemProcessor")));
      }
    });
    return missing;
  }

  private static CreateTableRequest tableRequest(JsonNode properties, String name) {
    List<AttributeDefinition> attributes = new ArrayList<>();
    properties.path("AttributeDefinitions").forEach(a -> attributes.add(AttributeDefinition.builder()
        .attributeName(a.path("AttributeName").asText()).attributeType(a.path("AttributeType").asText()).build()));
    List<GlobalSecondaryIndex> indexes = new ArrayList<>();
    properties.path("GlobalSecondaryIndexes").forEach(i -> indexes.add(GlobalSecondaryIndex.builder()
        .indexName(i.path("IndexName").asText())
        .keySchema(keySchema(i.path("KeySchema")))
        .projection(Projection.builder().projectionType(i.path("Projection").path("ProjectionType").asText()).build())
        .build()));
    return CreateTableRequest.builder()
        .tableName(name)
        .billingMode(properties.path("BillingMode").asText())
        .keySchema(keySchema(properties.path("KeySchema")))
        .attributeDefinitions(attributes)
        .globalSecondaryIndexes(indexes)
        .build();
  }

  private static List<KeySchemaElement> keySchema(JsonNode keys) {
    List<KeySchemaElement> schema = new ArrayList<>();
    keys.forEach(k -> schema.add(KeySchemaElement.builder().attributeName(k.path("AttributeName").asText())
        .keyType(k.path("KeyType").asText()).build()));
    return schema;
  }

  /** EventBridge Scheduler's rate() and six-field cron() (exactly one of day-of-month and day-of-week is '?'). */
  private static boolean isSchedulerExpression(String expression) {
    Matcher rate = Pattern.compile("rate\\((\\d+) (minute|minutes|hour|hours|day|days)\\)").matcher(expression);
    if (rate.matches()) {
      int value = Integer.parseInt(rate.group(1));
      return value > 0 && (value == 1) == !rate.group(2).endsWith("s");
    }
    Matcher cron = Pattern.compile("cron\\((\\S+) (\\S+) (\\S+) (\\S+) (\\S+) (\\S+)\\)").matcher(expression);
    return cron.matches() && ("?".equals(cron.group(3)) != "?".equals(cron.group(5)));
  }

  private static int hoursBetweenRuns(String cronExpression) {
    Matcher everyNHours = Pattern.compile("cron\\(\\d+ \\d+/(\\d+) \\* \\* \\? \\*\\)").matcher(cronExpression);
    assertThat(everyNHours.matches()).as("collect schedule '" + cronExpression + "' runs every N hours").isTrue();
    return Integer.parseInt(everyNHours.group(1));
  }
}
