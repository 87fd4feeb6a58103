package io.github.awsinventory.model.table.internal;

import io.github.awsinventory.model.StoreException;
import io.github.awsinventory.model.table.TableLayout;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A table schema of one table: reading an item that is not of the schema's kind fails with a
 * {@link StoreException} naming the table and the item's key, wherever the enhanced client maps it (a query's
 * page, a get). Everything else is the wrapped static schema's.
 *
 * @param <T> the item type
 */
final class CheckedTableSchema<T> implements TableSchema<T> {

  private final TableSchema<T> schema;
  private final String table;
  private final String kind;

  CheckedTableSchema(TableSchema<T> schema, String table, String kind) {
    this.schema = schema;
    this.table = table;
    this.kind = kind;
  }

  @Override
  public T mapToItem(Map<String, AttributeValue> attributeMap) {
    return mapToItem(attributeMap, false);
  }

  @Override
  public T mapToItem(Map<String, AttributeValue> attributeMap, boolean preserveEmptyObject) {
    try {
      return schema.mapToItem(attributeMap, preserveEmptyObject);
    } catch (RuntimeException e) {
      throw new StoreException("table " + table + " holds an item that is not an inventory " + kind + " (pk "
          + key(attributeMap, TableLayout.PK) + ", sk " + key(attributeMap, TableLayout.SK) + "): "
          + Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName()) + "; check that the table is "
          + "an inventory table and that nothing else writes to it", e);
    }
  }

  @Override
  public Map<String, AttributeValue> itemToMap(T item, boolean ignoreNulls) {
    return schema.itemToMap(item, ignoreNulls);
  }

  @Override
  public Map<String, AttributeValue> itemToMap(T item, Collection<String> attributes) {
    return schema.itemToMap(item, attributes);
  }

  @Override
  public AttributeValue attributeValue(T item, String attributeName) {
    return schema.attributeValue(item, attributeName);
  }

  @Override
  public TableMetadata tableMetadata() {
    return schema.tableMetadata();
  }

  @Override
  public EnhancedType<T> itemType() {
    return schema.itemType();
  }

  @Override
  public List<String> attributeNames() {
    return schema.attributeNames();
  }

  @Override
  public boolean isAbstract() {
    return schema.isAbstract();
  }

  @Override
  public AttributeConverter<T> converterForAttribute(Object key) {
    return schema.converterForAttribute(key);
  }

  private static String key(Map<String, AttributeValue> item, String name) {
    return Optional.ofNullable(item.get(name)).map(AttributeValue::s).orElse("missing");
  }
}
