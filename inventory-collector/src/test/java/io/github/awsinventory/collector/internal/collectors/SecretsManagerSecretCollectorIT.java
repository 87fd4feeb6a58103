package io.github.awsinventory.collector.internal.collectors;

import static io.github.awsinventory.collector.internal.collectors.CollectorRun.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

@AwsEmulatorTest
class SecretsManagerSecretCollectorIT {

  private static final String KEY = "arn:aws:kms:us-east-1:111111111111:key/6a5b4c3d-2e1f-0a9b-8c7d-6e5f4a3b2c1d";

  @Test
  void collect_secrets_reportsEncryptionRotationDatesAndTagsFromTheListing(AwsEmulator aws) {
    SecretsManagerClient secrets = aws.client(SecretsManagerClient.builder(), ACCOUNT);
    String databaseArn = secrets.createSecret(r -> r.name("prod/orders/db").description("orders database")
        .kmsKeyId(KEY).secretString("not-read").tags(t -> t.key("team").value("payments"))).arn();
    String rotatedArn = secrets.createSecret(r -> r.name("prod/api-token").secretString("not-read")
        .tags(t -> t.key("Name").value("api token"))).arn();
    secrets.rotateSecret(r -> r.secretId(rotatedArn).rotationRules(rules -> rules.automaticallyAfterDays(30L)));
    String deletedArn = secrets.createSecret(r -> r.name("old/secret").secretString("not-read")).arn();
    secrets.deleteSecret(r -> r.secretId(deletedArn).recoveryWindowInDays(7L));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.SECRETSMANAGER_SECRET);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("secretsmanager_secret", 3L);
    assertThat(run.report.detailErrors()).isEmpty();
    Resource database = run.named("prod/orders/db");
    assertThat(database.resourceId()).isEqualTo(databaseArn)
        .matches("arn:aws:secretsmanager:us-east-1:" + ACCOUNT + ":secret:prod/orders/db-[A-Za-z0-9]{6}");
    assertThat(database.tags()).isEqualTo(Map.of("team", "payments"));
    assertThat(database.createdAt()).isPresent();
    assertThat(database.unknownAttributes()).isEmpty();
    // moto never reports LastAccessedDate, so last_accessed_date (absent when never retrieved) cannot be shown here
    assertThat(database.attributes())
        .containsEntry("description", "orders database")
        .containsEntry("kms_key_id", KEY)
        .containsEntry("rotation_enabled", false)
        .containsEntry("created_date", database.createdAt().get().toString())
        .containsKey("last_changed_date")
        .doesNotContainKeys("last_rotated_date", "deleted_date", "owning_service");
    Resource rotated = run.named("api token");
    assertThat(rotated.resourceId()).isEqualTo(rotatedArn);
    assertThat(rotated.attributes())
        .containsEntry("rotation_enabled", true)
        .containsKey("last_rotated_date")
        .doesNotContainKeys("kms_key_id", "description");
    Resource deleted = run.named("old/secret");
    assertThat(deleted.attributes()).containsKey("deleted_date");
  }
}
