package io.github.awsinventory.model.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.TreeMap;

/**
 * JSON-like values as held in {@code Resource.attributes()}: {@link String}, {@link Boolean},
 * {@link BigDecimal}, {@link List} and {@link Map} with string keys, nested to any depth.
 *
 * <p>{@link #normalize} turns the Java values a collector naturally has (ints, longs, doubles, instants,
 * enums, sets) into that canonical form, so that a value read back from DynamoDB equals the value
 * written: numbers become {@link BigDecimal} without trailing fraction zeros (whole numbers with scale 0,
 * so 100 stays {@code 100}), instants become ISO-8601 strings,
 * maps are sorted by key, and everything is unmodifiable.
 */
public final class JsonValues {

  private JsonValues() {}

  /**
   * Normalizes a map of attributes.
   *
   * @param map the values
   * @param path the JSON path of the map, used in error messages
   * @return an unmodifiable map sorted by key
   * @throws IllegalArgumentException naming the path of a value that has no JSON form
   */
  public static Map<String, Object> normalizeMap(Map<?, ?> map, String path) {
    TreeMap<String, Object> sorted = new TreeMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String)) {
        throw new IllegalArgumentException(path + " has a key that is not a string: " + entry.getKey());
      }
      String key = (String) entry.getKey();
      sorted.put(key, normalize(entry.getValue(), path + "." + key));
    }
    return new CanonicalMap(sorted);
  }

  /**
   * Whether a map of attributes is already in canonical form: keys sorted, every value canonical.
   *
   * @param map the map
   * @return true when {@link #normalizeMap} would return an equal map
   */
  public static boolean isCanonicalMap(Map<String, Object> map) {
    String previous = null;
    for (Map.Entry<String, Object> entry : map.entrySet()) {
      if (previous != null && previous.compareTo(entry.getKey()) >= 0 || !isCanonical(entry.getValue())) {
        return false;
      }
      previous = entry.getKey();
    }
    return true;
  }

  private static boolean isCanonical(Object value) {
    return value instanceof String || value instanceof Boolean || value instanceof CanonicalMap
        || value instanceof CanonicalList
        || value instanceof BigDecimal && value.equals(normalizeNumber((BigDecimal) value));
  }

  /**
   * Normalizes one value.
   *
   * @param value the value
   * @param path its JSON path, used in error messages
   * @return the canonical value
   * @throws IllegalArgumentException naming the path when the value is null or has no JSON form
   */
  public static Object normalize(Object value, String path) {
    if (value == null) {
      throw new IllegalArgumentException(path + " is null; leave the attribute out and list it in "
          + "unknownAttributes when its value could not be determined");
    }
    if (value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof BigDecimal) {
      return normalizeNumber((BigDecimal) value);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return normalizeNumber(BigDecimal.valueOf(((Number) value).longValue()));
    }
    if (value instanceof BigInteger) {
      return normalizeNumber(new BigDecimal((BigInteger) value));
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException(path + " is " + d + ", which has no JSON form");
      }
      return normalizeNumber(BigDecimal.valueOf(d));
    }
    if (value instanceof Instant) {
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
      return new CanonicalList(list);
    }
    throw new IllegalArgumentException(path + " has type " + value.getClass().getName()
        + "; use a string, boolean, number, list or map");
  }

  /** An immutable, key-sorted map that only {@link #normalizeMap} creates. */
  private static final class CanonicalMap extends AbstractMap<String, Object> {
    private final Map<String, Object> entries;

    CanonicalMap(TreeMap<String, Object> sorted) {
      this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
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

  /** An immutable list that only {@link #normalize} creates. */
  private static final class CanonicalList extends AbstractList<Object> implements RandomAccess {
    private final Object[] elements;

    CanonicalList(List<Object> elements) {
      this.elements = elements.toArray();
    }

    @Override
    public Object get(int index) {
      return elements[index];
    }

    @Override
    public int size() {
      return elements.length;
    }
  }

  private static BigDecimal normalizeNumber(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    if (stripped.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Writes a canonical JSON form: keys sorted, numbers in plain notation, no whitespace. Two equal
   * normalized values always give the same text.
   *
   * @param value a normalized value (or null)
   * @param out where to write
   */
  public static void writeCanonical(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String) {
      writeString((String) value, out);
    } else if (value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof BigDecimal) {
      out.append(((BigDecimal) value).toPlainString());
    } else if (value instanceof Map<?, ?>) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : new TreeMap<>((Map<?, ?>) value).entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        writeString(String.valueOf(entry.getKey()), out);
        out.append(':');
        writeCanonical(entry.getValue(), out);
      }
      out.append('}');
    } else if (value instanceof Collection<?>) {
      out.append('[');
      boolean first = true;
      for (Object element : (Collection<?>) value) {
        if (!first) {
          out.append(',');
        }
        first = false;
        writeCanonical(element, out);
      }
      out.append(']');
    } else {
      writeString(value.toString(), out);
    }
  }

  /**
   * Writes a JSON string literal.
   *
   * @param s the string
   * @param out where to write
   */
  public static void writeString(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  /**
   * The first 128 bits of the SHA-256 of a text, in hex.
   *
   * @param canonical the text
   * @return 32 hex characters
   */
  public static String sha256Hex128(CharSequence canonical) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] hash = digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
