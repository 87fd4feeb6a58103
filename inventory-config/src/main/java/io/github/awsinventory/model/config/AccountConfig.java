package io.github.awsinventory.model.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One account to collect, as configured under {@code accounts.<name>} (or discovered through AWS
 * Organizations).
 *
 * <p>The collector reaches the account by assuming {@link #roleArn()} with {@link #externalId()}, unless
 * {@link #management()} is set, in which case it uses the base credentials. {@code toString()} never
 * shows the external id.
 */
@Value.Immutable
public abstract class AccountConfig {

  AccountConfig() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialized with this account's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * The account's name: its key under {@code accounts}, or its name in AWS Organizations.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The 12-digit account id.
   *
   * @return the account id
   */
  public abstract String accountId();

  /**
   * The role to assume, by name ({@code role_name}).
   *
   * @return the role name
   */
  public abstract Optional<String> roleName();

  /**
   * The role to assume, by full ARN ({@code role_arn}); wins over {@link #roleName()}.
   *
   * @return the role ARN as configured
   */
  public abstract Optional<String> configuredRoleArn();

  /**
   * The ExternalId to pass to AssumeRole. Never logged or printed.
   *
   * @return the external id
   */
  @Value.Redacted
  public abstract Optional<String> externalId();

  /**
   * The account's department, used for resources without a department tag.
   *
   * @return the department
   */
  public abstract Optional<String> department();

  /**
   * Regions to collect in this account; empty means the configuration's {@code regions}.
   *
   * @return regions
   */
  public abstract List<String> regions();

  /**
   * Whether to collect this account at all.
   *
   * @return true unless disabled
   */
  @Value.Default
  public boolean enabled() {
    return true;
  }

  /**
   * Whether this is the account the base credentials belong to (typically the organization's management
   * account): collected without assuming a role.
   *
   * @return true for the management account
   */
  @Value.Default
  public boolean management() {
    return false;
  }

  /**
   * Free-form tags describing the account (carried over from the original format).
   *
   * @return the tags
   */
  public abstract Map<String, String> tags();

  /**
   * The ARN of the role to assume in the {@code aws} partition.
   *
   * @return {@code role_arn} if configured, else {@code arn:aws:iam::<account_id>:role/<role_name>};
   *     empty for the management account or when no role is configured
   */
  public Optional<String> roleArn() {
    return roleArn("aws");
  }

  /**
   * The ARN of the role to assume in a partition.
   *
   * @param partition {@code aws}, {@code aws-cn} or {@code aws-us-gov}
   * @return the ARN, empty for the management account or when no role is configured
   */
  public Optional<String> roleArn(String partition) {
    if (management()) {
      return Optional.empty();
    }
    if (configuredRoleArn().isPresent()) {
      return configuredRoleArn();
    }
    return roleName().map(role -> "arn:" + partition + ":iam::" + accountId() + ":role/" + role);
  }

  /** Builds {@link AccountConfig}s; obtained from {@link AccountConfig#builder()}. */
  public static final class Builder extends ImmutableAccountConfig.Builder {
    Builder() {}
  }
}
