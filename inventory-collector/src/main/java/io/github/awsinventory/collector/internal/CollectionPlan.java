package io.github.awsinventory.collector.internal;

import io.github.awsinventory.collector.CollectionRequest;
import io.github.awsinventory.collector.ResourceCollectors;
import io.github.awsinventory.collector.internal.broad.AwsConfigCollector;
import io.github.awsinventory.collector.internal.broad.DeepCoverage;
import io.github.awsinventory.collector.internal.broad.TaggingApiCollector;
import io.github.awsinventory.collector.spi.ResourceCollector;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.config.AccountConfig;
import io.github.awsinventory.model.config.CollectionSettings;
import io.github.awsinventory.model.config.ConfigurationException;
import io.github.awsinventory.model.config.InventoryConfig;
import io.github.awsinventory.model.types.BroadTier;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a run collects: which collectors exist, which types and regions a request selects, and which accounts — the
 * configured ones plus, with an organisation, its other active accounts — after the request's account filter and
 * shard. Every mistake in a request is a {@link ConfigurationException} naming the input and the fix, raised before
 * any scope runs.
 */
final class CollectionPlan {

  private CollectionPlan() {}

  /**
   * The collectors by type: the given or discovered ones, then the added ones (which replace a built-in), then,
   * with the broad tier on, the Tagging API's regional and global collectors, which leave the ARNs of the others
   * to them and to the types collected elsewhere.
   */
  static Map<ResourceType, ResourceCollector> collectors(InventoryConfig config,
      Iterable<? extends ResourceCollector> base, List<ResourceCollector> extra, boolean broadTier,
      List<TypeDescriptor> collectedElsewhere) {
    Map<ResourceType, ResourceCollector> byType = new LinkedHashMap<>();
    for (ResourceCollector collector : base != null ? base : ResourceCollectors.discover()) {
      ResourceCollector previous = byType.putIfAbsent(collector.type(), collector);
      if (previous != null) {
        throw new ConfigurationException("two collectors for resource type " + collector.type() + ": "
            + previous.getClass().getName() + " and " + collector.getClass().getName() + "; register only one");
      }
    }
    for (ResourceCollector collector : extra) {
      byType.put(collector.type(), collector);
    }
    if (broadTier) {
      DeepCoverage coverage = DeepCoverage.of(byType.values(), collectedElsewhere);
      if (config.collectionSettings().broadTierSource() == CollectionSettings.BroadSource.AWS_CONFIG) {
        byType.putIfAbsent(BroadTier.AWS_CONFIG, new AwsConfigCollector(false, coverage));
        byType.putIfAbsent(BroadTier.AWS_CONFIG_GLOBAL, new AwsConfigCollector(true, coverage));
      } else {
        byType.putIfAbsent(BroadTier.TAGGING_API, new TaggingApiCollector(false, coverage));
        byType.putIfAbsent(BroadTier.TAGGING_API_GLOBAL, new TaggingApiCollector(true, coverage));
      }
    }
    Set<ResourceType> missing = new TreeSet<>(config.resourceTypes());
    missing.removeAll(byType.keySet());
    if (missing.stream().anyMatch(BroadTier::isBroadScope)) {
      throw new ConfigurationException("the configuration names the broad tier's scope(s) " + missing
          + " in resource_types but collection_settings.broad_tier is false or its broad_tier_source ("
          + config.collectionSettings().broadTierSource().id() + ") lists other scopes; set broad_tier to true, "
          + "use the source's scopes (tagging_api and tagging_api_global, or aws_config and aws_config_global), or "
          + "remove them");
    }
    if (!missing.isEmpty()) {
      throw new ConfigurationException("the configuration names resource type(s) " + missing
          + " but no collector handles them; register a ResourceCollector for each");
    }
    return byType;
  }

  /** The types a request collects, in the configuration's order. */
  static List<ResourceType> types(Setup setup, CollectionRequest request) {
    List<ResourceType> configured = setup.config.resourceTypes().isEmpty()
        ? new ArrayList<>(setup.collectors.keySet()) : setup.config.resourceTypes();
    Set<ResourceType> unknown = new TreeSet<>(request.resourceTypes());
    unknown.removeAll(setup.collectors.keySet());
    if (!unknown.isEmpty()) {
      throw new ConfigurationException("no collector for resource type(s) " + unknown + "; known types: "
          + new TreeSet<>(setup.collectors.keySet()));
    }
    if (request.resourceTypes().isEmpty()) {
      return configured;
    }
    return configured.stream().filter(request.resourceTypes()::contains).collect(Collectors.toList());
  }

  /** The regions a request restricts the run to; empty for all. */
  static Set<String> regionFilter(CollectionRequest request) {
    Set<String> known = Region.regions().stream().map(Region::id).collect(Collectors.toSet());
    List<String> unknown = request.regions().stream().filter(r -> !known.contains(r)).sorted()
        .collect(Collectors.toList());
    if (!unknown.isEmpty()) {
      throw new ConfigurationException("unknown region(s) " + unknown + "; use region names such as us-east-1");
    }
    return request.regions();
  }

  /** The accounts a request collects: configured, then discovered, filtered by the request and its shard. */
  static List<AccountConfig> accounts(Setup setup, CollectionRequest request, StsClient sts,
      OrganizationsDirectory organizations) {
    InventoryConfig config = setup.config;
    Map<String, AccountConfig> accounts = new LinkedHashMap<>();
    for (AccountConfig account : config.enabledAccounts()) {
      accounts.put(account.accountId(), account);
    }
    if (config.organization().enabled()) {
      String caller = sts.getCallerIdentity().account();
      List<AccountConfig> listed = request.organizationAccounts().isEmpty()
          ? organizations.discover(caller, accounts.keySet())
          : organizations.fromPlan(caller, request.organizationAccounts(), accounts.keySet());
      for (AccountConfig discovered : listed) {
        accounts.put(discovered.accountId(), discovered);
      }
    }
    Set<String> unknown = new TreeSet<>(request.accounts());
    unknown.removeAll(accounts.keySet());
    if (!unknown.isEmpty()) {
      throw new ConfigurationException("account(s) " + unknown + " are not in the configuration"
          + (config.organization().enabled() ? " or the organization (as ACTIVE, not excluded)" : "")
          + "; check --accounts");
    }
    return accounts.values().stream()
        .filter(a -> request.accounts().isEmpty() || request.accounts().contains(a.accountId()))
        .filter(a -> request.shard().map(s -> s.contains(a.accountId())).orElse(true))
        .collect(Collectors.toList());
  }
}
