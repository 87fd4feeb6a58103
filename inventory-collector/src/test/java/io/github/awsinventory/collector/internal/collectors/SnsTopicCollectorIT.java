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
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

@AwsEmulatorTest
class SnsTopicCollectorIT {

  private static final String KEY = "arn:aws:kms:us-east-1:111111111111:key/6a5b4c3d-2e1f-0a9b-8c7d-6e5f4a3b2c1d";

  @Test
  void collect_topics_reportsEncryptionPolicySubscriptionsAndTags(AwsEmulator aws) {
    SnsClient sns = aws.client(SnsClient.builder(), ACCOUNT);
    String alerts = sns.createTopic(r -> r.name("alerts").tags(t -> t.key("team").value("ops"))
        .attributes(Map.of("KmsMasterKeyId", KEY, "DisplayName", "Ops alerts"))).topicArn();
    SqsClient sqs = aws.client(SqsClient.builder(), ACCOUNT);
    String queueUrl = sqs.createQueue(r -> r.queueName("alerts-inbox")).queueUrl();
    String queueArn = sqs.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
        .attributes().get(QueueAttributeName.QUEUE_ARN);
    sns.subscribe(r -> r.topicArn(alerts).protocol("sqs").endpoint(queueArn));
    String open = sns.createTopic(r -> r.name("open")).topicArn();
    sns.setTopicAttributes(r -> r.topicArn(open).attributeName("Policy").attributeValue("{\"Version\": "
        + "\"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"sns:Publish\", "
        + "\"Resource\": \"" + open + "\"}]}"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.SNS_TOPIC);

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(run.report.resourcesByType()).containsEntry("sns_topic", 2L);
    assertThat(run.report.detailErrors()).isEmpty();
    Resource topic = run.named("alerts");
    assertThat(topic.resourceId()).isEqualTo("arn:aws:sns:us-east-1:" + ACCOUNT + ":alerts").isEqualTo(alerts);
    assertThat(topic.tags()).isEqualTo(Map.of("team", "ops"));
    assertThat(topic.unknownAttributes()).isEmpty();
    assertThat(topic.attributes())
        .containsEntry("display_name", "Ops alerts")
        .containsEntry("fifo", false)
        .containsEntry("encrypted", true)
        .containsEntry("kms_master_key_id", KEY)
        .containsEntry("open_to_everyone", false)
        .containsEntry("subscriptions_confirmed", number(1))
        .containsEntry("subscriptions_pending", number(0));
    Resource unused = run.named("open");
    assertThat(unused.attributes())
        .containsEntry("encrypted", false)
        .containsEntry("open_to_everyone", true)
        .containsEntry("subscriptions_confirmed", number(0))
        .doesNotContainKey("kms_master_key_id")
        .doesNotContainKey("display_name");
  }

  @Test
  void collect_whenSubscriptionsAreDenied_keepsTopicWithTheCountsUnknown(AwsEmulator aws) {
    String account = "333333333333";
    aws.client(SnsClient.builder(), account).createTopic(r -> r.name("denied"));
    FaultInjector faults = FaultInjector.withSeed(7);
    FaultRule denied = faults.add(FaultRule.accessDenied().service("sns").operation("ListSubscriptionsByTopic"));

    CollectorRun run = CollectorRun.collect(aws, ResourceType.SNS_TOPIC, account, faults.wrap(aws.httpClient()));

    assertThat(run.report.status()).as(run.report.toString()).isEqualTo(RunStatus.OK);
    assertThat(denied.injectedCount()).isEqualTo(1);
    Resource topic = run.named("denied");
    assertThat(topic.unknownAttributes()).containsExactlyInAnyOrder("subscriptions_confirmed",
        "subscriptions_pending");
    assertThat(topic.attributes()).doesNotContainKey("subscriptions_confirmed").containsEntry("encrypted", false);
    assertThat(run.report.detailErrors()).singleElement().asString()
        .contains(":denied").contains("subscriptions_confirmed").contains("AccessDenied");
  }
}
