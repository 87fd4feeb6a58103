package io.github.awsinventory.model.config.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.CatalogException;
import io.github.awsinventory.model.util.Suggestions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import software.amazon.awssdk.regions.Region;

/**
 * Validates the lists that say what to collect: region names against the AWS SDK's regions, resource type
 * names (and the original system's short names) against the types a collector is registered for.
 */
final class ScopeValues {

  private static final Set<String> KNOWN_REGIONS = Region.regions().stream()
      .filter(r -> !r.isGlobalRegion())
      .map(Region::id)
      .collect(Collectors.toCollection(TreeSet::new));

  private final JsonFields fields;
  private final Set<ResourceType> knownTypes;

  ScopeValues(JsonFields fields, Set<ResourceType> knownTypes) {
    this.fields = fields;
    this.knownTypes = knownTypes;
  }

  /** The known regions of a list, each once; unknown ones are errors, repeated ones warnings. */
  List<String> regions(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    List<String> names = fields.stringList(node, path);
    if (names == null) {
      return List.of();
    }
    Set<String> unique = new LinkedHashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String region = names.get(i);
      String elementPath = path + "[" + i + "]";
      if (!KNOWN_REGIONS.contains(region)) {
        fields.error(elementPath, region, "unknown region",
            Suggestions.didYouMean(region, KNOWN_REGIONS) + "use a region name such as us-east-1");
      } else if (!unique.add(region)) {
        fields.warn(elementPath, region, "region listed twice", "remove the duplicate");
      }
    }
    return List.copyOf(unique);
  }

  /** The known types a list names, each once; invalid and unknown names are errors, repeated ones warnings. */
  List<ResourceType> resourceTypes(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    List<String> names = fields.stringList(node, path);
    if (names == null) {
      return List.of();
    }
    Set<ResourceType> types = new LinkedHashSet<>();
    Set<String> knownNames = knownTypes.stream().map(ResourceType::name).collect(Collectors.toCollection(TreeSet::new));
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      String elementPath = path + "[" + i + "]";
      List<ResourceType> parsed;
      try {
        parsed = ResourceType.parse(name);
      } catch (CatalogException e) {
        fields.error(elementPath, name, "not a valid resource type name",
            Suggestions.didYouMean(name, knownNames) + "known types: " + knownNames);
        continue;
      }
      for (ResourceType type : parsed) {
        if (!knownTypes.contains(type)) {
          fields.error(elementPath, name, "unknown resource type",
              Suggestions.didYouMean(name, knownNames) + "known types: " + knownNames + "; or register a collector for it");
        } else if (!types.add(type)) {
          fields.warn(elementPath, name, "resource type listed twice", "remove the duplicate");
        }
      }
    }
    return List.copyOf(types);
  }
}
