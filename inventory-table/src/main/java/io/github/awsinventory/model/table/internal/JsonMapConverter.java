package io.github.awsinventory.model.table.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts JSON-like attribute maps to DynamoDB maps and back: strings to S, booleans to BOOL, numbers to
 * N, lists to L, maps to M. Read back, sets become lists and NULL values are dropped.
 */
public final class JsonMapConverter implements AttributeConverter<Map<String, Object>> {

  /** The shared instance. */
  public static final JsonMapConverter INSTANCE = new JsonMapConverter();

  private static final EnhancedType<Map<String, Object>> TYPE = EnhancedType.mapOf(String.class, Object.class);

  private JsonMapConverter() {}

  @Override
  public AttributeValue transformFrom(Map<String, Object> input) {
    return toAttributeValue(input);
  }

  @Override
  public Map<String, Object> transformTo(AttributeValue input) {
    // Resource's builder normalizes the map (sorted keys, canonical numbers) when the codec builds the resource.
    return toMap(input.m());
  }

  @Override
  public EnhancedType<Map<String, Object>> type() {
    return TYPE;
  }

  @Override
  public AttributeValueType attributeValueType() {
    return AttributeValueType.M;
  }

  /**
   * Converts one normalized value.
   *
   * @param value a JSON-like value
   * @return the DynamoDB value
   */
  public static AttributeValue toAttributeValue(Object value) {
    if (value instanceof String) {
      return AttributeValue.fromS((String) value);
    }
    if (value instanceof Boolean) {
      return AttributeValue.fromBool((Boolean) value);
    }
    if (value instanceof BigDecimal) {
      return AttributeValue.fromN(((BigDecimal) value).toString());
    }
    if (value instanceof Map<?, ?>) {
      Map<String, AttributeValue> map = new LinkedHashMap<>();
      ((Map<?, ?>) value).forEach((k, v) -> map.put((String) k, toAttributeValue(v)));
      return AttributeValue.fromM(map);
    }
    if (value instanceof List<?>) {
      List<AttributeValue> list = new ArrayList<>();
      for (Object element : (List<?>) value) {
        list.add(toAttributeValue(element));
      }
      return AttributeValue.fromL(list);
    }
    throw new IllegalArgumentException("not a normalized JSON-like value: " + value.getClass().getName());
  }

  private static Map<String, Object> toMap(Map<String, AttributeValue> map) {
    Map<String, Object> result = new LinkedHashMap<>();
    map.forEach((key, value) -> {
      Object converted = fromAttributeValue(value);
      if (converted != null) {
        result.put(key, converted);
      }
    });
    return result;
  }

  private static Object fromAttributeValue(AttributeValue value) {
    switch (value.type()) {
      case S:
        return value.s();
      case N:
        return new BigDecimal(value.n());
      case BOOL:
        return value.bool();
      case M:
        return toMap(value.m());
      case L: {
        List<Object> list = new ArrayList<>();
        for (AttributeValue element : value.l()) {
          Object converted = fromAttributeValue(element);
          if (converted != null) {
            list.add(converted);
          }
        }
        return list;
      }
      case SS:
        return new ArrayList<>(value.ss());
      case NS: {
        List<Object> numbers = new ArrayList<>();
        value.ns().forEach(n -> numbers.add(new BigDecimal(n)));
        return numbers;
      }
      case B:
        return Base64.getEncoder().encodeToString(value.b().asByteArray());
      case BS: {
        List<Object> blobs = new ArrayList<>();
        value.bs().forEach(b -> blobs.add(Base64.getEncoder().encodeToString(b.asByteArray())));
        return blobs;
      }
      default:
        return null;
    }
  }
}
