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
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.EncryptionType;
import software.amazon.awssdk.services.ecr.model.ImageTagMutability;
import software.amazon.awssdk.services.ecr.model.Repository;

@AwsEmulatorTest
class EcrRepositoryCollectorIT {

  private static final String KEY = "arn:aws:kms:us-east-1:111111111111:key/6a5b4c3d-2e1f-0a9b-8c7d-6e5f4a3b2c1d";
  private static final String KEEP_TEN = "{\"rules\": [{\"rulePriority\": 1, \"selection\": {\"tagStatus\": "
      + "\"any\", \"countType\": \"imageCountMoreThan\", \"countNumber\": 10}, \"action\": {\"type\": "
      + "\"expire\"}}]}";

  @Test
  void collect_repositories_reportsSettingsImageCountAndTags(AwsEmulator aws) {
    EcrClient ecr = aws.client(EcrClient.builder(), ACCOUNT);
    Repository api = ecr.createRepository(r -> r.repositoryName("team/api")
        .imageScanningConfiguration(s -> s.scanOnPush(true)).imageTagMutability(ImageTagMutability.IMMUTABLE)
        .encryptionConfiguration(e -> e.encryptionType(EncryptionType.KMS).kmsKey(KEY))
        .tags(t -> t.key("team").value("platform"))).repository();
    ecr.putImage(r -> r.repositoryName("team/api").imageTag("v1").imageManifest(manifest("1", 1_000)));
    ecr.putImage(r -> r.repositoryName("team/api").imageTag("v2").imageManifest(manifest("2", 2_500)));
    ecr.putLifecyclePolicy(r -> r.repositoryName("team/api").lifecyclePolicyText(KEEP_TEN));
    ecr.createRepository(r -> r.repositoryName("empty"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.ECR_REPOSITORY);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("ecr_repository", 2L);
    assertThat(run.report.detailErrors()).isEmpty();
    Resource collected = run.named("team/api");
    assertThat(collected.resourceId()).isEqualTo("arn:aws:ecr:us-east-1:" + ACCOUNT + ":repository/team/api")
        .isEqualTo(api.repositoryArn());
    assertThat(collected.tags()).isEqualTo(Map.of("team", "platform"));
    assertThat(collected.createdAt()).isPresent();
    assertThat(collected.unknownAttributes()).isEmpty();
    assertThat(collected.attributes())
        .containsEntry("repository_uri", api.repositoryUri())
        .containsEntry("scan_on_push", true)
        .containsEntry("image_tag_mutability", "IMMUTABLE")
        .containsEntry("encryption_type", "KMS")
        .containsEntry("kms_key_id", KEY)
        .containsEntry("image_count", number(2))
        .containsEntry("image_size_bytes", number(3_500))
        .containsEntry("lifecycle_policy", true)
        .containsEntry("creation_date", collected.createdAt().get().toString());
    Resource empty = run.named("empty");
    assertThat(empty.attributes())
        .containsEntry("scan_on_push", false)
        .containsEntry("image_tag_mutability", "MUTABLE")
        .containsEntry("encryption_type", "AES256")
        .containsEntry("image_count", number(0))
        .containsEntry("image_size_bytes", number(0))
        .containsEntry("lifecycle_policy", false)
        .doesNotContainKey("kms_key_id");
  }

  @Test
  void collect_whenImagesAreDenied_keepsRepositoryWithImageCountUnknown(AwsEmulator aws) {
    String account = "333333333333";
    aws.client(EcrClient.builder(), account).createRepository(r -> r.repositoryName("denied"));
    FaultInjector faults = FaultInjector.withSeed(7);
    FaultRule denied = faults.add(FaultRule.accessDenied().service("ecr").operation("DescribeImages"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.ECR_REPOSITORY, account, faults.wrap(aws.httpClient()));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(denied.injectedCount()).isEqualTo(1);
    Resource repository = run.named("denied");
    assertThat(repository.unknownAttributes()).containsExactly("image_count", "image_size_bytes");
    assertThat(repository.attributes()).doesNotContainKey("image_count").containsEntry("scan_on_push", false);
    assertThat(run.report.detailErrors()).singleElement().asString()
        .contains("repository/denied").contains("image_count").contains("AccessDenied");
  }

  @Test
  void collect_whenTheLifecyclePolicyIsDenied_keepsRepositoryWithLifecyclePolicyUnknown(AwsEmulator aws) {
    String account = "444444444444";
    aws.client(EcrClient.builder(), account).createRepository(r -> r.repositoryName("locked"));
    FaultInjector faults = FaultInjector.withSeed(7);
    FaultRule denied = faults.add(FaultRule.accessDenied().service("ecr").operation("GetLifecyclePolicy"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.ECR_REPOSITORY, account, faults.wrap(aws.httpClient()));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(denied.injectedCount()).isEqualTo(1);
    Resource repository = run.named("locked");
    assertThat(repository.unknownAttributes()).containsExactly("lifecycle_policy");
    assertThat(repository.attributes()).doesNotContainKey("lifecycle_policy").containsEntry("image_count", number(0));
    assertThat(run.report.detailErrors()).singleElement().asString()
        .contains("repository/locked").contains("lifecycle_policy").contains("AccessDenied");
  }

  @Test
  void collect_whenAnImageHasNoSize_leavesTheSizeUnknownAndCountsTheImage(AwsEmulator aws) {
    String account = "555555555555";
    EcrClient ecr = aws.client(EcrClient.builder(), account);
    ecr.createRepository(r -> r.repositoryName("legacy"));
    // the emulator reports no size for a manifest without layers (a schema 1 manifest)
    ecr.putImage(r -> r.repositoryName("legacy").imageTag("old").imageManifest("{\"schemaVersion\": 1, "
        + "\"name\": \"legacy\", \"tag\": \"old\", \"fsLayers\": []}")
        .imageManifestMediaType("application/vnd.docker.distribution.manifest.v1+json"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.ECR_REPOSITORY, account, aws.httpClient());

    Resource repository = run.named("legacy");
    assertThat(repository.attributes()).containsEntry("image_count", number(1)).doesNotContainKey("image_size_bytes");
    assertThat(repository.unknownAttributes()).containsExactly("image_size_bytes");
  }

  private static String manifest(String layer, int size) {
    return "{\"schemaVersion\": 2, \"mediaType\": \"application/vnd.docker.distribution.manifest.v2+json\", "
        + "\"config\": {\"digest\": \"sha256:" + "c".repeat(63) + layer + "\", \"size\": " + size + "}, "
        + "\"layers\": []}";
  }
}
