package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.collector.internal.collectors.CollectorRun.ACCOUNT;
import static io.github.awsinventory.collector.internal.collectors.CollectorRun.number;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.model.ScopeStatus;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.fault.FaultInjector;
import io.github.awsinventory.testkit.fault.FaultRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.User;

@AwsEmulatorTest
class IamUserCollectorIT {

  @Test
  void collect_users_reportsConsoleAccessMfaAndAccessKeys(AwsEmulator aws) {
    IamClient iam = aws.client(IamClient.builder(), ACCOUNT);
    User alice = iam.createUser(r -> r.userName("alice").tags(t -> t.key("team").value("platform"))).user();
    iam.createUser(r -> r.userName("named").tags(t -> t.key("Name").value("Named User"),
        t -> t.key("cost").value("7")));
    iam.createLoginProfile(r -> r.userName("alice").password("Corr3ct-Horse-Battery"));
    iam.createAccessKey(r -> r.userName("alice"));
    User bob = iam.createUser(r -> r.userName("bob").path("/ops/")).user();
    String serial = iam.createVirtualMFADevice(r -> r.virtualMFADeviceName("bob-phone")).virtualMFADevice()
        .serialNumber();
    iam.enableMFADevice(r -> r.userName("bob").serialNumber(serial).authenticationCode1("123456")
        .authenticationCode2("654321"));

    FaultInjector calls = FaultInjector.withSeed(1);

    CollectorRun run = CollectorRun.collect(aws, ResourceType.IAM_USER, ACCOUNT, calls.wrap(aws.httpClient()));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("iam_user", 3L);
    assertThat(run.report.detailErrors()).isEmpty();
    assertThat(calls.count("iam", "GetAccountAuthorizationDetails")).as("one listing with the tags").isEqualTo(1);
    assertThat(calls.calls()).extracting(c -> c.call().operation()).as("no call per user")
        .doesNotContain("ListUsers", "ListUserTags", "GetUser");
    Resource named = run.named("Named User");
    assertThat(named.tags()).isEqualTo(Map.of("Name", "Named User", "cost", "7"));
    assertThat(named.resourceId()).endsWith(":user/named");
    Resource consoleUser = run.named("alice");
    assertThat(consoleUser.resourceId()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":user/alice");
    assertThat(consoleUser.region()).isEqualTo("global");
    assertThat(consoleUser.createdAt()).hasValue(alice.createDate());
    assertThat(consoleUser.tags()).isEqualTo(Map.of("team", "platform"));
    assertThat(consoleUser.unknownAttributes()).isEmpty();
    assertThat(consoleUser.attributes())
        .containsEntry("user_id", alice.userId())
        .containsEntry("path", "/")
        .containsEntry("console_access", true)
        .containsEntry("mfa_active", false)
        .containsEntry("active_access_keys", number(1))
        .doesNotContainKey("password_last_used")
        .hasEntrySatisfying("access_keys", keys -> assertThat((List<?>) keys).singleElement()
            .isInstanceOfSatisfying(Map.class, key -> assertThat(key)
                .containsEntry("key_number", number(1))
                .containsEntry("active", true)
                .containsKey("last_rotated")
                .doesNotContainKey("last_used")));
    Resource mfaUser = run.named("bob");
    assertThat(mfaUser.resourceId()).isEqualTo(bob.arn()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":user/ops/bob");
    assertThat(mfaUser.attributes())
        .containsEntry("path", "/ops/")
        .containsEntry("console_access", false)
        .containsEntry("mfa_active", true)
        .containsEntry("access_keys", List.of())
        .containsEntry("active_access_keys", number(0));
  }

  @Test
  void collect_whenTheListingIsDenied_failsTheScope(AwsEmulator aws) {
    String account = "444444444444";
    aws.client(IamClient.builder(), account).createUser(r -> r.userName("erin"));
    FaultInjector faults = FaultInjector.withSeed(8);
    faults.add(FaultRule.accessDenied().service("iam").operation("GetAccountAuthorizationDetails"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.IAM_USER, account, faults.wrap(aws.httpClient()));

    assertThat(run.report.status()).as(run.report.toString()).isNotEqualTo(RunStatus.OK);
    assertThat(run.report.scopes()).containsEntry(ScopeStatus.ACCESS_DENIED, 1);
    assertThat(run.resources()).isEmpty();
  }

  @Test
  void collect_whenCredentialReportIsDenied_keepsUsersWithCredentialsUnknown(AwsEmulator aws) {
    String account = "333333333333";
    IamClient iam = aws.client(IamClient.builder(), account);
    iam.createUser(r -> r.userName("carol"));
    iam.createUser(r -> r.userName("dave"));
    FaultInjector faults = FaultInjector.withSeed(7);
    faults.add(FaultRule.accessDenied().service("iam").operation("GenerateCredentialReport"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.IAM_USER, account, faults.wrap(aws.httpClient()));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("iam_user", 2L);
    assertThat(run.resources()).extracting(Resource::name).containsExactly("carol", "dave");
    assertThat(run.resources()).allSatisfy(user -> {
      assertThat(user.unknownAttributes())
          .containsExactlyInAnyOrder("console_access", "mfa_active", "access_keys", "active_access_keys");
      assertThat(user.attributes()).containsOnlyKeys("user_id", "path");
    });
    assertThat(run.report.detailErrors()).hasSize(2).allSatisfy(error -> assertThat(error)
        .contains("console_access").contains("AccessDenied"));
  }
}
