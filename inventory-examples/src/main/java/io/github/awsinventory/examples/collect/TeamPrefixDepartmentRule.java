package io.github.awsinventory.examples.collect;

import io.github.awsinventory.collector.spi.DepartmentRule;
import io.github.awsinventory.model.Resource;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Gives a resource named {@code <team>-<purpose>} — {@code payments-orders}, {@code search-indexer-dlq} —
 * the department of its team, from a team directory. A department tag, when the resource has one, still
 * wins: this rule only names the owner of resources whose tags say nothing (queues created by a framework
 * that does not tag them, for example).
 *
 * <p>Rules added to the collector are consulted before the built-in ones (tag, account, {@code unassigned});
 * returning empty hands the resource on to them. Stateless and thread-safe, as the collector calls rules
 * from many threads.
 *
 * <pre>{@code
 * InventoryCollector.builder()
 *     .config(config)
 *     .addDepartmentRule(new TeamPrefixDepartmentRule(Map.of("payments", "finance"), config.departmentTagKeys()))
 * }</pre>
 */
public final class TeamPrefixDepartmentRule implements DepartmentRule {

  private final Map<String, String> departmentByTeam;
  private final Set<String> departmentTagKeys;

  /**
   * Creates the rule.
   *
   * @param departmentByTeam team name prefix (compared without regard to case) to department
   * @param departmentTagKeys the tag keys that name a department, e.g. the configuration's
   *     {@code department_tag_keys}; a resource with one of them is left to the tag
   * @throws IllegalArgumentException when a team or department is blank or a team contains a dash
   */
  public TeamPrefixDepartmentRule(Map<String, String> departmentByTeam, List<String> departmentTagKeys) {
    Map<String, String> teams = new TreeMap<>();
    departmentByTeam.forEach((team, department) -> {
      if (team.isBlank() || team.contains("-") || department.isBlank()) {
        throw new IllegalArgumentException("team '" + team + "' -> department '" + department + "' is not usable; "
            + "name each team by the part of a resource name before its first dash, and give it a department");
      }
      teams.put(team.toLowerCase(Locale.ROOT), department);
    });
    this.departmentByTeam = Map.copyOf(teams);
    this.departmentTagKeys = departmentTagKeys.stream().map(key -> key.toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public Optional<String> department(Resource resource, Optional<String> accountDepartment) {
    boolean tagged = resource.tags().entrySet().stream().anyMatch(tag -> !tag.getValue().isBlank()
        && departmentTagKeys.contains(tag.getKey().toLowerCase(Locale.ROOT)));
    int dash = resource.name().indexOf('-');
    if (tagged || dash <= 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(departmentByTeam.get(resource.name().substring(0, dash).toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return "TeamPrefixDepartmentRule" + departmentByTeam;
  }
}
