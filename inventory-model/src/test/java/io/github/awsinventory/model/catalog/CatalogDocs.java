package io.github.awsinventory.model.catalog;

/** Renders a type's attributes as the Markdown tables of {@code docs/RESOURCE_TYPES.md}. */
final class CatalogDocs {

  private CatalogDocs() {}

  static String attributeTables(TypeDescriptor descriptor) {
    StringBuilder out = new StringBuilder();
    table(out, "attribute", descriptor.attributes().toArray(new AttributeKey<?>[0]));
    for (AttributeKey<?> key : descriptor.attributes()) {
      if (!key.fields().isEmpty()) {
        out.append('\n').append(key.valueType() == ValueType.MAP_LIST ? "Each `" + key.name() + "` entry:"
            : "The `" + key.name() + "` map:").append("\n\n");
        table(out, "key", key.fields().toArray(new AttributeKey<?>[0]));
      }
    }
    return out.toString();
  }

  private static void table(StringBuilder out, String heading, AttributeKey<?>... keys) {
    out.append("| ").append(heading).append(" | type | meaning |\n|---|---|---|\n");
    for (AttributeKey<?> key : keys) {
      out.append("| `").append(key.name()).append("` | ").append(key.valueType().label()).append(" | ")
          .append(key.meaning()).append(" |\n");
    }
  }
}
