package io.github.awsinventory.collector.internal;

import io.github.awsinventory.collector.spi.ResourceCollector;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.InventoryConfig;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/** What every part of a run shares and never changes: the configuration, the collectors, where and as whom to call. */
final class Setup {

  final InventoryConfig config;
  final Map<ResourceType, ResourceCollector> collectors;
  final Region homeRegion;
  final String partition;
  final AwsCredentialsProvider baseCredentials;
  final Optional<String> defaultExternalId;
  final ClientFactory clientFactory;

  Setup(InventoryConfig config, Map<ResourceType, ResourceCollector> collectors, Region homeRegion, String partition,
      AwsCredentialsProvider baseCredentials, Optional<String> defaultExternalId, ClientFactory clientFactory) {
    this.config = config;
    this.collectors = Collections.unmodifiableMap(new LinkedHashMap<>(collectors));
    this.homeRegion = homeRegion;
    this.partition = partition;
    this.baseCredentials = baseCredentials;
    this.defaultExternalId = defaultExternalId;
    this.clientFactory = clientFactory;
  }
}
