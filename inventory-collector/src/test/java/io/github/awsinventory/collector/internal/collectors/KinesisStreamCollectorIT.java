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
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.EncryptionType;
import software.amazon.awssdk.services.kinesis.model.StreamMode;

@AwsEmulatorTest
class KinesisStreamCollectorIT {

  @Test
  void collect_streams_reportsModeShardsEncryptionRetentionTagsAndCost(AwsEmulator aws) {
    KinesisClient kinesis = aws.client(KinesisClient.builder(), ACCOUNT);
    kinesis.createStream(r -> r.streamName("clicks").shardCount(2));
    kinesis.addTagsToStream(r -> r.streamName("clicks").tags(Map.of("team", "web")));
    kinesis.startStreamEncryption(r -> r.streamName("clicks").encryptionType(EncryptionType.KMS)
        .keyId("alias/aws/kinesis"));
    kinesis.increaseStreamRetentionPeriod(r -> r.streamName("clicks").retentionPeriodHours(48));
    kinesis.createStream(r -> r.streamName("events").streamModeDetails(m -> m.streamMode(StreamMode.ON_DEMAND)));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.KINESIS_STREAM);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("kinesis_stream", 2L);
    assertThat(run.report.detailErrors()).isEmpty();
    Resource clicks = run.named("clicks");
    assertThat(clicks.resourceId()).isEqualTo("arn:aws:kinesis:us-east-1:" + ACCOUNT + ":stream/clicks");
    assertThat(clicks.tags()).isEqualTo(Map.of("team", "web"));
    assertThat(clicks.state()).contains("ACTIVE");
    assertThat(clicks.createdAt()).isPresent();
    assertThat(clicks.unknownAttributes()).isEmpty();
    assertThat(clicks.attributes())
        .containsEntry("stream_status", "ACTIVE")
        .containsEntry("stream_mode", "PROVISIONED")
        .containsEntry("open_shard_count", number(2))
        .containsEntry("encryption_type", "KMS")
        .containsEntry("key_id", "alias/aws/kinesis")
        .containsEntry("retention_period_hours", number(48))
        .containsEntry("stream_creation_timestamp", clicks.createdAt().get().toString());
    assertThat(clicks.estimatedMonthlyCost()).contains(new BigDecimal("21.90")); // 2 x 0.015 x 730
    Resource events = run.named("events");
    assertThat(events.attributes())
        .containsEntry("stream_mode", "ON_DEMAND")
        .containsEntry("encryption_type", "NONE")
        .containsEntry("retention_period_hours", number(24))
        .doesNotContainKey("key_id");
    assertThat(events.estimatedMonthlyCost()).contains(new BigDecimal("29.20")); // 0.04 x 730
  }

  @Test
  void collect_whenTheSummaryIsDenied_keepsTheStreamWithItsAttributesUnknown(AwsEmulator aws) {
    String account = "333333333333";
    aws.client(KinesisClient.builder(), account).createStream(r -> r.streamName("denied").shardCount(1));
    FaultInjector faults = FaultInjector.withSeed(7);
    FaultRule denied = faults.add(FaultRule.accessDenied().service("kinesis").operation("DescribeStreamSummary"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.KINESIS_STREAM, account, faults.wrap(aws.httpClient()));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(denied.injectedCount()).isEqualTo(1);
    Resource stream = run.named("denied");
    assertThat(stream.unknownAttributes()).containsExactlyInAnyOrder("open_shard_count", "encryption_type",
        "key_id", "retention_period_hours", "consumer_count");
    assertThat(stream.attributes()).containsEntry("stream_mode", "PROVISIONED").doesNotContainKey("encryption_type");
    assertThat(stream.estimatedMonthlyCost()).isEmpty();
    assertThat(stream.costBasis()).hasValueSatisfying(b -> assertThat(b).contains("open_shard_count"));
    assertThat(run.report.detailErrors()).singleElement().asString()
        .contains("stream/denied").contains("open_shard_count").contains("AccessDenied");
  }
}
