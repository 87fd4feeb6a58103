package io.github.awsinventory.testkit.estate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What every resource spec has: a name, tags, and traits the estate cannot derive from the emulator's
 * answers. The estate passes a fresh spec to the caller's lambda and creates the resource from it.
 *
 * @param <S> the concrete spec, for chaining
 */
public abstract class ResourceSpec<S extends ResourceSpec<S>> {

  String name;
  final Map<String, String> tags = new LinkedHashMap<>();
  final Set<String> extraTraits = new TreeSet<>();

  ResourceSpec() {}

  /**
   * The resource's name: its {@code Name} tag for EC2 resources (instances, volumes, snapshots, Elastic
   * IPs, NAT gateways), the group name of a security group, and the resource name of everything else.
   *
   * @param name the name
   * @return this spec
   */
  public S name(String name) {
    this.name = Objects.requireNonNull(name, "name");
    return self();
  }

  /**
   * Adds a tag.
   *
   * @param key the key, e.g. {@code Department}
   * @param value the value
   * @return this spec
   */
  public S tag(String key, String value) {
    tags.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    return self();
  }

  /**
   * Adds tags.
   *
   * @param tags the tags
   * @return this spec
   */
  public S tags(Map<String, String> tags) {
    tags.forEach(this::tag);
    return self();
  }

  /**
   * Records a trait the estate cannot derive from the emulator, such as {@link Traits#UNKNOWN_PRICE}.
   *
   * @param trait the trait
   * @return this spec
   */
  public S trait(String trait) {
    extraTraits.add(Objects.requireNonNull(trait, "trait"));
    return self();
  }

  String requireName(String what) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(what + " name is required (was " + (name == null ? "unset" : "blank")
          + "); call name(...) on the spec");
    }
    return name;
  }

  @SuppressWarnings("unchecked")
  private S self() {
    return (S) this;
  }
}
