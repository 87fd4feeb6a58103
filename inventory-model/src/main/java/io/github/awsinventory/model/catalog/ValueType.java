package io.github.awsinventory.model.catalog;

/**
 * The JSON-like kinds an attribute value can have, as stored in the table and shown in exports. Each
 * {@link AttributeKey} has one.
 */
public enum ValueType {
  /** A string. */
  STRING("string"),
  /** A boolean. */
  BOOLEAN("boolean"),
  /** A number, read as a {@link java.math.BigDecimal}. */
  NUMBER("number"),
  /** A point in time, stored as an ISO-8601 UTC string ({@code 2026-11-25T15:40:30Z}), read as an instant. */
  TIME("time"),
  /** A list of strings. */
  STRING_LIST("list of strings"),
  /** A map of JSON-like values; its known entries are the key's {@link AttributeKey#fields() fields}. */
  MAP("map"),
  /** A list of maps; the known entries of each are the key's {@link AttributeKey#fields() fields}. */
  MAP_LIST("list of maps");

  private final String label;

  ValueType(String label) {
    this.label = label;
  }

  /**
   * The name used in the documentation, e.g. {@code list of strings}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
