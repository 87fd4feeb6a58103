package io.github.awsinventory.model.catalog;

import io.github.awsinventory.model.ResourceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A resource type's entry in the {@link ResourceCatalog}: what it is, where it lives, how its ARN looks, its
 * attributes, the IAM actions its collector calls and what the cost model prices. Built-in types have one
 * each ({@code Ec2Instance.DESCRIPTOR}, ...); a plug-in type describes itself the same way:
 *
 * <pre>{@code
 * public static final NumberKey VISIBLE_MESSAGES =
 *     AttributeKey.number("visible_messages", "approximate number of messages available");
 * public static final TypeDescriptor SQS_QUEUE = TypeDescriptor.builder(ResourceType.of("sqs_queue"))
 *     .description("An SQS queue")
 *     .service("sqs")
 *     .arnFormat("arn:<partition>:sqs:<region>:<account>:<queue name>")
 *     .attributes(VISIBLE_MESSAGES)
 *     .iamActions("sqs:ListQueues", "sqs:GetQueueAttributes")
 *     .costModel("unknown: billed by requests")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TypeDescriptor {

  private static final Pattern SERVICE = Pattern.compile("[a-z][a-z0-9-]{0,63}");
  private static final Pattern IAM_ACTION = Pattern.compile("[a-z0-9-]+:[A-Za-z0-9*]+");

  private final ResourceType type;
  private final String description;
  private final String service;
  private final boolean global;
  private final String arnFormat;
  private final List<AttributeKey<?>> attributes;
  private final List<String> iamActions;
  private final String costModel;
  private final List<AttributeKey<?>> pricedAttributes;

  private TypeDescriptor(Builder builder) {
    this.type = builder.type;
    this.description = require(builder.description, "description", "a one-line description such as 'An SQS queue'");
    this.service = require(builder.service, "service", "the service's endpoint prefix such as 'sqs'");
    if (!SERVICE.matcher(service).matches()) {
      throw new CatalogException(type + ": service must be an endpoint prefix such as 'ec2' (was '" + service + "')");
    }
    this.global = builder.global;
    this.arnFormat = require(builder.arnFormat, "arnFormat",
        "the ARN's form such as 'arn:<partition>:sqs:<region>:<account>:<queue name>'");
    if (!arnFormat.startsWith("arn:")) {
      throw new CatalogException(type + ": arnFormat must start with 'arn:' (was '" + arnFormat + "')");
    }
    this.attributes = List.copyOf(builder.attributes);
    Catalogs.checkUniqueNames(attributes, "attributes of " + type);
    this.iamActions = List.copyOf(builder.iamActions);
    if (iamActions.isEmpty()) {
      throw new CatalogException(type + ": iamActions must name the actions the collector calls, such as "
          + "'ec2:DescribeInstances'");
    }
    for (String action : iamActions) {
      if (!IAM_ACTION.matcher(action).matches()) {
        throw new CatalogException(type + ": IAM action must look like 'service:Action' (was '" + action + "')");
      }
    }
    this.costModel = require(builder.costModel, "costModel",
        "what the cost model prices, or 'unknown: <why>' / 'free: <why>'");
    this.pricedAttributes = List.copyOf(builder.pricedAttributes);
    for (AttributeKey<?> priced : pricedAttributes) {
      if (!attributes.contains(priced)) {
        throw new CatalogException(type + ": priced attribute '" + priced.name() + "' is not one of the type's "
            + "attributes; add it to attributes(...)");
      }
    }
  }

  private String require(String value, String field, String fix) {
    if (value == null || value.isBlank()) {
      throw new CatalogException(type + ": " + field + " is required; set " + fix);
    }
    return value.strip();
  }

  /**
   * Starts a descriptor.
   *
   * @param type the type described
   * @return a builder
   */
  public static Builder builder(ResourceType type) {
    return new Builder(Objects.requireNonNull(type, "type"));
  }

  /**
   * The type described.
   *
   * @return the type
   */
  public ResourceType type() {
    return type;
  }

  /**
   * One line saying what the type is, e.g. {@code An EC2 instance}.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * The endpoint prefix of the service its collector calls, e.g. {@code ec2}.
   *
   * @return the service
   */
  public String service() {
    return service;
  }

  /**
   * Whether the type is global: collected once per account (IAM users, S3 buckets) rather than per region.
   *
   * @return true for a global type
   */
  public boolean isGlobal() {
    return global;
  }

  /**
   * The form of the type's ARNs (its resource ids), with placeholders in angle brackets, e.g.
   * {@code arn:<partition>:ec2:<region>:<account>:instance/<instance id>}.
   *
   * @return the form
   */
  public String arnFormat() {
    return arnFormat;
  }

  /**
   * The type-specific attributes, in documentation order.
   *
   * @return the attribute keys
   */
  public List<AttributeKey<?>> attributes() {
    return attributes;
  }

  /**
   * The attribute of this name.
   *
   * @param name an attribute name
   * @return the key, when the type has such an attribute
   */
  public Optional<AttributeKey<?>> attribute(String name) {
    return attributes.stream().filter(key -> key.name().equals(name)).findFirst();
  }

  /**
   * The IAM actions the type's collector calls, for the read-only member-account role.
   *
   * @return actions such as {@code ec2:DescribeInstances}
   */
  public List<String> iamActions() {
    return iamActions;
  }

  /**
   * What the cost model prices for this type, e.g. {@code On-Demand instance hours while pending or running};
   * {@code unknown: <why>} when it is not priced, {@code free: <why>} when AWS does not charge for it.
   *
   * @return the cost model, one line
   */
  public String costModel() {
    return costModel;
  }

  /**
   * The attributes the cost model reads; an estimate is unknown when one it needs is unknown.
   *
   * @return the priced attributes, a subset of {@link #attributes()}
   */
  public List<AttributeKey<?>> pricedAttributes() {
    return pricedAttributes;
  }

  @Override
  public String toString() {
    return type + " (" + service + (global ? ", global" : "") + ", " + attributes.size() + " attributes)";
  }

  /** Builds a {@link TypeDescriptor}; obtained from {@link TypeDescriptor#builder(ResourceType)}. */
  public static final class Builder {
    private final ResourceType type;
    private String description;
    private String service;
    private boolean global;
    private String arnFormat;
    private final List<AttributeKey<?>> attributes = new ArrayList<>();
    private final List<String> iamActions = new ArrayList<>();
    private String costModel;
    private final List<AttributeKey<?>> pricedAttributes = new ArrayList<>();

    private Builder(ResourceType type) {
      this.type = type;
    }

    /**
     * Sets the one-line description.
     *
     * @param description e.g. {@code An EC2 instance}
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the service's endpoint prefix.
     *
     * @param service e.g. {@code ec2}
     * @return this builder
     */
    public Builder service(String service) {
      this.service = service;
      return this;
    }

    /**
     * Makes the type global (collected once per account); types are regional by default.
     *
     * @param global true for a global type
     * @return this builder
     */
    public Builder global(boolean global) {
      this.global = global;
      return this;
    }

    /**
     * Sets the ARN form.
     *
     * @param arnFormat e.g. {@code arn:<partition>:ec2:<region>:<account>:instance/<instance id>}
     * @return this builder
     */
    public Builder arnFormat(String arnFormat) {
      this.arnFormat = arnFormat;
      return this;
    }

    /**
     * Adds attributes.
     *
     * @param keys the attribute keys, in documentation order
     * @return this builder
     */
    public Builder attributes(AttributeKey<?>... keys) {
      attributes.addAll(List.of(keys));
      return this;
    }

    /**
     * Adds IAM actions.
     *
     * @param actions e.g. {@code ec2:DescribeInstances}
     * @return this builder
     */
    public Builder iamActions(String... actions) {
      iamActions.addAll(List.of(actions));
      return this;
    }

    /**
     * Says what the cost model prices and which attributes it reads.
     *
     * @param costModel one line, or {@code unknown: <why>} / {@code free: <why>}
     * @param pricedBy the attributes it reads
     * @return this builder
     */
    public Builder costModel(String costModel, AttributeKey<?>... pricedBy) {
      this.costModel = costModel;
      pricedAttributes.clear();
      pricedAttributes.addAll(List.of(pricedBy));
      return this;
    }

    /**
     * Builds the descriptor.
     *
     * @return the descriptor
     * @throws CatalogException when a part is missing or malformed; the message names it
     */
    public TypeDescriptor build() {
      return new TypeDescriptor(this);
    }
  }
}
