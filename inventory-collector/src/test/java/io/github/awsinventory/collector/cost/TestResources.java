package io.github.awsinventory.collector.cost;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.pricing.PriceList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Resources with only what the cost rules read, and the bundled price file, for the cost tests. */
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

  /**
   * The bundled price file's text, to derive custom files from.
   *
   * @return the JSON
   * @throws IOException when it cannot be read
   */
  static String bundledJson() throws IOException {
    try (InputStream in = PriceList.class.getResourceAsStream(PriceList.BUNDLED_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
