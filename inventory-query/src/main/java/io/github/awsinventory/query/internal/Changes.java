package io.github.awsinventory.query.internal;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.query.Change;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** What differs between two versions of a resource, attribute by attribute and tag by tag. */
final class Changes {

  private Changes() {}

  static List<Change> between(Resource older, Resource newer) {
    List<Change> changes = new ArrayList<>();
    compare(changes, "name", older.name(), newer.name());
    compare(changes, "state", older.state().orElse(null), newer.state().orElse(null));
    compare(changes, "department", older.department(), newer.department());
    compare(changes, "region", older.region(), newer.region());
    compare(changes, "created_at", older.createdAt().orElse(null), newer.createdAt().orElse(null));
    compareMaps(changes, "tags", older.tags(), newer.tags());
    compareMaps(changes, "attributes", older.attributes(), newer.attributes());
    for (String name : new TreeSet<>(union(older.unknownAttributes(), newer.unknownAttributes()))) {
      compare(changes, "unknown_attributes." + name, older.isUnknown(name) ? "unknown" : null,
          newer.isUnknown(name) ? "unknown" : null);
    }
    compare(changes, "estimated_monthly_cost", older.estimatedMonthlyCost().orElse(null),
        newer.estimatedMonthlyCost().orElse(null));
    compare(changes, "cost_basis", older.costBasis().orElse(null), newer.costBasis().orElse(null));
    return changes;
  }

  private static void compareMaps(List<Change> changes, String prefix, Map<String, ?> older, Map<String, ?> newer) {
    for (String key : new TreeSet<>(union(older.keySet(), newer.keySet()))) {
      compare(changes, prefix + "." + key, older.get(key), newer.get(key));
    }
  }

  private static void compare(List<Change> changes, String path, Object before, Object after) {
    boolean same = before instanceof BigDecimal && after instanceof BigDecimal
        ? ((BigDecimal) before).compareTo((BigDecimal) after) == 0 : Objects.equals(before, after);
    if (!same) {
      changes.add(Change.of(path, before, after));
    }
  }

  private static <T> Set<T> union(Collection<T> a, Collection<T> b) {
    Set<T> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }
}
