package io.github.awsinventory.collector.internal.collectors;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.collector.InMemoryInventoryStore;
import io.github.awsinventory.collector.InventoryCollector;
import io.github.awsinventory.collector.InventoryStores;
import io.github.awsinventory.model.CollectionReport;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.AccountConfig;
import io.github.awsinventory.model.config.CollectionSettings;
import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.testkit.AwsEmulator;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awssdk.http.SdkHttpClient;

/** One collection of one resource type in one account of the emulator, in us-east-1, into memory. */
final class CollectorRun {

  /** The account the collector ITs create their resources in. */
  static final String ACCOUNT = "111111111111";

  final CollectionReport report;
  final InMemoryInventoryStore store;

  private CollectorRun(CollectionReport report, InMemoryInventoryStore store) {
    this.report = report;
    this.store = store;
  }

  /** Collects a type in {@link #ACCOUNT}. */
  static CollectorRun collect(AwsEmulator aws, ResourceType type) {
    return collect(aws, type, ACCOUNT, aws.httpClient());
  }

  /** Collects a type in an account, sending every call through an HTTP client (a fault injector's). */
  static CollectorRun collect(AwsEmulator aws, ResourceType type, String accountId, SdkHttpClient httpClient) {
    return collect(aws, List.of(type), InventoryStores.inMemory(), accountId, httpClient);
  }

  /** Collects types in {@link #ACCOUNT} into a store (which may hold an earlier run's items). */
  static CollectorRun collect(AwsEmulator aws, List<ResourceType> types, InMemoryInventoryStore store) {
    return collect(aws, types, store, ACCOUNT, aws.httpClient());
  }

  /** Collects types in {@link #ACCOUNT} into a store, with these collection settings. */
  static CollectorRun collect(AwsEmulator aws, List<ResourceType> types, InMemoryInventoryStore store,
      CollectionSettings settings) {
    return collect(aws, types, store, ACCOUNT, aws.httpClient(), settings);
  }

  private static CollectorRun collect(AwsEmulator aws, List<ResourceType> types, InMemoryInventoryStore store,
      String accountId, SdkHttpClient httpClient) {
    return collect(aws, types, store, accountId, httpClient, CollectionSettings.defaults());
  }

  private static CollectorRun collect(AwsEmulator aws, List<ResourceType> types, InMemoryInventoryStore store,
      String accountId, SdkHttpClient httpClient, CollectionSettings settings) {
    InventoryConfig config = InventoryConfig.builder()
        .putAccounts("test", AccountConfig.builder().name("test").accountId(accountId).roleName("InventoryRole")
            .build())
        .regions(List.of("us-east-1")).addAllResourceTypes(types).collectionSettings(settings).build();
    try (InventoryCollector collector = InventoryCollector.builder().config(config).store(store)
        .endpointOverride(aws.endpoint()).credentialsProvider(aws.credentialsProvider()).httpClient(httpClient)
        .region(aws.region()).scopeRetryBackoff(Duration.ofMillis(10), Duration.ofMillis(50)).build()) {
      return new CollectorRun(collector.run(), store);
    }
  }

  /** A whole number as attributes hold it (normalized, so that {@code equals} compares it). */
  static BigDecimal number(long value) {
    return BigDecimal.valueOf(value);
  }

  /** Every collected resource, sorted by name. */
  List<Resource> resources() {
    return store.resources().stream().sorted((a, b) -> a.name().compareTo(b.name())).collect(Collectors.toList());
  }

  /** The one collected resource with this name. */
  Resource named(String name) {
    List<Resource> named = store.resources().stream().filter(r -> r.name().equals(name)).collect(Collectors.toList());
    assertThat(named).as("resources named %s among %s", name, store.resources()).hasSize(1);
    return named.get(0);
  }
}
