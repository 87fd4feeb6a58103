package io.github.awsinventory.query;

import io.github.awsinventory.model.Resource;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/** One recorded version of a resource and what changed since the version before it. */
@Value.Immutable
public abstract class ResourceVersion {

  ResourceVersion() {}

  /**
   * Creates a version.
   *
   * @param recordedAt when the version was recorded
   * @param resource the resource as it was
   * @param changes differences from the previous (older) version; empty for the first
   * @return the version
   */
  public static ResourceVersion of(Instant recordedAt, Resource resource, List<Change> changes) {
    return ImmutableResourceVersion.builder().recordedAt(recordedAt).resource(resource).changes(changes).build();
  }

  /**
   * When the version was recorded.
   *
   * @return the time
   */
  public abstract Instant recordedAt();

  /**
   * The resource as it was.
   *
   * @return the resource
   */
  public abstract Resource resource();

  /**
   * What changed since the previous version; empty for the first version.
   *
   * @return changes
   */
  public abstract List<Change> changes();
}
