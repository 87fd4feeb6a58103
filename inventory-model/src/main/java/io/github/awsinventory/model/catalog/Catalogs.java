package io.github.awsinventory.model.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks shared by the catalogue's types. */
final class Catalogs {

  private Catalogs() {}

  static void checkUniqueNames(List<AttributeKey<?>> keys, String where) {
    Set<String> names = new HashSet<>();
    for (AttributeKey<?> key : keys) {
      if (!names.add(key.name())) {
        throw new CatalogException("attribute '" + key.name() + "' appears twice in the " + where
            + "; give each attribute one key");
      }
    }
  }
}
