package io.github.awsinventory.collector.internal.collectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

class SqsQueueCollectorTest {

  @Test
  void encryption_isTheKmsKeyElseSqsManagedElseNone() {
    assertThat(SqsQueueCollector.encryption(Map.of(QueueAttributeName.KMS_MASTER_KEY_ID, "alias/orders",
        QueueAttributeName.SQS_MANAGED_SSE_ENABLED, "true"))).isEqualTo("sse-kms");
    assertThat(SqsQueueCollector.encryption(Map.of(QueueAttributeName.SQS_MANAGED_SSE_ENABLED, "true")))
        .isEqualTo("sse-sqs");
    assertThat(SqsQueueCollector.encryption(Map.of(QueueAttributeName.KMS_MASTER_KEY_ID, "",
        QueueAttributeName.SQS_MANAGED_SSE_ENABLED, "false"))).isEqualTo("none");
    assertThat(SqsQueueCollector.encryption(Map.of())).isEqualTo("none");
  }

  @Test
  void deadLetterTarget_isTheRedrivePolicysTargetArn() {
    assertThat(SqsQueueCollector.deadLetterTarget(
        "{\"deadLetterTargetArn\": \"arn:aws:sqs:us-east-1:111111111111:dlq\", \"maxReceiveCount\": 5}"))
        .contains("arn:aws:sqs:us-east-1:111111111111:dlq");
    assertThat(SqsQueueCollector.deadLetterTarget("{\"maxReceiveCount\": 5}")).isEmpty();
    assertThat(SqsQueueCollector.deadLetterTarget(null)).isEmpty();
  }
}
