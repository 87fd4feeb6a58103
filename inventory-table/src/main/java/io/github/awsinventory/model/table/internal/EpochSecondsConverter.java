package io.github.awsinventory.model.table.internal;

import java.math.BigDecimal;
import java.time.Instant;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** An expiry as DynamoDB's TTL reads it: N, whole epoch seconds. */
final class EpochSecondsConverter implements AttributeConverter<Instant> {

  static final EpochSecondsConverter INSTANCE = new EpochSecondsConverter();

  private EpochSecondsConverter() {}

  @Override
  public AttributeValue transformFrom(Instant input) {
    return AttributeValue.fromN(Long.toString(input.getEpochSecond()));
  }

  @Override
  public Instant transformTo(AttributeValue input) {
    return Instant.ofEpochSecond(new BigDecimal(input.n()).longValueExact());
  }

  @Override
  public EnhancedType<Instant> type() {
    return EnhancedType.of(Instant.class);
  }

  @Override
  public AttributeValueType attributeValueType() {
    return AttributeValueType.N;
  }
}
