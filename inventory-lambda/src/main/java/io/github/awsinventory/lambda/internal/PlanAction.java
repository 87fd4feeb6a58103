package io.github.awsinventory.lambda.internal;

import io.github.awsinventory.collector.CollectionRequest;
import io.github.awsinventory.collector.InventoryCollector;
import io.github.awsinventory.model.config.AccountConfig;
import io.github.awsinventory.model.config.InventoryConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code plan}: the accounts a collection would cover, in batches of {@code batch_size}, for a fan-out. */
final class PlanAction implements Action {

  private final Services services;

  PlanAction(Services services) {
    this.services = services;
  }

  @Override
  public Map<String, Object> run(Map<String, Object> event, long remainingMillis) {
    int batchSize = Events.batchSize(event);
    CollectionRequest request = CollectionRequest.builder().addAllAccounts(Events.accounts(event)).build();
    List<AccountConfig> planned;
    InventoryConfig config = services.config();
    // planning lists accounts only: any of this jar's types will do when the configuration names none of them
    InventoryConfig planning = services.groupConfig(config)
        .orElseGet(() -> config.toBuilder().resourceTypes(List.of()).build());
    try (InventoryCollector collector = services.collector(planning)) {
      planned = collector.planAccounts(request);
    }
    List<String> accounts = planned.stream().map(AccountConfig::accountId).collect(Collectors.toList());
    List<List<String>> batches = new ArrayList<>();
    for (int i = 0; i < accounts.size(); i += batchSize) {
      batches.add(List.copyOf(accounts.subList(i, Math.min(accounts.size(), i + batchSize))));
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("action", "plan");
    result.put("status", "ok");
    result.put("accounts", accounts.size());
    result.put("batches", batches);
    result.put(Events.ORGANIZATION_ACCOUNTS, organizationAccounts(config, planned));
    return result;
  }

  /**
   * The planned accounts that only the organisation knows, by id with their names: each batch's {@code collect} takes
   * them from its event instead of listing the organisation again.
   */
  static Map<String, String> organizationAccounts(InventoryConfig config, List<AccountConfig> planned) {
    Map<String, String> listed = new LinkedHashMap<>();
    for (AccountConfig account : planned) {
      if (config.account(account.accountId()).isEmpty()) {
        listed.put(account.accountId(), account.name());
      }
    }
    return listed;
  }
}
