package io.github.awsinventory.model.config;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * AWS Organizations discovery ({@code organization} in the file): when enabled, every ACTIVE account of
 * the organization is collected, merged with the explicitly configured accounts (explicit wins).
 */
@Value.Immutable
public abstract class OrganizationConfig {

  /** The role name used everywhere by default: the code, the member-account template, the policies. */
  public static final String DEFAULT_ROLE_NAME = "InventoryRole";

  OrganizationConfig() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialized with these values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * The defaults: discovery disabled.
   *
   * @return the default organization settings
   */
  public static OrganizationConfig defaults() {
    return builder().build();
  }

  /**
   * Whether to discover accounts through AWS Organizations.
   *
   * @return true to discover
   */
  @Value.Default
  public boolean enabled() {
    return false;
  }

  /**
   * The role to assume in discovered accounts.
   *
   * @return the role name
   */
  @Value.Default
  public String roleName() {
    return DEFAULT_ROLE_NAME;
  }

  /**
   * The ExternalId for discovered accounts. Never logged or printed.
   *
   * @return the external id
   */
  @Value.Redacted
  public abstract Optional<String> externalId();

  /**
   * Account ids never to collect.
   *
   * @return excluded account ids
   */
  public abstract List<String> excludeAccounts();

  /**
   * The account tag (in Organizations) whose value is the account's department.
   *
   * @return the tag key
   */
  @Value.Default
  public String departmentTag() {
    return "Department";
  }

  /** Builds {@link OrganizationConfig}s; obtained from {@link OrganizationConfig#builder()}. */
  public static final class Builder extends ImmutableOrganizationConfig.Builder {
    Builder() {}
  }
}
