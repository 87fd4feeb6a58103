package io.github.awsinventory.examples;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.ResourceCatalog;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every name the built-in catalogue gives — attribute names, the names of the fields of map attributes, and
 * type ids — each with the constants that stand for it: {@code "instance_type"} is
 * {@code Ec2Instance.INSTANCE_TYPE}, {@code "kms_key_id"} one of five keys, {@code "ec2_instance"}
 * {@code ResourceType.EC2_INSTANCE}.
 */
final class CatalogueNames {

  private final Map<String, SortedSet<String>> constants;

  private CatalogueNames(Map<String, SortedSet<String>> constants) {
    this.constants = constants;
  }

  /**
   * The names of {@link ResourceCatalog#builtIn()}, with the constants found in the given classes (and their
   * nested classes); a name whose key no class holds is still a name, suggested as the catalogue's key.
   *
   * @param holders the classes of the types' keys, e.g. {@code Ec2Instance.class}
   */
  static CatalogueNames builtIn(Collection<Class<?>> holders) {
    Map<Object, String> constantOf = new IdentityHashMap<>();
    for (Class<?> holder : holders) {
      collectConstants(holder, holder.getSimpleName(), constantOf);
    }
    collectConstants(ResourceType.class, ResourceType.class.getSimpleName(), constantOf);

    Map<String, SortedSet<String>> constants = new TreeMap<>();
    for (TypeDescriptor descriptor : ResourceCatalog.builtIn().descriptors()) {
      add(constants, descriptor.type().name(), Optional.ofNullable(constantOf.get(descriptor.type()))
          .orElse("a ResourceType constant"));
      List<AttributeKey<?>> keys = new ArrayList<>(descriptor.attributes());
      for (int i = 0; i < keys.size(); i++) {
        AttributeKey<?> key = keys.get(i);
        keys.addAll(key.fields());
        add(constants, key.name(), Optional.ofNullable(constantOf.get(key))
            .orElse("the " + descriptor.type() + " key named " + key.name()));
      }
    }
    return new CatalogueNames(constants);
  }

  /** Whether a string is one of the catalogue's names. */
  boolean contains(String text) {
    return constants.containsKey(text);
  }

  /** The constants that stand for a name, e.g. {@code [EbsSnapshot.KMS_KEY_ID, EbsVolume.KMS_KEY_ID, ...]}. */
  SortedSet<String> constantsFor(String name) {
    return constants.get(name);
  }

  private static void add(Map<String, SortedSet<String>> constants, String name, String constant) {
    constants.computeIfAbsent(name, n -> new TreeSet<>()).add(constant);
  }

  private static void collectConstants(Class<?> holder, String prefix, Map<Object, String> constantOf) {
    for (Field field : holder.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getDeclaringClass() == holder) {
        try {
          constantOf.putIfAbsent(field.get(null), prefix + "." + field.getName());
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("cannot read " + prefix + "." + field.getName(), e);
        }
      }
    }
    for (Class<?> nested : holder.getClasses()) {
      collectConstants(nested, prefix + "." + nested.getSimpleName(), constantOf);
    }
  }
}
