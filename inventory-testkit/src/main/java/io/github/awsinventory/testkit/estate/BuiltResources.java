package io.github.awsinventory.testkit.estate;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An immutable selection of {@link BuiltResource}s, in the order they were built, narrowed with chained
 * filters:
 *
 * <pre>{@code
 * int open = manifest.ofType(ResourceTypes.SECURITY_GROUP).in("111111111111", "us-east-1")
 *     .withTrait(Traits.OPEN_SSH).size();
 * }</pre>
 */
public final class BuiltResources implements Iterable<BuiltResource> {

  private final List<BuiltResource> resources;

  BuiltResources(List<BuiltResource> resources) {
    this.resources = List.copyOf(resources);
  }

  /**
   * Only resources of a type.
   *
   * @param type one of {@link ResourceTypes}
   * @return the narrower selection
   */
  public BuiltResources ofType(String type) {
    return filter(r -> r.type().equals(type));
  }

  /**
   * Only resources in an account and region.
   *
   * @param accountId the 12-digit account
   * @param region the region, or {@link BuiltResource#GLOBAL} for IAM users
   * @return the narrower selection
   */
  public BuiltResources in(String accountId, String region) {
    return filter(r -> r.accountId().equals(accountId) && r.region().equals(region));
  }

  /**
   * Only resources in an account, in any region.
   *
   * @param accountId the 12-digit account
   * @return the narrower selection
   */
  public BuiltResources inAccount(String accountId) {
    return filter(r -> r.accountId().equals(accountId));
  }

  /**
   * Only resources in a region, in any account.
   *
   * @param region the region, or {@link BuiltResource#GLOBAL}
   * @return the narrower selection
   */
  public BuiltResources inRegion(String region) {
    return filter(r -> r.region().equals(region));
  }

  /**
   * Only resources that carry a trait.
   *
   * @param trait one of {@link Traits}
   * @return the narrower selection
   */
  public BuiltResources withTrait(String trait) {
    return filter(r -> r.hasTrait(trait));
  }

  /**
   * Only resources that do not carry a trait.
   *
   * @param trait one of {@link Traits}
   * @return the narrower selection
   */
  public BuiltResources withoutTrait(String trait) {
    return filter(r -> !r.hasTrait(trait));
  }

  /**
   * Only resources that match a condition.
   *
   * @param condition the condition
   * @return the narrower selection
   */
  public BuiltResources filter(Predicate<? super BuiltResource> condition) {
    Objects.requireNonNull(condition, "condition");
    return new BuiltResources(resources.stream().filter(condition).collect(Collectors.toList()));
  }

  /**
   * The one resource of this selection.
   *
   * @return the resource
   * @throws IllegalStateException when the selection holds none or several
   */
  public BuiltResource only() {
    if (resources.size() != 1) {
      throw new IllegalStateException("expected exactly one resource but the selection holds " + resources.size()
          + ": " + resources);
    }
    return resources.get(0);
  }

  /**
   * How many resources the selection holds.
   *
   * @return the count
   */
  public int size() {
    return resources.size();
  }

  /**
   * Whether the selection is empty.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return resources.isEmpty();
  }

  /**
   * The resources.
   *
   * @return an immutable list, in build order
   */
  public List<BuiltResource> list() {
    return resources;
  }

  /**
   * The resources as a stream.
   *
   * @return a stream, in build order
   */
  public Stream<BuiltResource> stream() {
    return resources.stream();
  }

  /**
   * The native ids ({@link BuiltResource#id()}).
   *
   * @return the ids, in build order
   */
  public List<String> ids() {
    return resources.stream().map(BuiltResource::id).collect(Collectors.toList());
  }

  /**
   * The ARNs ({@link BuiltResource#arn()}).
   *
   * @return the ARNs, in build order
   */
  public List<String> arns() {
    return resources.stream().map(BuiltResource::arn).collect(Collectors.toList());
  }

  /**
   * The names ({@link BuiltResource#name()}).
   *
   * @return the names, in build order
   */
  public List<String> names() {
    return resources.stream().map(BuiltResource::name).collect(Collectors.toList());
  }

  @Override
  public Iterator<BuiltResource> iterator() {
    return resources.iterator();
  }

  @Override
  public String toString() {
    return resources.size() + " resources";
  }
}
