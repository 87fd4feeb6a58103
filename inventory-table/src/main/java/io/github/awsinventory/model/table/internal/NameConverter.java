package io.github.awsinventory.model.table.internal;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.RunStatus;
import io.github.awsinventory.model.ScopeStatus;
import java.util.function.Function;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A value stored as its name (S): a resource type ({@code ebs_volume}) or a status ({@code THROTTLED}). The SDK's
 * enum converter writes {@code toString()}, which an enum may override; the table holds {@code name()}.
 *
 * @param <T> the value's type
 */
final class NameConverter<T> implements AttributeConverter<T> {

  static final NameConverter<ResourceType> RESOURCE_TYPE =
      new NameConverter<>(ResourceType.class, ResourceType::name, ResourceType::of);
  static final NameConverter<RunStatus> RUN_STATUS =
      new NameConverter<>(RunStatus.class, RunStatus::name, RunStatus::valueOf);
  static final NameConverter<ScopeStatus> SCOPE_STATUS =
      new NameConverter<>(ScopeStatus.class, ScopeStatus::name, ScopeStatus::valueOf);

  private final EnhancedType<T> type;
  private final Function<T, String> name;
  private final Function<String, T> parse;

  private NameConverter(Class<T> type, Function<T, String> name, Function<String, T> parse) {
    this.type = EnhancedType.of(type);
    this.name = name;
    this.parse = parse;
  }

  @Override
  public AttributeValue transformFrom(T input) {
    return AttributeValue.fromS(name.apply(input));
  }

  @Override
  public T transformTo(AttributeValue input) {
    return parse.apply(input.s());
  }

  @Override
  public EnhancedType<T> type() {
    return type;
  }

  @Override
  public AttributeValueType attributeValueType() {
    return AttributeValueType.S;
  }
}
