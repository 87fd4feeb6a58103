package io.github.awsinventory.query;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One difference between two versions of a resource: what changed (a path such as {@code state},
 * {@code tags.Team} or {@code attributes.size_gib}), its value before and after (absent when the value
 * did not exist on that side).
 */
@Value.Immutable
public abstract class Change {

  Change() {}

  /**
   * Creates a change.
   *
   * @param path what changed
   * @param before the old value, or null when it did not exist
   * @param after the new value, or null when it no longer exists
   * @return the change
   */
  public static Change of(String path, Object before, Object after) {
    return ImmutableChange.builder().path(path).before(Optional.ofNullable(before)).after(Optional.ofNullable(after))
        .build();
  }

  /**
   * What changed, e.g. {@code attributes.size_gib}.
   *
   * @return the path
   */
  public abstract String path();

  /**
   * The value in the older version.
   *
   * @return the value, absent when it did not exist
   */
  public abstract Optional<Object> before();

  /**
   * The value in the newer version.
   *
   * @return the value, absent when it no longer exists
   */
  public abstract Optional<Object> after();

  @Override
  public String toString() {
    return path() + ": " + before().map(String::valueOf).orElse("(none)") + " -> "
        + after().map(String::valueOf).orElse("(none)");
  }
}
