package io.github.awsinventory.query;

import io.github.awsinventory.model.Resource;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A resource's current state and its recorded versions, newest first. */
@Value.Immutable
public abstract class ResourceHistory {

  ResourceHistory() {}

  /**
   * Creates a history.
   *
   * @param current the current item's resource
   * @param deletedAt when it was found deleted, if it was
   * @param versions versions, newest first
   * @return the history
   */
  public static ResourceHistory of(Resource current, Optional<Instant> deletedAt, List<ResourceVersion> versions) {
    return ImmutableResourceHistory.builder().current(current).deletedAt(deletedAt).versions(versions).build();
  }

  /**
   * The resource's current item (its last known state when it was deleted).
   *
   * @return the resource
   */
  public abstract Resource current();

  /**
   * When the collector found the resource gone.
   *
   * @return the deletion time, empty while it is live
   */
  public abstract Optional<Instant> deletedAt();

  /**
   * Recorded versions, newest first, each with what changed since the one before it. Versions older than
   * the history retention have expired.
   *
   * @return versions
   */
  public abstract List<ResourceVersion> versions();

  /**
   * Whether the resource is live (not found deleted).
   *
   * @return true when live
   */
  public boolean isLive() {
    return deletedAt().isEmpty();
  }
}
