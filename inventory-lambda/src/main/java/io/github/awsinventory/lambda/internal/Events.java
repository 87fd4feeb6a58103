package io.github.awsinventory.lambda.internal;

import io.github.awsinventory.collector.CollectionException;
import io.github.awsinventory.collector.Shard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the fields of an event beside {@code action}: {@code accounts}, {@code shard} and {@code batch_size}.
 * Each throws {@link BadEventException} naming the field, before anything is read from AWS.
 */
final class Events {

  /** How many accounts a {@code plan} batch holds without a {@code batch_size}. */
  static final int DEFAULT_BATCH_SIZE = 25;

  private Events() {}

  /** The {@code accounts} of a Step Functions Map item: 12-digit ids as strings; none when absent. */
  static List<String> accounts(Map<String, Object> event) {
    Object accounts = event.get("accounts");
    if (accounts == null) {
      return List.of();
    }
    if (!(accounts instanceof List<?>)) {
      throw new BadEventException("\"accounts\" must be a list of 12-digit account ids (was " + accounts + ")");
    }
    List<String> ids = new ArrayList<>();
    for (Object account : (List<?>) accounts) {
      String id = String.valueOf(account);
      if (!(account instanceof String) || !id.matches("\\d{12}")) {
        throw new BadEventException("\"accounts\" must hold 12-digit account ids as strings (found " + account + ")");
      }
      ids.add(id);
    }
    return ids;
  }

  /** The event field with the accounts a plan found in the organisation: account id to name. */
  static final String ORGANIZATION_ACCOUNTS = "organization_accounts";

  /**
   * The {@code organization_accounts} of a fan-out batch (the plan's): 12-digit account ids to their names; empty when
   * absent.
   */
  static Map<String, String> organizationAccounts(Map<String, Object> event) {
    Object listed = event.get(ORGANIZATION_ACCOUNTS);
    if (listed == null) {
      return Map.of();
    }
    if (!(listed instanceof Map<?, ?>)) {
      throw new BadEventException("\"" + ORGANIZATION_ACCOUNTS + "\" must map 12-digit account ids to account names, "
          + "as the plan action returns it (was " + listed + ")");
    }
    Map<String, String> accounts = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : ((Map<?, ?>) listed).entrySet()) {
      String id = String.valueOf(entry.getKey());
      if (!id.matches("\\d{12}") || !(entry.getValue() instanceof String)) {
        throw new BadEventException("\"" + ORGANIZATION_ACCOUNTS + "\" must map 12-digit account ids to account names "
            + "(found " + id + ": " + entry.getValue() + ")");
      }
      accounts.put(id, (String) entry.getValue());
    }
    return accounts;
  }

  /** The {@code shard}, {@code "k/n"}; empty when absent. */
  static Optional<Shard> shard(Map<String, Object> event) {
    Object shard = event.get("shard");
    if (shard == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Shard.parse(String.valueOf(shard)));
    } catch (CollectionException e) {
      throw new BadEventException("\"shard\": " + e.getMessage());
    }
  }

  /** The {@code batch_size} of {@code plan}: a whole number from 1 to 1000; {@value #DEFAULT_BATCH_SIZE} if absent. */
  static int batchSize(Map<String, Object> event) {
    Object size = event.get("batch_size");
    if (size == null) {
      return DEFAULT_BATCH_SIZE;
    }
    if (!(size instanceof Number) || ((Number) size).intValue() < 1 || ((Number) size).intValue() > 1000
        || ((Number) size).doubleValue() != ((Number) size).intValue()) {
      throw new BadEventException("\"batch_size\" must be a whole number from 1 to 1000 (was " + size + ")");
    }
    return ((Number) size).intValue();
  }
}
