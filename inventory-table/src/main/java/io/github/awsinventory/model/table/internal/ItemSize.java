package io.github.awsinventory.model.table.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An upper bound of the size DynamoDB charges for an item, after the rules in the DynamoDB developer
 * guide ("Item sizes and formats"): names and strings by UTF-8 length, numbers by significant digits,
 * 3 bytes per map or list plus 1 byte per element.
 */
public final class ItemSize {

  private ItemSize() {}

  /**
   * The size of an item.
   *
   * @param item the item
   * @return bytes, never less than DynamoDB's own count
   */
  public static long of(Map<String, AttributeValue> item) {
    long size = 0;
    for (Map.Entry<String, AttributeValue> entry : item.entrySet()) {
      size += utf8(entry.getKey()) + of(entry.getValue());
    }
    return size;
  }

  /**
   * The size of one value.
   *
   * @param value the value
   * @return bytes
   */
  public static long of(AttributeValue value) {
    switch (value.type()) {
      case S:
        return utf8(value.s());
      case N:
        return number(value.n());
      case B:
        return value.b().asByteArray().length;
      case BOOL:
      case NUL:
        return 1;
      case SS:
        return value.ss().stream().mapToLong(ItemSize::utf8).sum();
      case NS:
        return value.ns().stream().mapToLong(ItemSize::number).sum();
      case BS:
        return value.bs().stream().mapToLong(b -> b.asByteArray().length).sum();
      case L: {
        long size = 3;
        for (AttributeValue element : value.l()) {
          size += 1 + of(element);
        }
        return size;
      }
      case M: {
        long size = 3;
        for (Map.Entry<String, AttributeValue> entry : value.m().entrySet()) {
          size += 1 + utf8(entry.getKey()) + of(entry.getValue());
        }
        return size;
      }
      default:
        return 0;
    }
  }

  private static long number(String n) {
    BigDecimal value = new BigDecimal(n);
    return (value.precision() + 1) / 2 + 2;
  }

  private static long utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
