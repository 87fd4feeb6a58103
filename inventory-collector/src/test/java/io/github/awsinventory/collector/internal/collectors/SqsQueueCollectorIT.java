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
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

@AwsEmulatorTest
class SqsQueueCollectorIT {

  private static final String KEY = "arn:aws:kms:us-east-1:111111111111:key/6a5b4c3d-2e1f-0a9b-8c7d-6e5f4a3b2c1d";

  @Test
  void collect_queues_reportsEncryptionDeadLetterQueuePolicyRetentionAndMessages(AwsEmulator aws) {
    SqsClient sqs = aws.client(SqsClient.builder(), ACCOUNT);
    String dlqUrl = sqs.createQueue(r -> r.queueName("orders-dlq")).queueUrl();
    String dlqArn = arn(sqs, dlqUrl);
    String ordersArn = "arn:aws:sqs:us-east-1:" + ACCOUNT + ":orders";
    String ordersUrl = sqs.createQueue(r -> r.queueName("orders").tags(Map.of("team", "payments"))
        .attributes(Map.of(
            QueueAttributeName.KMS_MASTER_KEY_ID, KEY,
            QueueAttributeName.MESSAGE_RETENTION_PERIOD, "86400",
            QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\"5\"}",
            QueueAttributeName.POLICY, policy(ordersArn, "")))).queueUrl();
    sqs.sendMessage(r -> r.queueUrl(ordersUrl).messageBody("one"));
    sqs.sendMessage(r -> r.queueUrl(ordersUrl).messageBody("two"));
    String guardedArn = "arn:aws:sqs:us-east-1:" + ACCOUNT + ":guarded.fifo";
    sqs.createQueue(r -> r.queueName("guarded.fifo").attributes(Map.of(
        QueueAttributeName.FIFO_QUEUE, "true",
        QueueAttributeName.SQS_MANAGED_SSE_ENABLED, "true",
        QueueAttributeName.POLICY, policy(guardedArn, ", \"Condition\": {\"ArnEquals\": {\"aws:SourceArn\": "
            + "\"arn:aws:sns:us-east-1:" + ACCOUNT + ":alerts\"}}"))));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.SQS_QUEUE);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("sqs_queue", 3L);
    assertThat(run.report.detailErrors()).isEmpty();
    Resource orders = run.named("orders");
    assertThat(orders.resourceId()).isEqualTo(ordersArn).isEqualTo(arn(sqs, ordersUrl));
    assertThat(orders.tags()).isEqualTo(Map.of("team", "payments"));
    assertThat(orders.createdAt()).isPresent();
    assertThat(orders.unknownAttributes()).isEmpty();
    assertThat(orders.attributes())
        .containsEntry("queue_url", ordersUrl)
        .containsEntry("fifo", false)
        .containsEntry("encryption", "sse-kms")
        .containsEntry("kms_master_key_id", KEY)
        .containsEntry("message_retention_seconds", number(86400))
        .containsEntry("dead_letter_queue", true)
        .containsEntry("dead_letter_target_arn", dlqArn)
        .containsEntry("open_to_everyone", true)
        .containsEntry("visible_messages", number(2))
        .containsEntry("created_timestamp", orders.createdAt().get().toString());
    Resource guarded = run.named("guarded.fifo");
    assertThat(guarded.attributes())
        .containsEntry("fifo", true)
        .containsEntry("encryption", "sse-sqs")
        .containsEntry("open_to_everyone", false)
        .doesNotContainKey("kms_master_key_id");
    Resource dlq = run.named("orders-dlq");
    assertThat(dlq.attributes())
        .containsEntry("dead_letter_queue", false)
        .containsEntry("open_to_everyone", false)
        .containsEntry("visible_messages", number(0))
        .doesNotContainKey("dead_letter_target_arn");
  }

  @Test
  void collect_whenAttributesAreDenied_keepsQueueWithThemUnknown(AwsEmulator aws) {
    String account = "333333333333";
    aws.client(SqsClient.builder(), account).createQueue(r -> r.queueName("denied").tags(Map.of("team", "ops")));
    FaultInjector faults = FaultInjector.withSeed(7);
    FaultRule denied = faults.add(FaultRule.accessDenied().service("sqs").operation("GetQueueAttributes"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.SQS_QUEUE, account, faults.wrap(aws.httpClient()));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(denied.injectedCount()).isEqualTo(1);
    Resource queue = run.named("denied");
    assertThat(queue.unknownAttributes()).contains("encryption", "open_to_everyone", "dead_letter_queue",
        "message_retention_seconds", "created_timestamp", "visible_messages");
    assertThat(queue.attributes()).doesNotContainKey("encryption").containsKey("queue_url");
    assertThat(queue.tags()).containsEntry("team", "ops");
    assertThat(run.report.detailErrors()).singleElement().asString()
        .contains(":denied").contains("encryption").contains("AccessDenied");
  }

  private static String policy(String queueArn, String condition) {
    return "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"*\"}, "
        + "\"Action\": \"sqs:SendMessage\", \"Resource\": \"" + queueArn + "\"" + condition + "}]}";
  }

  private static String arn(SqsClient sqs, String url) {
    return sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN)).attributes()
        .get(QueueAttributeName.QUEUE_ARN);
  }
}
