package io.github.awsinventory.model.catalog;

import io.github.awsinventory.model.Resource;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One type-specific attribute of a resource type — its name in the table, its {@link ValueType} and a
 * one-line meaning — through which collectors write the value and rules, cost estimators and reports read
 * it. A key is also used for the entries of a nested map (a security group's ingress rule, an IAM user's
 * access key): then it reads and writes a {@code Map<String, Object>} instead of a resource.
 *
 * <p>Writing follows the inventory's rule for absence: a {@code null} (or empty string) value is not
 * written, because an attribute that is not there does not apply to the resource. An attribute whose value
 * could not be determined is marked {@link #markUnknown unknown} instead. Reading returns empty both when
 * the attribute is absent and when it is unknown; ask {@link #isUnknown} to tell the two apart.
 *
 * <pre>{@code
 * public static final AttributeKey<String> INSTANCE_TYPE = AttributeKey.string("instance_type", "e.g. t3.micro");
 *
 * INSTANCE_TYPE.put(builder, instance.instanceTypeAsString());    // in a collector
 * Optional<String> type = INSTANCE_TYPE.read(resource);           // in a rule
 * boolean couldNotTell = INSTANCE_TYPE.isUnknown(resource);
 * }</pre>
 *
 * @param <T> the Java type a value is read as
 */
public class AttributeKey<T> {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  private final String name;
  private final ValueType valueType;
  private final String meaning;
  private final List<AttributeKey<?>> fields;

  AttributeKey(String name, ValueType valueType, String meaning, List<AttributeKey<?>> fields) {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new CatalogException("attribute name must match [a-z][a-z0-9_]* and have at most 64 characters (was '"
          + name + "'); use a lower-case snake_case name such as 'instance_type'");
    }
    this.name = name;
    this.valueType = Objects.requireNonNull(valueType, "valueType");
    this.meaning = Objects.requireNonNull(meaning, "meaning").strip();
    if (this.meaning.isEmpty() || this.meaning.contains("\n")) {
      throw new CatalogException("attribute '" + name + "' needs a one-line meaning (was '" + meaning + "')");
    }
    this.fields = List.copyOf(fields);
    Catalogs.checkUniqueNames(this.fields, "fields of attribute '" + name + "'");
  }

  /**
   * A string attribute.
   *
   * @param name the attribute's name, lower-case snake_case
   * @param meaning one line saying what it is
   * @return the key
   */
  public static AttributeKey<String> string(String name, String meaning) {
    return new AttributeKey<>(name, ValueType.STRING, meaning, List.of());
  }

  /**
   * A boolean attribute.
   *
   * @param name the attribute's name
   * @param meaning one line saying what it is
   * @return the key
   */
  public static AttributeKey<Boolean> bool(String name, String meaning) {
    return new AttributeKey<>(name, ValueType.BOOLEAN, meaning, List.of());
  }

  /**
   * A number attribute; it accepts any {@link Number} on write and reads as {@link BigDecimal}.
   *
   * @param name the attribute's name
   * @param meaning one line saying what it is
   * @return the key
   */
  public static NumberKey number(String name, String meaning) {
    return new NumberKey(name, meaning);
  }

  /**
   * A time attribute, stored as an ISO-8601 UTC string.
   *
   * @param name the attribute's name
   * @param meaning one line saying what it is
   * @return the key
   */
  public static AttributeKey<Instant> time(String name, String meaning) {
    return new AttributeKey<>(name, ValueType.TIME, meaning, List.of());
  }

  /**
   * A list-of-strings attribute.
   *
   * @param name the attribute's name
   * @param meaning one line saying what it is
   * @return the key
   */
  public static AttributeKey<List<String>> stringList(String name, String meaning) {
    return new AttributeKey<>(name, ValueType.STRING_LIST, meaning, List.of());
  }

  /**
   * A map attribute with known entries.
   *
   * @param name the attribute's name
   * @param meaning one line saying what it is
   * @param fields the keys of its entries
   * @return the key
   */
  public static AttributeKey<Map<String, Object>> map(String name, String meaning, AttributeKey<?>... fields) {
    return new AttributeKey<>(name, ValueType.MAP, meaning, List.of(fields));
  }

  /**
   * A list-of-maps attribute whose maps have known entries.
   *
   * @param name the attribute's name
   * @param meaning one line saying what it is
   * @param fields the keys of each map's entries
   * @return the key
   */
  public static AttributeKey<List<Map<String, Object>>> mapList(String name, String meaning,
      AttributeKey<?>... fields) {
    return new AttributeKey<>(name, ValueType.MAP_LIST, meaning, List.of(fields));
  }

  /**
   * The name in the table, e.g. {@code instance_type}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The kind of value.
   *
   * @return the value type
   */
  public ValueType valueType() {
    return valueType;
  }

  /**
   * One line saying what the value is.
   *
   * @return the meaning
   */
  public String meaning() {
    return meaning;
  }

  /**
   * The keys of a map's entries (for {@link ValueType#MAP} and {@link ValueType#MAP_LIST}); empty otherwise.
   *
   * @return the fields, in documentation order
   */
  public List<AttributeKey<?>> fields() {
    return fields;
  }

  /**
   * The value of this attribute of a resource.
   *
   * @param resource the resource
   * @return the value; empty when the attribute is absent, unknown, or not of this key's type
   */
  public Optional<T> read(Resource resource) {
    return read(resource.attributes());
  }

  /**
   * The value of this entry of a map (a nested attribute such as one ingress rule).
   *
   * @param values the map
   * @return the value; empty when absent or not of this key's type
   */
  @SuppressWarnings("unchecked")
  public Optional<T> read(Map<String, ?> values) {
    Object value = values.get(name);
    if (value == null) {
      return Optional.empty();
    }
    switch (valueType) {
      case STRING:
        return value instanceof String ? Optional.of((T) value) : Optional.empty();
      case BOOLEAN:
        return value instanceof Boolean ? Optional.of((T) value) : Optional.empty();
      case NUMBER:
        return value instanceof BigDecimal ? Optional.of((T) value) : Optional.empty();
      case TIME:
        return time(value).map(instant -> (T) instant);
      case STRING_LIST:
        return allOf(value, String.class) ? Optional.of((T) value) : Optional.empty();
      case MAP:
        return value instanceof Map ? Optional.of((T) value) : Optional.empty();
      case MAP_LIST:
        return allOf(value, Map.class) ? Optional.of((T) value) : Optional.empty();
      default:
        throw new AssertionError(valueType);
    }
  }

  /**
   * Whether the value of this attribute of a resource could not be determined at collection.
   *
   * @param resource the resource
   * @return true when unknown
   */
  public boolean isUnknown(Resource resource) {
    return resource.unknownAttributes().contains(name);
  }

  /**
   * Writes the value to a resource being built; a {@code null} or empty-string value is not written (the
   * attribute does not apply).
   *
   * @param resource the builder
   * @param value the value, or null
   * @return the builder
   */
  public Resource.Builder put(Resource.Builder resource, T value) {
    if (isPresent(value)) {
      resource.putAttributes(name, value);
    }
    return resource;
  }

  /**
   * Writes the value as an entry of a nested map; a {@code null} or empty-string value is not written.
   *
   * @param values the map
   * @param value the value, or null
   * @return the map
   */
  public Map<String, Object> put(Map<String, Object> values, T value) {
    if (isPresent(value)) {
      values.put(name, value);
    }
    return values;
  }

  /**
   * Marks this attribute as unknown on a resource being built: a detail call that gives it failed. Report
   * the failure too ({@code CollectionContext.detailError}).
   *
   * @param resource the builder
   * @return the builder
   */
  public Resource.Builder markUnknown(Resource.Builder resource) {
    resource.addUnknownAttributes(name);
    return resource;
  }

  static boolean isPresent(Object value) {
    return value != null && !(value instanceof String && ((String) value).isEmpty());
  }

  private static Optional<Instant> time(Object value) {
    if (value instanceof Instant) {
      return Optional.of((Instant) value);
    }
    if (!(value instanceof String)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse((String) value));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static boolean allOf(Object value, Class<?> elementType) {
    if (!(value instanceof List)) {
      return false;
    }
    for (Object element : (Collection<?>) value) {
      if (!elementType.isInstance(element)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return name + " (" + valueType.label() + ")";
  }
}
