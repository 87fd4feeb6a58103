package io.github.awsinventory.testkit.estate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One resource an {@link Estate} built, as the emulator reported it: where it is, its ids, name and tags,
 * the {@link Traits} planted on it and a few attributes (such as {@code instance_type} or
 * {@code volume_type}) that tests compare collected values with.
 */
public final class BuiltResource {

  /** The region of global resources (IAM users). */
  public static final String GLOBAL = "global";

  /** The tag keys that name a department, tried in order and matched without regard to case. */
  public static final List<String> DEPARTMENT_TAG_KEYS = List.of("Department", "CostCenter");

  private final String accountId;
  private final String region;
  private final String type;
  private final String id;
  private final String arn;
  private final String name;
  private final Map<String, String> tags;
  private final Set<String> traits;
  private final Map<String, String> attributes;

  private BuiltResource(Builder b) {
    this.accountId = Objects.requireNonNull(b.accountId, "accountId");
    this.region = Objects.requireNonNull(b.region, "region");
    this.type = Objects.requireNonNull(b.type, "type");
    this.id = Objects.requireNonNull(b.id, "id");
    this.arn = Objects.requireNonNull(b.arn, "arn");
    this.name = b.name == null ? b.id : b.name;
    this.tags = Collections.unmodifiableMap(new LinkedHashMap<>(b.tags));
    this.traits = Collections.unmodifiableSet(new TreeSet<>(b.traits));
    this.attributes = Collections.unmodifiableMap(new TreeMap<>(b.attributes));
  }

  static Builder builder(String type, String accountId, String region) {
    return new Builder(type, accountId, region);
  }

  /**
   * The 12-digit account the resource is in.
   *
   * @return the account id
   */
  public String accountId() {
    return accountId;
  }

  /**
   * The region the resource is in: the bucket's own region for S3, {@link #GLOBAL} for IAM users.
   *
   * @return e.g. {@code eu-west-1}
   */
  public String region() {
    return region;
  }

  /**
   * The resource type, one of {@link ResourceTypes}.
   *
   * @return e.g. {@code ec2_instance}
   */
  public String type() {
    return type;
  }

  /**
   * The id the service gives the resource: {@code i-...}, {@code vol-...}, {@code eipalloc-...}, the
   * bucket, table, function, DB instance or cluster or user name, or the load balancer's ARN.
   *
   * @return the native id
   */
  public String id() {
    return id;
  }

  /**
   * The resource's ARN in the format of real AWS, e.g. {@code arn:aws:ec2:us-east-1:111111111111:instance/i-1},
   * {@code arn:aws:ec2:us-east-1::snapshot/snap-1} or {@code arn:aws:s3:::bucket}.
   *
   * @return the ARN
   */
  public String arn() {
    return arn;
  }

  /**
   * The resource's name: its {@code Name} tag for EC2 resources (else its id), the group name of a security
   * group, the name of everything else.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The tags the estate put on the resource, in the order given.
   *
   * @return the tags, possibly empty
   */
  public Map<String, String> tags() {
    return tags;
  }

  /**
   * The planted properties, see {@link Traits}.
   *
   * @return the traits, sorted
   */
  public Set<String> traits() {
    return traits;
  }

  /**
   * Whether the resource carries a trait.
   *
   * @param trait one of {@link Traits}
   * @return true when it does
   */
  public boolean hasTrait(String trait) {
    return traits.contains(trait);
  }

  /**
   * A few attributes as the emulator reported them, e.g. {@code instance_type}, {@code state},
   * {@code volume_type}, {@code size_gib}, {@code engine}, {@code runtime}, {@code billing_mode}.
   *
   * @return the attributes, sorted by name
   */
  public Map<String, String> attributes() {
    return attributes;
  }

  /**
   * The department the resource's tags name: the value of the first of {@link #DEPARTMENT_TAG_KEYS} it
   * carries, matched without regard to case (so {@code department} counts as {@code Department}).
   *
   * @return the tagged department, or empty when the resource falls back to its account's department
   */
  public Optional<String> taggedDepartment() {
    for (String key : DEPARTMENT_TAG_KEYS) {
      for (Map.Entry<String, String> tag : tags.entrySet()) {
        if (tag.getKey().equalsIgnoreCase(key)) {
          return Optional.of(tag.getValue());
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof BuiltResource)) {
      return false;
    }
    BuiltResource other = (BuiltResource) o;
    return arn.equals(other.arn) && accountId.equals(other.accountId) && region.equals(other.region)
        && type.equals(other.type) && id.equals(other.id) && name.equals(other.name) && tags.equals(other.tags)
        && traits.equals(other.traits) && attributes.equals(other.attributes);
  }

  @Override
  public int hashCode() {
    return arn.hashCode();
  }

  @Override
  public String toString() {
    return type + " " + name + " (" + arn + ") " + traits;
  }

  /** Collects what the estate learns while it creates a resource. */
  static final class Builder {
    private final String type;
    private final String accountId;
    private final String region;
    private String id;
    private String arn;
    private String name;
    private final Map<String, String> tags = new LinkedHashMap<>();
    private final Set<String> traits = new TreeSet<>();
    private final Map<String, String> attributes = new TreeMap<>();

    private Builder(String type, String accountId, String region) {
      this.type = type;
      this.accountId = accountId;
      this.region = region;
    }

    Builder id(String id) {
      this.id = id;
      return this;
    }

    Builder arn(String arn) {
      this.arn = arn;
      return this;
    }

    Builder name(String name) {
      this.name = name;
      return this;
    }

    Builder tags(Map<String, String> tags) {
      this.tags.putAll(tags);
      return this;
    }

    Builder trait(String trait) {
      traits.add(trait);
      return this;
    }

    Builder traits(Iterable<String> traits) {
      traits.forEach(this.traits::add);
      return this;
    }

    Builder trait(boolean condition, String ifTrue, String ifFalse) {
      traits.add(condition ? ifTrue : ifFalse);
      return this;
    }

    Builder attribute(String key, Object value) {
      if (value != null) {
        attributes.put(key, String.valueOf(value));
      }
      return this;
    }

    BuiltResource build() {
      return new BuiltResource(this);
    }
  }
}
