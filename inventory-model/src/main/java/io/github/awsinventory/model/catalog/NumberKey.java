package io.github.awsinventory.model.catalog;

import io.github.awsinventory.model.Resource;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A number attribute: read as {@link BigDecimal}, written from any {@link Number} the SDK returns
 * ({@code Integer}, {@code Long}, {@code Double}); a {@code null} is not written.
 *
 * <pre>{@code
 * public static final NumberKey SIZE_GIB = AttributeKey.number("size_gib", "size in GiB");
 * SIZE_GIB.put(builder, volume.size());                // an Integer, possibly null
 * BigDecimal size = SIZE_GIB.read(resource).orElseThrow();
 * }</pre>
 */
public final class NumberKey extends AttributeKey<BigDecimal> {

  NumberKey(String name, String meaning) {
    super(name, ValueType.NUMBER, meaning, List.of());
  }

  /**
   * Writes a number to a resource being built; {@code null} is not written.
   *
   * @param resource the builder
   * @param value the value, or null
   * @return the builder
   */
  public Resource.Builder put(Resource.Builder resource, Number value) {
    if (value != null) {
      resource.putAttributes(name(), value);
    }
    return resource;
  }

  /**
   * Writes a number as an entry of a nested map; {@code null} is not written. The resource's attributes are
   * normalised on build, so the number becomes a {@link BigDecimal} there.
   *
   * @param values the map
   * @param value the value, or null
   * @return the map
   */
  public Map<String, Object> put(Map<String, Object> values, Number value) {
    if (value != null) {
      values.put(name(), value);
    }
    return values;
  }
}
