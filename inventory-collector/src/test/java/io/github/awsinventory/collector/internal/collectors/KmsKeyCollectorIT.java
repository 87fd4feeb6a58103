package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.collector.internal.collectors.CollectorRun.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import io.github.awsinventory.testkit.fault.FaultInjector;
import io.github.awsinventory.testkit.fault.FaultRule;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyUsageType;

@AwsEmulatorTest
class KmsKeyCollectorIT {

  @Test
  void collect_customerKeys_reportsStateSpecRotationAliasesAndTags(AwsEmulator aws) {
    KmsClient kms = aws.client(KmsClient.builder(), ACCOUNT);
    // moto leaves KeyUsage empty unless it is given; AWS defaults it to ENCRYPT_DECRYPT
    KeyMetadata orders = kms.createKey(r -> r.keyUsage(KeyUsageType.ENCRYPT_DECRYPT).description("orders data").tags(
        t -> t.tagKey("team").tagValue("payments"))).keyMetadata();
    kms.enableKeyRotation(r -> r.keyId(orders.keyId()));
    kms.createAlias(r -> r.aliasName("alias/orders").targetKeyId(orders.keyId()));
    kms.createAlias(r -> r.aliasName("alias/archive").targetKeyId(orders.keyId()));
    KeyMetadata signing = kms.createKey(r -> r.keySpec(KeySpec.RSA_2048).keyUsage(KeyUsageType.SIGN_VERIFY))
        .keyMetadata();
    KeyMetadata retired = kms.createKey(r -> r.tags(t -> t.tagKey("Name").tagValue("retired"))).keyMetadata();
    kms.scheduleKeyDeletion(r -> r.keyId(retired.keyId()).pendingWindowInDays(7));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.KMS_KEY);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("kms_key", 3L);
    assertThat(run.report.detailErrors()).isEmpty();
    Resource symmetric = run.named("alias/archive");
    assertThat(symmetric.resourceId()).isEqualTo("arn:aws:kms:us-east-1:" + ACCOUNT + ":key/" + orders.keyId())
        .isEqualTo(orders.arn());
    assertThat(symmetric.state()).hasValue("Enabled");
    assertThat(symmetric.tags()).isEqualTo(Map.of("team", "payments"));
    assertThat(symmetric.createdAt()).isPresent();
    assertThat(symmetric.unknownAttributes()).isEmpty();
    assertThat(symmetric.attributes())
        .containsEntry("key_state", "Enabled")
        .containsEntry("key_manager", "CUSTOMER")
        .containsEntry("key_spec", "SYMMETRIC_DEFAULT")
        .containsEntry("key_usage", "ENCRYPT_DECRYPT")
        .containsEntry("origin", "AWS_KMS")
        .containsEntry("rotation_enabled", true)
        .containsEntry("description", "orders data")
        .containsEntry("aliases", List.of("alias/archive", "alias/orders"))
        .containsEntry("creation_date", symmetric.createdAt().get().toString())
        .doesNotContainKey("deletion_date");
    Resource asymmetric = run.named(signing.keyId());
    assertThat(asymmetric.attributes())
        .containsEntry("key_spec", "RSA_2048")
        .containsEntry("key_usage", "SIGN_VERIFY")
        .containsEntry("aliases", List.of())
        .doesNotContainKeys("rotation_enabled", "description", "deletion_date");
    assertThat(asymmetric.unknownAttributes()).isEmpty();
    Resource pending = run.named("retired");
    assertThat(pending.state()).hasValue("PendingDeletion");
    assertThat(pending.attributes())
        .containsEntry("key_state", "PendingDeletion")
        .containsEntry("rotation_enabled", false)
        .hasEntrySatisfying("deletion_date", date -> assertThat(Instant.parse((String) date))
            .isAfter(Instant.now().plusSeconds(6 * 24 * 3600)));
  }

  @Test
  void collect_whenRotationStatusIsDenied_keepsKeyWithRotationUnknown(AwsEmulator aws) {
    String account = "333333333333";
    String keyId = aws.client(KmsClient.builder(), account).createKey(r -> r.description("denied")).keyMetadata()
        .keyId();
    FaultInjector faults = FaultInjector.withSeed(7);
    FaultRule denied = faults.add(FaultRule.accessDenied().service("kms").operation("GetKeyRotationStatus"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.KMS_KEY, account, faults.wrap(aws.httpClient()));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(denied.injectedCount()).isEqualTo(1);
    Resource key = run.named(keyId);
    assertThat(key.unknownAttributes()).containsExactly("rotation_enabled");
    assertThat(key.attributes())
        .doesNotContainKey("rotation_enabled")
        .containsEntry("key_spec", "SYMMETRIC_DEFAULT")
        .containsEntry("description", "denied");
    assertThat(run.report.detailErrors()).singleElement().asString()
        .contains(key.resourceId()).contains("rotation_enabled").contains("AccessDenied");
  }

  @Test
  void collect_whenAliasesAreDenied_keepsKeysNamedByIdWithAliasesUnknown(AwsEmulator aws) {
    String account = "444444444444";
    KmsClient kms = aws.client(KmsClient.builder(), account);
    String keyId = kms.createKey(r -> r.description("aliased")).keyMetadata().keyId();
    kms.createAlias(r -> r.aliasName("alias/hidden").targetKeyId(keyId));
    FaultInjector faults = FaultInjector.withSeed(7);
    FaultRule denied = faults.add(FaultRule.accessDenied().service("kms").operation("ListAliases"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.KMS_KEY, account, faults.wrap(aws.httpClient()));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(denied.injectedCount()).isEqualTo(1);
    Resource key = run.named(keyId);
    assertThat(key.unknownAttributes()).containsExactly("aliases");
    assertThat(key.attributes()).doesNotContainKey("aliases").containsEntry("description", "aliased");
    assertThat(run.report.detailErrors()).singleElement().asString().contains("aliases").contains("AccessDenied");
  }
}
