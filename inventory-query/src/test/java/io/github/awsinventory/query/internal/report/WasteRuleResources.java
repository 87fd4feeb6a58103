package io.github.awsinventory.query.internal.report;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.config.CostThresholds;
import java.time.Instant;

/** Resources, thresholds and the report time of the waste rule tests. */
final class WasteRuleResources {

  /** The report time of every test. */
  static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  /** The default thresholds: idle 30 days, stale 90 days. */
  static final CostThresholds THRESHOLDS = CostThresholds.defaults();

  private WasteRuleResources() {}

  /** A resource with the required fields, named after its short id, in us-east-1. */
  static Resource.Builder resource(ResourceType type, String shortId) {
    return Resource.builder()
        .resourceId("arn:aws:test:us-east-1:111111111111:" + type.name() + "/" + shortId)
        .resourceType(type)
        .accountId("111111111111")
        .accountName("engineering")
        .region("us-east-1")
        .name(shortId)
        .department("platform")
        .firstSeen(NOW.minusSeconds(86_400))
        .lastSeen(NOW);
  }

  /** A time some days before {@link #NOW}, as attributes hold times. */
  static String daysAgo(long days) {
    return NOW.minusSeconds(days * 86_400).toString();
  }
}
