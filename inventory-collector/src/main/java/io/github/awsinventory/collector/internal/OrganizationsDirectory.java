package io.github.awsinventory.collector.internal;

import io.github.awsinventory.model.config.AccountConfig;
import io.github.awsinventory.model.config.InventoryConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.AccountStatus;
import software.amazon.awssdk.services.organizations.model.Tag;

/**
 * The Organizations side of a run: the organisation's active accounts (for accounts not in the configuration) and
 * each account's department tag. Its client is built on first use, so a run without an organisation never calls it.
 */
final class OrganizationsDirectory implements AutoCloseable {

  private final Setup setup;
  private OrganizationsClient client;

  OrganizationsDirectory(Setup setup) {
    this.setup = setup;
  }

  synchronized OrganizationsClient client() {
    if (client == null) {
      Region region = "aws".equals(setup.partition) ? Region.AWS_GLOBAL : setup.homeRegion;
      client = setup.clientFactory.build(OrganizationsClient.class, region, setup.baseCredentials, List.of());
    }
    return client;
  }

  Optional<String> department(String accountId, String tagKey, RunAccumulator run) {
    try {
      for (Tag tag : client().listTagsForResourcePaginator(r -> r.resourceId(accountId)).stream()
          .flatMap(page -> page.tags().stream()).collect(Collectors.toList())) {
        if (tag.key().equalsIgnoreCase(tagKey) && !tag.value().isBlank()) {
          return Optional.of(tag.value());
        }
      }
      return Optional.empty();
    } catch (RuntimeException e) {
      run.detailError(accountId + ": cannot read the account's " + tagKey + " tag from Organizations: "
          + ErrorClassifier.describe(e));
      return Optional.empty();
    }
  }

  /**
   * The organisation's ACTIVE accounts that are neither excluded nor already planned nor configured, as accounts to
   * collect: the caller's own account as the management account, the others through the organisation's role.
   */
  List<AccountConfig> discover(String callerAccount, Set<String> planned) {
    List<Account> listed = client().listAccountsPaginator(r -> r.maxResults(20)).stream()
        .flatMap(page -> page.accounts().stream()).collect(Collectors.toList());
    Map<String, String> active = new LinkedHashMap<>();
    for (Account account : listed) {
      if (account.status() == AccountStatus.ACTIVE) {
        active.put(account.id(), account.name());
      }
    }
    return fromPlan(callerAccount, active, planned);
  }

  /**
   * The accounts that a plan found in the organisation (ACTIVE ones, by id with their names), as accounts to collect,
   * without listing the organisation again; exclusions and configured accounts apply as in {@link #discover}.
   */
  List<AccountConfig> fromPlan(String callerAccount, Map<String, String> active, Set<String> planned) {
    InventoryConfig config = setup.config;
    Set<String> excluded = new LinkedHashSet<>(config.organization().excludeAccounts());
    List<AccountConfig> discovered = new ArrayList<>();
    for (Map.Entry<String, String> account : active.entrySet()) {
      if (excluded.contains(account.getKey()) || planned.contains(account.getKey())
          || config.account(account.getKey()).isPresent()) {
        continue;
      }
      AccountConfig.Builder builder = AccountConfig.builder().name(account.getValue()).accountId(account.getKey());
      if (account.getKey().equals(callerAccount)) {
        builder.management(true);
      } else {
        builder.roleName(config.organization().roleName());
        config.organization().externalId().ifPresent(builder::externalId);
      }
      discovered.add(builder.build());
    }
    return discovered;
  }

  @Override
  public synchronized void close() {
    if (client != null) {
      client.close();
    }
  }
}
