package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.collector.internal.collectors.CollectorRun.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.model.types.IamRole;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.fault.FaultInjector;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.Role;

@AwsEmulatorTest
class IamRoleCollectorIT {

  private static final String LAMBDA_TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
      + "\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
  private static final String VENDOR_TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
      + "\"Principal\":{\"AWS\":\"arn:aws:iam::999999999999:root\"},\"Action\":\"sts:AssumeRole\"}]}";

  @Test
  void collect_roles_reportsTrustServiceLinkAndTags(AwsEmulator aws) {
    IamClient iam = aws.client(IamClient.builder(), ACCOUNT);
    Role worker = iam.createRole(r -> r.roleName("worker").assumeRolePolicyDocument(LAMBDA_TRUST)
        .tags(t -> t.key("team").value("payments"))).role();
    iam.createRole(r -> r.roleName("vendor-audit").path("/partners/").assumeRolePolicyDocument(VENDOR_TRUST));
    iam.createServiceLinkedRole(r -> r.awsServiceName("autoscaling.amazonaws.com"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.IAM_ROLE);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.detailErrors()).isEmpty();
    Resource lambda = run.named("worker");
    assertThat(lambda.resourceId()).isEqualTo(worker.arn()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":role/worker");
    assertThat(lambda.region()).isEqualTo("global");
    assertThat(lambda.createdAt()).isPresent();
    assertThat(lambda.tags()).isEqualTo(Map.of("team", "payments"));
    assertThat(lambda.unknownAttributes()).isEmpty();
    assertThat(lambda.attributes())
        .containsEntry("role_id", worker.roleId())
        .containsEntry("path", "/")
        .containsEntry("service_linked", false)
        .containsEntry("trusted_services", List.of("lambda.amazonaws.com"))
        .containsEntry("trusted_aws_principals", List.of())
        .containsEntry("external_trusts", List.of())
        .containsKey("creation_date");
    Resource vendor = run.named("vendor-audit");
    assertThat(vendor.resourceId()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":role/partners/vendor-audit");
    assertThat(vendor.attributes()).containsEntry("external_trusts", List.of(Map.of(
        "principal", "arn:aws:iam::999999999999:root", "trusted_account", "999999999999",
        "external_id_required", false)));
    assertThat(run.resources()).filteredOn(r -> Boolean.TRUE.equals(r.attributes().get("service_linked")))
        .singleElement().satisfies(linked -> assertThat((String) linked.attributes().get("path"))
            .startsWith("/aws-service-role/autoscaling.amazonaws.com/"));
  }

  @Test
  void collect_roleInUse_readsItsLastUseFromTheListing_withoutACallPerRole(AwsEmulator aws) {
    String account = "333333333333";
    IamClient iam = aws.client(IamClient.builder(), account);
    iam.createRole(r -> r.roleName("quiet").assumeRolePolicyDocument(LAMBDA_TRUST));
    // The collector assumes InventoryRole in the account, so the emulator records a use of it.
    iam.createRole(r -> r.roleName("InventoryRole").assumeRolePolicyDocument(VENDOR_TRUST)
        .tags(t -> t.key("Name").value("inventory")));
    FaultInjector calls = FaultInjector.withSeed(7);

    CollectorRun run = CollectorRun.collect(aws, ResourceType.IAM_ROLE, account, calls.wrap(aws.httpClient()));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(calls.count("iam", "GetAccountAuthorizationDetails")).isEqualTo(1);
    assertThat(calls.calls()).extracting(c -> c.call().operation()).as("no call per role")
        .doesNotContain("ListRoles", "GetRole", "ListRoleTags");
    Resource used = run.named("inventory");
    assertThat(used.tags()).isEqualTo(Map.of("Name", "inventory"));
    assertThat(used.unknownAttributes()).isEmpty();
    assertThat(IamRole.ROLE_LAST_USED.read(used)).isPresent();
    Resource quiet = run.named("quiet");
    assertThat(quiet.unknownAttributes()).isEmpty();
    assertThat(quiet.attributes()).doesNotContainKeys("role_last_used", "role_last_used_region")
        .containsEntry("trusted_services", List.of("lambda.amazonaws.com"));
    assertThat(quiet.tags()).isEmpty();
  }
}
