package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.collector.internal.collectors.CollectorRun.ACCOUNT;
import static io.github.awsinventory.collector.internal.collectors.CollectorRun.number;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.fault.FaultInjector;
import io.github.awsinventory.testkit.fault.FaultRule;
import io.github.awsinventory.testkit.fault.ResponseRewriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.Policy;

@AwsEmulatorTest
class IamPolicyCollectorIT {

  private static final String ADMIN = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
      + "\"Action\":\"*\",\"Resource\":\"*\"}]}";
  private static final String READ_LOGS = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
      + "\"Action\":\"logs:Get*\",\"Resource\":\"*\"}]}";
  private static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
      + "\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

  @Test
  void collect_customerPolicies_reportsAttachmentsAdminAndTags(AwsEmulator aws) {
    IamClient iam = aws.client(IamClient.builder(), ACCOUNT);
    Policy admin = iam.createPolicy(p -> p.policyName("break-glass").policyDocument(ADMIN)
        .tags(t -> t.key("team").value("security"))).policy();
    iam.createPolicy(p -> p.policyName("read-logs").path("/ops/").policyDocument(READ_LOGS));
    String narrowed = iam.createPolicy(p -> p.policyName("narrowed").policyDocument(ADMIN)).policy().arn();
    iam.createPolicyVersion(v -> v.policyArn(narrowed).policyDocument(READ_LOGS).setAsDefault(true));
    iam.createRole(r -> r.roleName("worker").assumeRolePolicyDocument(TRUST));
    iam.attachRolePolicy(a -> a.roleName("worker").policyArn(admin.arn()));
    FaultInjector calls = FaultInjector.withSeed(3);

    CollectorRun run = CollectorRun.collect(aws, ResourceType.IAM_POLICY, ACCOUNT, calls.wrap(aws.httpClient()));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("iam_policy", 3L);
    assertThat(run.report.detailErrors()).isEmpty();
    assertThat(calls.count("iam", "GetAccountAuthorizationDetails")).isEqualTo(1);
    assertThat(calls.count("iam", "GetPolicyVersion")).as("the documents come with the listing").isZero();
    assertThat(run.named("narrowed").attributes()).containsEntry("default_version_id", "v2")
        .containsEntry("allows_full_admin", false);
    Resource fullAdmin = run.named("break-glass");
    assertThat(fullAdmin.resourceId()).isEqualTo(admin.arn())
        .isEqualTo("arn:aws:iam::" + ACCOUNT + ":policy/break-glass");
    assertThat(fullAdmin.region()).isEqualTo("global");
    assertThat(fullAdmin.tags()).isEqualTo(Map.of("team", "security"));
    assertThat(fullAdmin.unknownAttributes()).isEmpty();
    assertThat(fullAdmin.attributes())
        .containsEntry("policy_id", admin.policyId())
        .containsEntry("default_version_id", "v1")
        .containsEntry("attachment_count", number(1))
        .containsEntry("allows_full_admin", true)
        .containsKey("creation_date");
    Resource logs = run.named("read-logs");
    assertThat(logs.resourceId()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":policy/ops/read-logs");
    assertThat(logs.attributes())
        .containsEntry("path", "/ops/")
        .containsEntry("attachment_count", number(0))
        .containsEntry("allows_full_admin", false);
  }

  @Test
  void collect_policyTheDocumentListingLacks_readsItsDefaultVersion(AwsEmulator aws) {
    String account = "444444444444";
    aws.client(IamClient.builder(), account).createPolicy(p -> p.policyName("late").policyDocument(ADMIN));
    FaultInjector calls = FaultInjector.withSeed(8);

    CollectorRun run = CollectorRun.collect(aws, ResourceType.IAM_POLICY, account, calls.wrap(withoutDocuments(aws)));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(calls.count("iam", "GetPolicyVersion")).isEqualTo(1);
    assertThat(run.named("late").unknownAttributes()).isEmpty();
    assertThat(run.named("late").attributes()).containsEntry("allows_full_admin", true);
  }

  @Test
  void collect_whenPolicyVersionIsDenied_keepsPolicyWithAdminUnknown(AwsEmulator aws) {
    String account = "333333333333";
    aws.client(IamClient.builder(), account).createPolicy(p -> p.policyName("hidden").policyDocument(ADMIN));
    FaultInjector faults = FaultInjector.withSeed(7);
    FaultRule denied = faults.add(FaultRule.accessDenied().service("iam").operation("GetPolicyVersion"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.IAM_POLICY, account, faults.wrap(withoutDocuments(aws)));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(denied.injectedCount()).isEqualTo(1);
    Resource policy = run.named("hidden");
    assertThat(policy.unknownAttributes()).containsExactly("allows_full_admin");
    assertThat(policy.attributes()).doesNotContainKey("allows_full_admin").containsEntry("attachment_count", number(0));
    assertThat(run.report.detailErrors()).singleElement().asString()
        .contains(policy.resourceId()).contains("allows_full_admin").contains("AccessDenied");
  }

  /** The emulator, with GetAccountAuthorizationDetails listing no policy: as if each was created after it. */
  private static SdkHttpClient withoutDocuments(AwsEmulator aws) {
    return ResponseRewriter.of(aws.httpClient(), "iam", "GetAccountAuthorizationDetails",
        body -> body.replaceAll("(?s)<Policies>.*</Policies>", "<Policies/>"));
  }
}
