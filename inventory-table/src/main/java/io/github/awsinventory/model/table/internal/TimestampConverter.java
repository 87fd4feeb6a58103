package io.github.awsinventory.model.table.internal;

import io.github.awsinventory.model.table.TableLayout;
import java.time.Instant;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A time as the table stores it: S, ISO-8601 UTC with exactly three fraction digits ({@link TableLayout#timestamp}),
 * so that text order is time order. The SDK's own Instant converter drops zero fractions, which would break that
 * order.
 */
final class TimestampConverter implements AttributeConverter<Instant> {

  static final TimestampConverter INSTANCE = new TimestampConverter();

  private TimestampConverter() {}

  @Override
  public AttributeValue transformFrom(Instant input) {
    return AttributeValue.fromS(TableLayout.timestamp(input));
  }

  @Override
  public Instant transformTo(AttributeValue input) {
    return Instant.parse(input.s());
  }

  @Override
  public EnhancedType<Instant> type() {
    return EnhancedType.of(Instant.class);
  }

  @Override
  public AttributeValueType attributeValueType() {
    return AttributeValueType.S;
  }
}
