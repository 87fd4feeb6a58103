package io.github.awsinventory.collector.spi;

import io.github.awsinventory.model.Resource;
import java.util.Optional;

/**
 * Decides which department owns a resource. Rules added to the collector are consulted first, in order;
 * then the built-in ones: a resource tag (the configured keys, without regard to case), the account's
 * department, and finally {@code unassigned}.
 *
 * <pre>{@code
 * DepartmentRule byNamePrefix = (resource, accountDepartment) ->
 *     resource.name().startsWith("ml-") ? Optional.of("data-science") : Optional.empty();
 * }</pre>
 */
@FunctionalInterface
public interface DepartmentRule {

  /**
   * The department of a resource.
   *
   * @param resource the resource (its department not yet set)
   * @param accountDepartment the account's configured or Organizations department
   * @return the department, or empty to let the next rule decide
   */
  Optional<String> department(Resource resource, Optional<String> accountDepartment);
}
