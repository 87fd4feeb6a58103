package io.github.awsinventory.collector.spi;

import io.github.awsinventory.collector.CollectionException;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.AttributeKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One per-item call of an {@link ItemCollector} (GetBucketEncryption, GetBucketTagging, ...), run by the framework for
 * each listed item, concurrently with the other items' and steps' calls. Immutable and thread-safe.
 *
 * <p>A step {@link Fetch fetches} and returns what it found as a {@link Detail}, which the framework applies to the
 * item's resource. When the fetch throws an {@code AwsServiceException} (the service answered about this resource
 * with an error), the framework marks the step's {@link #unknownOnFailure() attributes} unknown, applies the
 * {@link #fallback()} if there is one, and records a detail error for the run's report. Any other exception — a
 * call that got no answer, the scope's deadline — ends the scope's attempt, which is retried as a whole when the
 * error is transient.
 *
 * @param <T> the listed item
 */
public final class DetailStep<T> {

  /** The attribute name that stands for the resource's tags in {@code unknownAttributes}. */
  public static final String TAGS = "tags";

  /** The attribute name that stands for the resource's region in {@code unknownAttributes}. */
  public static final String REGION = "region";

  private final String name;
  private final Fetch<T> fetch;
  private final List<String> unknownOnFailure;
  private final Detail fallback;

  private DetailStep(String name, Fetch<T> fetch, List<String> unknownOnFailure, Detail fallback) {
    if (name == null || name.isBlank()) {
      throw new CollectionException("a detail step needs a name (was '" + name + "'); name it after its API call, "
          + "such as 'GetBucketTagging'");
    }
    this.name = name;
    this.fetch = Objects.requireNonNull(fetch, "fetch");
    if (unknownOnFailure.isEmpty()) {
      throw new CollectionException("detail step " + name + " must name the attributes that become unknown "
          + "when it fails (was none); pass at least one, or use DetailStep.tags(name, fetch) for a tags call");
    }
    this.unknownOnFailure = List.copyOf(unknownOnFailure);
    this.fallback = fallback;
  }

  /**
   * A step that gives these attributes.
   *
   * @param name the step's name for errors, usually its API call
   * @param fetch the call
   * @param unknownOnFailure the attributes that become unknown when the call fails; at least one
   * @param <T> the listed item
   * @return the step
   * @throws CollectionException when the name is blank or no attribute is named
   */
  public static <T> DetailStep<T> of(String name, Fetch<T> fetch, AttributeKey<?>... unknownOnFailure) {
    List<String> names = new ArrayList<>();
    for (AttributeKey<?> key : unknownOnFailure) {
      names.add(key.name());
    }
    return new DetailStep<>(name, fetch, names, null);
  }

  /**
   * A step that gives what is not an attribute key, such as the resource's {@link #REGION}.
   *
   * @param name the step's name, usually its API call
   * @param fetch the call
   * @param unknownOnFailure the attribute names that become unknown when the call fails; at least one
   * @param <T> the listed item
   * @return the step
   * @throws CollectionException when the name is blank or no attribute is named
   */
  public static <T> DetailStep<T> named(String name, Fetch<T> fetch, String... unknownOnFailure) {
    return new DetailStep<>(name, fetch, Arrays.asList(unknownOnFailure), null);
  }

  /**
   * A step that gives the resource's tags (and its {@code Name}-tag name): tags become unknown when it fails.
   *
   * @param name the step's name, usually its API call
   * @param fetch the call
   * @param <T> the listed item
   * @return the step
   * @throws CollectionException when the name is blank
   */
  public static <T> DetailStep<T> tags(String name, Fetch<T> fetch) {
    return new DetailStep<>(name, fetch, List.of(TAGS), null);
  }

  /**
   * This step marking further attribute names unknown when it fails, for what is not an attribute key (such as
   * {@link #REGION} or {@link #TAGS}).
   *
   * @param names attribute names
   * @return a new step
   */
  public DetailStep<T> alsoUnknownOnFailure(String... names) {
    List<String> all = new ArrayList<>(unknownOnFailure);
    all.addAll(Arrays.asList(names));
    return new DetailStep<>(name, fetch, all, fallback);
  }

  /**
   * This step applying {@code fallback} when it fails, after marking its attributes unknown (an S3 bucket whose
   * location cannot be read goes to the {@code global} region).
   *
   * @param fallback what to apply
   * @return a new step
   */
  public DetailStep<T> withFallback(Detail fallback) {
    return new DetailStep<>(name, fetch, unknownOnFailure, Objects.requireNonNull(fallback, "fallback"));
  }

  /**
   * The step's name.
   *
   * @return e.g. {@code GetBucketTagging}
   */
  public String name() {
    return name;
  }

  /**
   * The attribute names that become unknown when the step fails.
   *
   * @return attribute names
   */
  public List<String> unknownOnFailure() {
    return unknownOnFailure;
  }

  /**
   * What is applied when the step fails, besides marking its attributes unknown.
   *
   * @return the fallback, if any
   */
  public Optional<Detail> fallback() {
    return Optional.ofNullable(fallback);
  }

  /**
   * Runs the step's call.
   *
   * @param context the scope
   * @param item the listed item
   * @return what it found
   */
  public Detail fetch(CollectionContext context, T item) {
    Detail detail = fetch.fetch(context, item);
    return detail == null ? Detail.NOTHING : detail;
  }

  @Override
  public String toString() {
    return "DetailStep[" + name + " -> " + unknownOnFailure + "]";
  }

  /**
   * The call of a step: runs on one of the framework's threads, so it must not touch shared mutable state; it
   * returns what it found instead of changing the resource.
   *
   * @param <T> the listed item
   */
  @FunctionalInterface
  public interface Fetch<T> {
    /**
     * Calls the service for one item.
     *
     * @param context the scope (its clients are thread-safe)
     * @param item the listed item
     * @return what to apply to the item's resource
     */
    Detail fetch(CollectionContext context, T item);
  }

  /** What a step found, applied to the item's resource on the scope's thread, in the order of the steps. */
  @FunctionalInterface
  public interface Detail {
    /** Changes nothing. */
    Detail NOTHING = resource -> { };

    /**
     * The item no longer exists: it was deleted between the listing and this call (DynamoDB's
     * {@code ResourceNotFoundException} on DescribeTable). The resource is not written, as if it had not been listed.
     */
    Detail VANISHED = resource -> { };

    /**
     * Applies what was found.
     *
     * @param resource the item's resource
     */
    void applyTo(Resource.Builder resource);
  }
}
