package io.github.awsinventory.collector;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.AccountConfig;
import io.github.awsinventory.model.config.CollectionSettings;
import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.testkit.AwsEmulator;
import io.github.awsinventory.testkit.fault.FaultInjector;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Collectors and configurations pointed at the emulator, with fast retries for tests. */
final class Emulated {

  static final String A = "111111111111";
  static final String B = "222222222222";
  static final String C = "333333333333";

  private Emulated() {}

  static InventoryConfig config(List<String> regions, ResourceType... types) {
    return InventoryConfig.builder()
        .putAccounts("alpha", account("alpha", A, "engineering"))
        .putAccounts("beta", account("beta", B, "marketing"))
        .putAccounts("gamma", account("gamma", C, null))
        .regions(regions)
        .addResourceTypes(types)
        .collectionSettings(CollectionSettings.builder().maxConcurrency(8).perAccountConcurrency(4)
            .timeoutSeconds(60).retryAttempts(3).sdkMaxAttempts(2).build())
        .build();
  }

  static AccountConfig account(String name, String id, String department) {
    AccountConfig.Builder account = AccountConfig.builder().name(name).accountId(id).roleName("InventoryRole")
        .externalId("test-external-id");
    if (department != null) {
      account.department(department);
    }
    return account.build();
  }

  static InventoryCollector.Builder collector(AwsEmulator aws, InventoryConfig config, FaultInjector faults) {
    return InventoryCollector.builder()
        .config(config)
        .endpointOverride(aws.endpoint())
        .credentialsProvider(aws.credentialsProvider())
        .httpClient(faults == null ? aws.httpClient() : faults.wrap(aws.httpClient()))
        .region(aws.region())
        .scopeRetryBackoff(Duration.ofMillis(10), Duration.ofMillis(40));
  }

  static DynamoDbClient dynamoDb(AwsEmulator aws, FaultInjector faults) {
    return aws.configure(DynamoDbClient.builder())
        .httpClient(faults == null ? aws.httpClient() : faults.wrap(aws.httpClient())).build();
  }
}
