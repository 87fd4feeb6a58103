package io.github.awsinventory.lambda.internal;

import io.github.awsinventory.collector.CollectionRequest;
import io.github.awsinventory.collector.InventoryCollector;
import io.github.awsinventory.model.config.InventoryConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    List<String> accounts;
    InventoryConfig config = services.config();
    // planning lists accounts only: any of this jar's types will do when the configuration names none of them
    InventoryConfig planning = services.groupConfig(config)
        .orElseGet(() -> config.toBuilder().resourceTypes(List.of()).build());
    try (InventoryCollector collector = services.collector(planning)) {
      accounts = collector.plan(request);
    }
    List<List<String>> batches = new ArrayList<>();
    for (int i = 0; i < accounts.size(); i += batchSize) {
      batches.add(List.copyOf(accounts.subList(i, Math.min(accounts.size(), i + batchSize))));
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("action", "plan");
    result.put("status", "ok");
    result.put("accounts", accounts.size());
    result.put("batches", batches);
    return result;
  }
}
