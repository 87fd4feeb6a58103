package io.github.awsinventory.model.config;

import io.github.awsinventory.model.ResourceType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The whole configuration: accounts, Organizations discovery, what to collect and the report thresholds.
 *
 * <pre>{@code
 * InventoryConfig config = InventoryConfig.load(Path.of("config/accounts.json"));
 * config.enabledAccounts().forEach(a -> System.out.println(a.name() + " " + a.accountId()));
 * }</pre>
 *
 * <p>Or in code: {@code InventoryConfig.builder().putAccounts("prod", account).regions(List.of("us-east-1")).build()}.
 */
@Value.Immutable
public abstract class InventoryConfig {

  /** The department tag keys tried, in order, when the configuration names none. */
  public static final List<String> DEFAULT_DEPARTMENT_TAG_KEYS = List.of("Department", "CostCenter");

  InventoryConfig() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialized with this configuration.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Reads and validates a configuration file, accepting only the built-in resource types.
   *
   * @param file a JSON file in the format of {@code docs/CONFIGURATION.md}
   * @return the configuration
   * @throws ConfigurationException listing every problem, when the file is invalid
   */
  public static InventoryConfig load(Path file) {
    return ConfigReader.standard().read(file).orThrow();
  }

  /**
   * The configured accounts by name, in file order.
   *
   * @return the accounts
   */
  public abstract Map<String, AccountConfig> accounts();

  /**
   * Organizations discovery.
   *
   * @return the organization settings
   */
  @Value.Default
  public OrganizationConfig organization() {
    return OrganizationConfig.defaults();
  }

  /**
   * The resource types to collect; empty means every type with a registered collector.
   *
   * @return resource types
   */
  public abstract List<ResourceType> resourceTypes();

  /**
   * Regions to collect; empty means every region enabled in each account.
   *
   * @return region names
   */
  public abstract List<String> regions();

  /**
   * Regions never collected.
   *
   * @return region names
   */
  public abstract List<String> excludedRegions();

  /**
   * Resource tag keys naming the department, tried in order and matched without regard to case.
   *
   * @return tag keys
   */
  @Value.Default
  public List<String> departmentTagKeys() {
    return DEFAULT_DEPARTMENT_TAG_KEYS;
  }

  /**
   * Concurrency, timeouts and retries.
   *
   * @return the settings
   */
  @Value.Default
  public CollectionSettings collectionSettings() {
    return CollectionSettings.defaults();
  }

  /**
   * Report thresholds.
   *
   * @return the thresholds
   */
  @Value.Default
  public CostThresholds costThresholds() {
    return CostThresholds.defaults();
  }

  /**
   * History retention.
   *
   * @return the settings
   */
  @Value.Default
  public HistorySettings history() {
    return HistorySettings.defaults();
  }

  /**
   * The accounts that are enabled, in file order.
   *
   * @return enabled accounts
   */
  public List<AccountConfig> enabledAccounts() {
    return accounts().values().stream().filter(AccountConfig::enabled).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The configured account with an id.
   *
   * @param accountId a 12-digit account id
   * @return the account, if configured
   */
  public Optional<AccountConfig> account(String accountId) {
    return accounts().values().stream().filter(a -> a.accountId().equals(accountId)).findFirst();
  }

  /** Builds {@link InventoryConfig}s; obtained from {@link InventoryConfig#builder()}. */
  public static final class Builder extends ImmutableInventoryConfig.Builder {
    Builder() {}
  }
}
