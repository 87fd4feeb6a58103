package io.github.awsinventory.model;

import io.github.awsinventory.model.internal.JsonValues;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One inventoried AWS resource as last observed: who owns it, what it is, what it costs.
 *
 * <p>{@link #attributes()} holds the type-specific values (documented per type in
 * {@code docs/RESOURCE_TYPES.md}) as JSON-like values: {@link String}, {@link Boolean},
 * {@link BigDecimal}, {@link List} and {@link Map}. Values given as other Java types (ints, doubles,
 * instants, enums, sets) are normalized on build. An attribute whose value could not be determined is
 * left out of {@code attributes()} and named in {@link #unknownAttributes()} — "could not tell" is never
 * recorded as a value.
 *
 * <p>{@link #estimatedMonthlyCost()} is absent when the cost is unknown; it is never 0 for unknown.
 * {@link #costBasis()} explains the estimate, or why there is none.
 *
 * <p>{@code build()} throws an {@link InvalidResourceException} naming the resource and the field when a value
 * breaks these rules (a blank region, an account id that is not 12 digits, an attribute with no JSON form).
 *
 * <pre>{@code
 * Resource volume = Resource.builder()
 *     .resourceId("arn:aws:ec2:us-east-1:111111111111:volume/vol-0abc")
 *     .resourceType(ResourceType.EBS_VOLUME)
 *     .accountId("111111111111").accountName("engineering")
 *     .region("us-east-1").name("data").state("available").department("platform")
 *     .putTags("Team", "core")
 *     .putAttributes("size_gib", 100).putAttributes("encrypted", false)
 *     .firstSeen(now).lastSeen(now)
 *     .estimatedMonthlyCost(new BigDecimal("8.00")).costBasis("list-price 2026-11 us-east-1 x1.00")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Resource implements ResourceIdentity {

  /** The department of a resource that no tag and no account attributes to anyone. */
  public static final String UNASSIGNED = "unassigned";

  /** The region of resources that belong to no region (IAM). */
  public static final String GLOBAL_REGION = "global";

  /** The longest resource id accepted: every table key built from it must fit DynamoDB's limits. */
  public static final int MAX_RESOURCE_ID_BYTES = 900;

  private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

  Resource() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialized with this resource's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * The lifecycle state as AWS reports it ({@code running}, {@code available}, ...), when the type has one.
   *
   * @return the state
   */
  public abstract Optional<String> state();

  /**
   * The owning department: from a resource tag, else the account's department, else {@value #UNASSIGNED}.
   *
   * @return the department
   */
  @Value.Default
  public String department() {
    return UNASSIGNED;
  }

  /**
   * The resource's AWS tags.
   *
   * @return the tags
   */
  public abstract Map<String, String> tags();

  /**
   * Type-specific values, JSON-like and normalized (see the class description).
   *
   * @return the attributes
   */
  public abstract Map<String, Object> attributes();

  /**
   * Names of attributes whose value could not be determined (a detail call failed or was denied). Rules
   * report these as "unknown", never as a pass or a fail.
   *
   * @return attribute names, sorted
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> unknownAttributes();

  /**
   * When AWS says the resource was created, where it says so.
   *
   * @return the creation time
   */
  public abstract Optional<Instant> createdAt();

  /**
   * When the inventory first saw this resource.
   *
   * @return the first observation
   */
  public abstract Instant firstSeen();

  /**
   * When the inventory last saw this resource.
   *
   * @return the last observation
   */
  public abstract Instant lastSeen();

  /**
   * The estimated monthly cost in USD; absent when unknown.
   *
   * @return the estimate
   */
  public abstract Optional<BigDecimal> estimatedMonthlyCost();

  /**
   * How the estimate was made (e.g. {@code list-price 2026-11 us-east-1 x1.00}), or why there is none.
   *
   * @return the basis
   */
  public abstract Optional<String> costBasis();

  /**
   * A hash of everything that makes up this version of the resource — identity, name, state,
   * department, tags, attributes, unknown attributes, creation time and cost — but not the observation
   * timestamps or the account's name. Two observations with the same hash are the same version.
   *
   * @return 32 hex characters
   */
  @Value.Lazy
  public String contentHash() {
    StringBuilder canonical = new StringBuilder(256);
    JsonValues.writeCanonical(List.of(
        resourceId(), resourceType().name(), accountId(), region(), name(), state().orElse(""),
        department(), tags(), attributes(), List.copyOf(unknownAttributes()),
        createdAt().map(Instant::toString).orElse(""),
        estimatedMonthlyCost().map(BigDecimal::toPlainString).orElse(""), costBasis().orElse("")),
        canonical);
    return JsonValues.sha256Hex128(canonical);
  }

  /**
   * One attribute's value.
   *
   * @param name the attribute name
   * @return the value, absent when missing or unknown
   */
  public Optional<Object> attribute(String name) {
    return Optional.ofNullable(attributes().get(name));
  }

  /**
   * One attribute as a string; absent when missing, unknown or not a string.
   *
   * @param name the attribute name
   * @return the value
   */
  public Optional<String> stringAttribute(String name) {
    Object value = attributes().get(name);
    return value instanceof String ? Optional.of((String) value) : Optional.empty();
  }

  /**
   * One attribute as a boolean; absent when missing, unknown or not a boolean.
   *
   * @param name the attribute name
   * @return the value
   */
  public Optional<Boolean> booleanAttribute(String name) {
    Object value = attributes().get(name);
    return value instanceof Boolean ? Optional.of((Boolean) value) : Optional.empty();
  }

  /**
   * One attribute as a number; absent when missing, unknown or not a number.
   *
   * @param name the attribute name
   * @return the value
   */
  public Optional<BigDecimal> numberAttribute(String name) {
    Object value = attributes().get(name);
    return value instanceof BigDecimal ? Optional.of((BigDecimal) value) : Optional.empty();
  }

  /**
   * Whether the value of an attribute could not be determined at collection.
   *
   * @param name the attribute name
   * @return true when unknown
   */
  public boolean isUnknown(String name) {
    return unknownAttributes().contains(name);
  }

  @Value.Check
  Resource normalize() {
    check(!resourceId().isBlank(), "resourceId must not be blank; set it to the resource's ARN");
    int idBytes = resourceId().getBytes(StandardCharsets.UTF_8).length;
    check(idBytes <= MAX_RESOURCE_ID_BYTES, "resourceId must be at most " + MAX_RESOURCE_ID_BYTES
        + " bytes (was " + idBytes + ") so that the table keys built from it fit DynamoDB's limits");
    check(ACCOUNT_ID.matcher(accountId()).matches(),
        "accountId must be 12 digits (was '" + accountId() + "')");
    check(!region().isBlank(), "region must not be blank; use 'global' for a resource without one");
    check(!department().isBlank(), "department must not be blank; use '" + UNASSIGNED + "'");
    check(!lastSeen().isBefore(firstSeen()), "lastSeen (" + lastSeen() + ") must not be before firstSeen ("
        + firstSeen() + "); set firstSeen to when the resource was first collected");
    estimatedMonthlyCost().ifPresent(cost -> {
      check(cost.signum() >= 0, "estimatedMonthlyCost must be >= 0 (was " + cost + ")");
      check(costBasis().isPresent(), "costBasis is required with an estimatedMonthlyCost; say how it was estimated");
    });
    for (String key : tags().keySet()) {
      check(!key.isEmpty(), "tag keys must not be empty; leave the tag out");
    }
    for (String unknown : unknownAttributes()) {
      check(!attributes().containsKey(unknown), "attribute '" + unknown + "' is both known and unknown; keep it "
          + "in attributes or in unknownAttributes, not both");
    }
    if (JsonValues.isCanonicalMap(attributes())) {
      return this;
    }
    try {
      return toBuilder().attributes(JsonValues.normalizeMap(attributes(), "attributes")).build();
    } catch (IllegalArgumentException e) {
      throw new InvalidResourceException(resourceId(), e.getMessage(), e);
    }
  }

  private void check(boolean condition, String message) {
    if (!condition) {
      throw new InvalidResourceException(resourceId(), message);
    }
  }

  /** Builds {@link Resource}s; obtained from {@link Resource#builder()}. */
  public static final class Builder extends ImmutableResource.Builder {
    Builder() {}
  }
}
