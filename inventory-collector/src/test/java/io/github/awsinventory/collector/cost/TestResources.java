package io.github.awsinventory.collector.cost;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.time.Instant;

/** Resources with only what the cost rules read, for the cost tests. */
final class TestResources {

  private static final Instant SEEN = Instant.parse("2026-11-02T03:04:05Z");

  private TestResources() {}

  /**
   * A builder with every required field set; add a state and attributes.
   *
   * @param type the resource type
   * @param region the region
   * @return the builder
   */
  static Resource.Builder resource(ResourceType type, String region) {
    return Resource.builder()
        .resourceId("arn:aws:test:" + region + ":111111111111:" + type.name() + "/r-1")
        .resourceType(type)
        .accountId("111111111111")
        .accountName("engineering")
        .region(region)
        .name("r-1")
        .firstSeen(SEEN)
        .lastSeen(SEEN);
  }
}
