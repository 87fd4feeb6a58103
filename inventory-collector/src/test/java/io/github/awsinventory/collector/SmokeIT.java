package io.github.awsinventory.collector;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.model.config.AccountConfig;
import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.AwsEmulatorTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;

@AwsEmulatorTest
class SmokeIT {

  @Test
  void collectsInstancesOfTwoAccounts(AwsEmulator aws) {
    aws.client(Ec2Client.builder(), "111111111111").runInstances(r -> r.imageId("ami-12345678")
        .instanceType("t3.micro").minCount(2).maxCount(2));
    aws.client(Ec2Client.builder(), "222222222222").runInstances(r -> r.imageId("ami-12345678")
        .instanceType("m5.large").minCount(1).maxCount(1));
    InventoryConfig config = InventoryConfig.builder()
        .putAccounts("a", AccountConfig.builder().name("a").accountId("111111111111").roleName("InventoryRole").build())
        .putAccounts("b", AccountConfig.builder().name("b").accountId("222222222222").roleName("InventoryRole").build())
        .regions(List.of("us-east-1")).addResourceTypes(ResourceType.EC2_INSTANCE).build();
    InMemoryInventoryStore store = InventoryStores.inMemory();

    CollectionReport report;
    try (InventoryCollector collector = InventoryCollector.builder().config(config).store(store)
        .endpointOverride(aws.endpoint()).credentialsProvider(aws.credentialsProvider()).httpClient(aws.httpClient())
        .region(aws.region()).scopeRetryBackoff(Duration.ofMillis(10), Duration.ofMillis(50)).build()) {
      report = collector.run();
    }

    assertThat(report.status()).as(report.toString()).isEqualTo(RunStatus.OK);
    assertThat(report.resourcesByType()).containsEntry("ec2_instance", 3L);
    assertThat(report.assumeRoleCalls()).isEqualTo(2);
    assertThat(store.resources()).hasSize(3);
  }
}
