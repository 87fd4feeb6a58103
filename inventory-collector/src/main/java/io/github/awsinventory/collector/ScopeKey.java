package io.github.awsinventory.collector;

import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import org.immutables.value.Value;

/**
 * One unit of collection work: an account, a region ({@code global} for global types) and a type.
 */
@Value.Immutable
public abstract class ScopeKey {

  ScopeKey() {}

  /**
   * Creates a scope key.
   *
   * @param accountId the account
   * @param region the region, or {@code global}
   * @param type the type
   * @return the key
   */
  public static ScopeKey of(String accountId, String region, ResourceType type) {
    return ImmutableScopeKey.builder().accountId(accountId).region(region).resourceType(type).build();
  }

  /**
   * The account.
   *
   * @return the account id
   */
  public abstract String accountId();

  /**
   * The region, or {@code global}.
   *
   * @return the region
   */
  public abstract String region();

  /**
   * The type.
   *
   * @return the type
   */
  public abstract ResourceType resourceType();

  /**
   * Whether the scope covers every region (a global type).
   *
   * @return true for global scopes
   */
  public boolean isGlobal() {
    return Resource.GLOBAL_REGION.equals(region());
  }

  @Override
  public String toString() {
    return accountId() + "/" + region() + "/" + resourceType();
  }
}
