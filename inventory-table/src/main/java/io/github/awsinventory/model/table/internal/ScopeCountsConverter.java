package io.github.awsinventory.model.table.internal;

import io.github.awsinventory.model.ScopeStatus;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A run's scopes by status: M of N keyed by the status's name ({@code {"OK": 72, "THROTTLED": 1}}). */
final class ScopeCountsConverter implements AttributeConverter<Map<ScopeStatus, Integer>> {

  static final ScopeCountsConverter INSTANCE = new ScopeCountsConverter();

  private static final EnhancedType<Map<ScopeStatus, Integer>> TYPE =
      EnhancedType.mapOf(ScopeStatus.class, Integer.class);

  private ScopeCountsConverter() {}

  @Override
  public AttributeValue transformFrom(Map<ScopeStatus, Integer> input) {
    Map<String, AttributeValue> counts = new LinkedHashMap<>();
    input.forEach((status, count) -> counts.put(status.name(), AttributeValue.fromN(Integer.toString(count))));
    return AttributeValue.fromM(counts);
  }

  @Override
  public Map<ScopeStatus, Integer> transformTo(AttributeValue input) {
    Map<ScopeStatus, Integer> counts = new EnumMap<>(ScopeStatus.class);
    input.m().forEach((status, count) -> counts.put(ScopeStatus.valueOf(status), Integer.parseInt(count.n())));
    return counts;
  }

  @Override
  public EnhancedType<Map<ScopeStatus, Integer>> type() {
    return TYPE;
  }

  @Override
  public AttributeValueType attributeValueType() {
    return AttributeValueType.M;
  }
}
