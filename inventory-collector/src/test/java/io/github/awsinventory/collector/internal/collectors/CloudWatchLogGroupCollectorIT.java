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
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;

@AwsEmulatorTest
class CloudWatchLogGroupCollectorIT {

  private static final String KEY = "arn:aws:kms:us-east-1:111111111111:key/6a5b4c3d-2e1f-0a9b-8c7d-6e5f4a3b2c1d";

  @Test
  void collect_logGroups_reportsRetentionEncryptionAndTags(AwsEmulator aws) {
    CloudWatchLogsClient logs = aws.client(CloudWatchLogsClient.builder(), ACCOUNT);
    logs.createLogGroup(r -> r.logGroupName("/aws/lambda/worker").kmsKeyId(KEY)
        .tags(Map.of("team", "payments")));
    logs.putRetentionPolicy(r -> r.logGroupName("/aws/lambda/worker").retentionInDays(14));
    logs.createLogGroup(r -> r.logGroupName("forever"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.CLOUDWATCH_LOG_GROUP);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("cloudwatch_log_group", 2L);
    assertThat(run.report.detailErrors()).isEmpty();
    Resource worker = run.named("/aws/lambda/worker");
    assertThat(worker.resourceId()).isEqualTo("arn:aws:logs:us-east-1:" + ACCOUNT + ":log-group:/aws/lambda/worker");
    assertThat(worker.tags()).isEqualTo(Map.of("team", "payments"));
    assertThat(worker.createdAt()).isPresent();
    assertThat(worker.unknownAttributes()).isEmpty();
    assertThat(worker.attributes())
        .containsEntry("retention_in_days", number(14))
        .containsEntry("never_expires", false)
        .containsEntry("kms_key_id", KEY)
        .containsEntry("creation_time", worker.createdAt().get().toString())
        .containsKey("stored_bytes");
    Resource forever = run.named("forever");
    assertThat(forever.tags()).isEmpty();
    assertThat(forever.attributes())
        .containsEntry("never_expires", true)
        .doesNotContainKeys("retention_in_days", "kms_key_id");
  }

  @Test
  void collect_whenTagsAreDenied_keepsGroupWithTagsUnknown(AwsEmulator aws) {
    String account = "333333333333";
    aws.client(CloudWatchLogsClient.builder(), account).createLogGroup(r -> r.logGroupName("denied"));
    FaultInjector faults = FaultInjector.withSeed(7);
    FaultRule denied = faults.add(FaultRule.accessDenied().service("logs").operation("ListTagsForResource"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.CLOUDWATCH_LOG_GROUP, account,
        faults.wrap(aws.httpClient()));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(denied.injectedCount()).isEqualTo(1);
    Resource group = run.named("denied");
    assertThat(group.unknownAttributes()).containsExactly("tags");
    assertThat(group.attributes()).containsEntry("never_expires", true);
    assertThat(run.report.detailErrors()).singleElement().asString()
        .contains("arn:aws:logs:us-east-1:" + account + ":log-group:denied").contains("AccessDenied");
  }
}
