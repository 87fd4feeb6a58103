package io.github.awsinventory.query.internal.security;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;

/**
 * JSON-like evidence values: {@link String}, {@link Boolean}, {@link BigDecimal}, {@link List} and
 * {@link Map} with string keys. Unlike resource attributes, maps keep the order the rule gave them, so
 * that evidence reads in the order the message does.
 */
public final class EvidenceValues {

  private EvidenceValues() {}

  /**
   * Whether a map is already normalized: every value JSON-like, nested lists and maps made by this class.
   *
   * @param map the values
   * @return true when {@link #normalizeMap} would only copy it
   */
  public static boolean isNormalized(Map<String, Object> map) {
    for (Object value : map.values()) {
      if (!isNormalizedValue(value)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNormalizedValue(Object value) {
    return value instanceof String || value instanceof Boolean || value instanceof BigDecimal
        || value instanceof FrozenList || value instanceof FrozenMap;
  }

  /**
   * Normalizes a map, keeping its order.
   *
   * @param map the values
   * @param path the JSON path of the map, for messages
   * @return an unmodifiable map
   * @throws IllegalArgumentException naming the path of a value that has no JSON form
   */
  public static Map<String, Object> normalizeMap(Map<?, ?> map, String path) {
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String)) {
        throw new IllegalArgumentException(path + " has a key that is not a string: " + entry.getKey());
      }
      String key = (String) entry.getKey();
      copy.put(key, normalize(entry.getValue(), path + "." + key));
    }
    return new FrozenMap(copy);
  }

  /**
   * Normalizes one value: integers and finite floating-point numbers become {@link BigDecimal}, instants
   * and dates ISO-8601 strings, enums their names, collections lists.
   *
   * @param value the value
   * @param path its JSON path, for messages
   * @return the normalized value
   * @throws IllegalArgumentException naming the path when the value is null or has no JSON form
   */
  public static Object normalize(Object value, String path) {
    if (value == null) {
      throw new IllegalArgumentException(path + " is null; leave it out of the evidence");
    }
    if (isNormalizedValue(value)) {
      return value;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigInteger) {
      return new BigDecimal((BigInteger) value);
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException(path + " is " + d + ", which has no JSON form");
      }
      return BigDecimal.valueOf(d);
    }
    if (value instanceof Instant || value instanceof LocalDate) {
      return value.toString();
    }
    if (value instanceof Enum<?>) {
      return ((Enum<?>) value).name();
    }
    if (value instanceof Map<?, ?>) {
      return normalizeMap((Map<?, ?>) value, path);
    }
    if (value instanceof Collection<?>) {
      List<Object> list = new ArrayList<>(((Collection<?>) value).size());
      int i = 0;
      for (Object element : (Collection<?>) value) {
        list.add(normalize(element, path + "[" + i++ + "]"));
      }
      return new FrozenList(list);
    }
    throw new IllegalArgumentException(path + " has type " + value.getClass().getName()
        + "; use a string, boolean, number, list or map");
  }

  /** An unmodifiable list that only {@link #normalize} creates. */
  private static final class FrozenList extends AbstractList<Object> implements RandomAccess {
    private final List<Object> elements;

    FrozenList(List<Object> elements) {
      this.elements = elements;
    }

    @Override
    public Object get(int index) {
      return elements.get(index);
    }

    @Override
    public int size() {
      return elements.size();
    }
  }

  /** An unmodifiable, ordered map that only {@link #normalizeMap} creates. */
  private static final class FrozenMap extends AbstractMap<String, Object> {
    private final Map<String, Object> entries;

    FrozenMap(Map<String, Object> entries) {
      this.entries = Collections.unmodifiableMap(entries);
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
      return entries.entrySet();
    }

    @Override
    public Object get(Object key) {
      return entries.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return entries.containsKey(key);
    }
  }
}
